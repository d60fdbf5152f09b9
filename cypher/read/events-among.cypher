// The events any of a subgraph's entities took part in, inside its time window: what the
// explorer draws as event nodes beside the actors. Undated events stay in any window; events
// stored before statuses existed count as happened.
// $fromDay and $toDay are the window's first and last days (store/date-window.ts).
MATCH (n:Entity)-[:PARTICIPATED_IN]->(e:Event)
WHERE n.id IN $ids
  AND coalesce(e.status, 'happened') IN $statuses
  AND ($fromDay IS NULL OR e.date IS NULL OR e.date >= substring($fromDay, 0, size(e.date)))
  AND ($toDay IS NULL OR e.date IS NULL OR e.date <= $toDay)
RETURN DISTINCT e.id AS id
ORDER BY id
LIMIT $first

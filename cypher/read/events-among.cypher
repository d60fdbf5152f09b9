// The events any of a subgraph's entities took part in, inside its time window: what the
// explorer draws as event nodes beside the actors. Undated events stay in any window; events
// stored before statuses existed count as happened.
MATCH (n:Entity)-[:PARTICIPATED_IN]->(e:Event)
WHERE n.id IN $ids
  AND coalesce(e.status, 'happened') IN $statuses
  AND ($from IS NULL OR e.date IS NULL OR substring(e.date, 0, size($from)) >= substring($from, 0, size(e.date)))
  AND ($to IS NULL OR e.date IS NULL OR substring(e.date, 0, size($to)) <= substring($to, 0, size(e.date)))
RETURN DISTINCT e.id AS id
ORDER BY id
LIMIT $first

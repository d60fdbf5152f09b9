// Events that every one of $involving took part in, in date order (undated first), paged by
// keyset: $after is the [date, id] of the last event of the previous page. Read from the
// entities' side, so only their events are looked at.
// $fromDay and $toDay are the window's first and last days (store/date-window.ts).
UNWIND $involving AS entityId
MATCH (n:Entity {id: entityId})-[:PARTICIPATED_IN]->(e:Event)
WITH e, count(DISTINCT n) AS hits
WHERE hits = size($involving)
  AND coalesce(e.status, 'happened') IN $statuses
  AND ($kinds IS NULL OR e.kind IN $kinds)
  AND ($fromDay IS NULL OR (e.date IS NOT NULL AND e.date >= substring($fromDay, 0, size(e.date))))
  AND ($toDay IS NULL OR (e.date IS NOT NULL AND e.date <= $toDay))
WITH e, coalesce(e.date, '') AS d
WHERE $after IS NULL OR d > $after[0] OR (d = $after[0] AND e.id > $after[1])
RETURN e.id AS id, d AS date
ORDER BY date, id
LIMIT $first

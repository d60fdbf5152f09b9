// Events in date order (undated first), paged by keyset: $after is the [date, id] of the last
// event of the previous page. A time window keeps only dated events that fall in it.
MATCH (e:Event)
WHERE ($kinds IS NULL OR e.kind IN $kinds)
  AND coalesce(e.status, 'happened') IN $statuses
  AND ($from IS NULL OR (e.date IS NOT NULL AND substring(e.date, 0, size($from)) >= substring($from, 0, size(e.date))))
  AND ($to IS NULL OR (e.date IS NOT NULL AND substring(e.date, 0, size($to)) <= substring($to, 0, size(e.date))))
OPTIONAL MATCH (n:Entity)-[:PARTICIPATED_IN]->(e)
WHERE n.id IN coalesce($involving, [])
WITH e, count(DISTINCT n) AS hits, coalesce(e.date, '') AS d
WHERE ($involving IS NULL OR hits = size($involving))
  AND ($after IS NULL OR d > $after[0] OR (d = $after[0] AND e.id > $after[1]))
RETURN e.id AS id, d AS date
ORDER BY date, id
LIMIT $first

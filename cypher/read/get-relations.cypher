// Relations by key. The key names both ends (see relation-key.ts); each relation is found from
// the end with fewer relations, since the engine expands the first node of a pattern.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})
MATCH (b:Entity {id: row.target})
WITH row, a, b, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[r]-(far)
WHERE r.key = row.key
RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.date AS date,
       r.event AS event, r.sources AS sources
ORDER BY key

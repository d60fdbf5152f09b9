// Relations by key. The key names both ends (see relation-key.ts), so each is found from its
// source's id index rather than by scanning every relationship.
UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target})
WHERE r.key = row.key
RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.date AS date, r.event AS event
ORDER BY key

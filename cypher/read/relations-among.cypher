// The relations among a set of entities, read from each entity's side: one plan on every
// engine (given both ends' ids, Neo4j's planner moves between plans as the store grows).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids AND r.key IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.date IS NULL OR r.date >= substring($from, 0, size(r.date)))
  AND ($to IS NULL OR r.date IS NULL OR r.date <= substring($to, 0, size(r.date)))
RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.date AS date,
       r.event AS event, r.sources AS sources
ORDER BY key

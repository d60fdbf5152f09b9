// The relations among a set of entities, read from each entity's side: one plan on every
// engine (given both ends' ids, Neo4j's planner moves between plans as the store grows).
// $fromDay and $toDay are the window's first and last days (store/date-window.ts).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]->(b:Entity)
WHERE b.id IN $ids AND r.key IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($fromDay IS NULL OR r.date IS NULL OR r.date >= substring($fromDay, 0, size(r.date)))
  AND ($toDay IS NULL OR r.date IS NULL OR r.date <= $toDay)
RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.date AS date,
       r.event AS event, r.sources AS sources
ORDER BY key

MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND r.key IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.date AS date
ORDER BY key

MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids AND r.key IS NOT NULL
  AND ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.date IS NULL OR substring(r.date, 0, size($from)) >= substring($from, 0, size(r.date)))
  AND ($to IS NULL OR r.date IS NULL OR substring(r.date, 0, size($to)) <= substring($to, 0, size(r.date)))
RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.date AS date, r.event AS event
ORDER BY key

UNWIND $rows AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e]-(far)
WHERE e.key = r.key
SET e.sources = r.sources

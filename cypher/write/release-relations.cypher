// The relations a retracted article stated lose it as a source; those no sentence of any
// article supports any more go (a relation lives as long as one Mention names it), and come
// back so that their ends' degrees can follow.
UNWIND $rows AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e]-(far)
WHERE e.key = r.key
SET e.sources = e.sources - 1
WITH r, e
WHERE NOT EXISTS { MATCH (:Mention {relation: r.key}) }
DELETE e
RETURN r.key AS key

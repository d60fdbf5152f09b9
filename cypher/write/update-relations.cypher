// A relation another article stated too: it takes this article's attributes and one more
// source. It is found from whichever end has fewer relations, over relations of its own type
// only (the engine expands a pattern's first node, reading every edge of the types it names):
// one branch per type in RELATION_TYPES, since a type cannot be a parameter.
UNWIND $rows AS r
WITH r
WHERE r.type = 'MEDIATED'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:MEDIATED]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'OFFERED_MEDIATION'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:OFFERED_MEDIATION]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'MET_WITH'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:MET_WITH]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'SPOKE_WITH'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:SPOKE_WITH]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'LEADS'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:LEADS]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'HOSTED'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:HOSTED]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'VISITED'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:VISITED]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'CLASHED_WITH'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:CLASHED_WITH]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated
UNION ALL
UNWIND $rows AS r
WITH r
WHERE r.type = 'ALLY_OF'
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e:ALLY_OF]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1
RETURN count(*) AS updated

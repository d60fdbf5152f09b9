// The article is matched first: matched after WITH, the embedded engine scans every article.
// It is new (find-article said so), so its MENTIONS edges are created, not merged: MERGE
// would expand every MENTIONS edge of a busy entity. Labels cannot be parameters, so each
// entity type is a FOREACH guarded by the row's type.
MATCH (a:Article {id: $article})
UNWIND $rows AS r
MERGE (n:Entity {id: r.id})
ON CREATE SET n.name = r.name, n.type = r.type, n.aliases = r.aliases, n.keys = r.keys,
              n.degree = 0, n.sources = 0
ON MATCH SET n.aliases = n.aliases + [x IN r.aliases WHERE NOT x IN n.aliases],
             n.keys = n.keys + [x IN r.keys WHERE NOT x IN n.keys]
SET n.sources = n.sources + 1
FOREACH (_ IN CASE WHEN r.type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN r.type = 'State' THEN [1] ELSE [] END | SET n:State)
FOREACH (_ IN CASE WHEN r.type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN r.type = 'Place' THEN [1] ELSE [] END | SET n:Place)
CREATE (a)-[:MENTIONS]->(n)

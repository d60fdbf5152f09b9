// A renamed or retyped entity, with its aliases and search keys; its type label follows its type
// (labels cannot be parameters: one guarded FOREACH per type). Its search terms go, to be made
// again from the new keys in the band of the degree returned (search-terms.ts); they are
// gathered from the entity, as write/prune-entities says why.
MATCH (n:Entity {id: $id})
SET n.name = $name, n.type = $type, n.aliases = $aliases, n.keys = $keys
REMOVE n:Person, n:State, n:Organization, n:Place
FOREACH (_ IN CASE WHEN $type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN $type = 'State' THEN [1] ELSE [] END | SET n:State)
FOREACH (_ IN CASE WHEN $type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN $type = 'Place' THEN [1] ELSE [] END | SET n:Place)
WITH n, [(n)-[:KNOWN_AS]->(t:Term) | t] AS terms
FOREACH (t IN terms | DETACH DELETE t)
RETURN n.degree AS degree

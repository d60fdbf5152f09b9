// A renamed or retyped entity, with its aliases and search keys; its type label follows its type
// (labels cannot be parameters: one guarded FOREACH per type).
MATCH (n:Entity {id: $id})
SET n.name = $name, n.type = $type, n.aliases = $aliases, n.keys = $keys
REMOVE n:Person, n:State, n:Organization, n:Place
FOREACH (_ IN CASE WHEN $type = 'Person' THEN [1] ELSE [] END | SET n:Person)
FOREACH (_ IN CASE WHEN $type = 'State' THEN [1] ELSE [] END | SET n:State)
FOREACH (_ IN CASE WHEN $type = 'Organization' THEN [1] ELSE [] END | SET n:Organization)
FOREACH (_ IN CASE WHEN $type = 'Place' THEN [1] ELSE [] END | SET n:Place)

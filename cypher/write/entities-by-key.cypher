// Entities known under a folded name or alias: the namesakes an added alias draws in.
MATCH (n:Entity)
WHERE $key IN n.keys
RETURN n {.id, .name, .type, .aliases} AS entity
ORDER BY n.id

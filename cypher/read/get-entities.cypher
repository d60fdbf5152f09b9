UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .name, .type, .aliases} AS entity, COUNT { (n)--(:Entity) } AS degree,
       COUNT { (:Article)-[:MENTIONS]->(n) } AS sources

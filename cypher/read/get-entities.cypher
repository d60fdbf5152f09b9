// Degree (relations) and sources (articles) are kept at write time (write/adjust-entities).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.id, .name, .type, .aliases} AS entity, n.degree AS degree, n.sources AS sources

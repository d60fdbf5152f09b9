// The overview asks for the busiest entities: a range seek on the degree kept at write time
// (write/adjust-entities) instead of counting every entity's relations per request.
CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree)

// The overview asks for the busiest entities: equality seeks on the degree kept at write time
// (write/adjust-entities), from the highest down, instead of counting every entity's relations.
CREATE INDEX entity_degree IF NOT EXISTS FOR (n:Entity) ON (n.degree)

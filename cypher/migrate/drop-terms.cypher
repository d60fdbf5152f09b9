// Search terms are rebuilt whole from the entities' keys (migrate/entity-keys).
MATCH (t:Term)
DETACH DELETE t

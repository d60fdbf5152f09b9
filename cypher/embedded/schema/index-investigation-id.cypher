// Grafeo enforces uniqueness constraints without indexing them; Neo4j's constraint already
// brings its own index, so only the embedded engine needs this one.
CREATE INDEX investigation_id_lookup IF NOT EXISTS FOR (i:Investigation) ON (i.id)

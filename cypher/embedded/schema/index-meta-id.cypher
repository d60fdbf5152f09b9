// Grafeo enforces uniqueness constraints without indexing them; Neo4j's constraint already
// brings its own index, so only the embedded engine needs this one.
CREATE INDEX meta_id_lookup IF NOT EXISTS FOR (m:Meta) ON (m.id)

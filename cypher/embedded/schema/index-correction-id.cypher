// Grafeo enforces uniqueness constraints without indexing them; Neo4j's constraint already
// brings its own index, so only the embedded engine needs this one.
CREATE INDEX correction_id_lookup IF NOT EXISTS FOR (c:Correction) ON (c.id)

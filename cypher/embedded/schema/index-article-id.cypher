// Grafeo enforces uniqueness constraints without indexing them; Neo4j's constraint already
// brings its own index, so only the embedded engine needs this one.
CREATE INDEX article_id_lookup IF NOT EXISTS FOR (a:Article) ON (a.id)

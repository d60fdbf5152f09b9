// Search seeks the search terms by their first three characters (read/search-entities): an
// equality seek, since the embedded engine's property indexes are hashes, which a range query
// reads whole.
CREATE INDEX term_head IF NOT EXISTS FOR (t:Term) ON (t.head)

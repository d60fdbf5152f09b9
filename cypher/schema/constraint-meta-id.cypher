// One Meta node per graph (read/get-meta), even when two processes open a new store at once.
CREATE CONSTRAINT meta_id IF NOT EXISTS FOR (m:Meta) REQUIRE m.id IS UNIQUE

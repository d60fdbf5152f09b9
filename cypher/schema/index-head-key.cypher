// Search reads the top band of each head it may seek by equality (read/search-heads).
CREATE INDEX head_key IF NOT EXISTS FOR (h:Head) ON (h.key)

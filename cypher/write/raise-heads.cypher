// Each head of new or moved search terms (its first three characters and whether the term is
// a whole key) keeps the highest band of degrees it ever held terms in: search starts there
// (read/search-heads), not at the store's busiest entity. A top never comes down: a band left
// empty costs a search one empty seek.
UNWIND $rows AS r
MERGE (h:Head {key: r.key})
ON CREATE SET h.top = r.top
ON MATCH SET h.top = CASE WHEN r.top > h.top THEN r.top ELSE h.top END

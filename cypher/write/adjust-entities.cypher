// Degrees (relations) and sources (articles) move by what a write added or took away; one
// row per entity, since rows of one statement may not see each other's increments. The new
// values come back: an entity left without a source is pruned, and the highest degree kept.
UNWIND $rows AS r
MATCH (n:Entity {id: r.id})
SET n.degree = n.degree + r.degree, n.sources = n.sources + r.sources
RETURN n.id AS id, n.degree AS degree, n.sources AS sources

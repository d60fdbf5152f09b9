// Candidates for a search: entities whose folded name or alias (`keys`) holds any of the
// query's three-letter pieces, those holding most of them first, then the busiest. A typo
// ("putim") still shares most pieces with the name it misspells; server/search ranks the
// candidates by how well they match.
MATCH (n:Entity)
WHERE ($types IS NULL OR n.type IN $types)
WITH n, size([g IN $grams WHERE any(k IN n.keys WHERE k CONTAINS g)]) AS hits
WHERE hits >= $minHits
WITH n, hits, COUNT { (n)--(:Entity) } AS degree
ORDER BY hits DESC, degree DESC, n.id
LIMIT $candidates
RETURN n {.id, .name, .type, .aliases} AS entity, n.keys AS keys, degree

// Names and aliases by the start of any of their words: a range seek on the search terms
// (write/add-search-terms) from $q to $upper, the first string past every one that starts with
// $q. Exact matches first, then names that start with $q, then names with a later word that
// does; busiest first within a rank.
MATCH (t:Term)
WHERE t.text >= $q AND t.text < $upper
MATCH (t)<-[:KNOWN_AS]-(n:Entity)
WHERE $types IS NULL OR n.type IN $types
WITH n, min(CASE WHEN t.whole AND t.text = $q THEN 0 WHEN t.whole THEN 1 ELSE 2 END) AS rank
ORDER BY rank, n.degree DESC, n.name, n.id
LIMIT $first
RETURN n {.id, .name, .type, .aliases} AS entity

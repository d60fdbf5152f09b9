// Names and aliases by the start of any of their words: equality seeks on the first three
// characters of the search terms (write/add-search-terms; $heads lists every head a term that
// starts with $q can have), then the terms that do start with $q. Exact matches first, then
// names that start with $q, then names with a later word that does; busiest first within a
// rank.
UNWIND $heads AS head
MATCH (t:Term {head: head})
WHERE t.text STARTS WITH $q
MATCH (t)<-[:KNOWN_AS]-(n:Entity)
WHERE $types IS NULL OR n.type IN $types
WITH n, min(CASE WHEN t.whole AND t.text = $q THEN 0 WHEN t.whole THEN 1 ELSE 2 END) AS rank
ORDER BY rank, n.degree DESC, n.name, n.id
LIMIT $first
RETURN n {.id, .name, .type, .aliases} AS entity

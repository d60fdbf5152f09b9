// Entities with a name or alias that is exactly $q: the first of a search's answers. The text
// comes through UNWIND so that the embedded engine seeks the index and tests `whole` after.
UNWIND [$q] AS text
MATCH (t:Term {text: text})
WHERE t.whole
MATCH (t)<-[:KNOWN_AS]-(n:Entity)
WHERE $types IS NULL OR n.type IN $types
RETURN DISTINCT n {.id, .name, .type, .aliases} AS entity, n.degree AS degree

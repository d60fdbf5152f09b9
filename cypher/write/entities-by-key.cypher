// Entities known under a folded name or alias: the namesakes an added alias draws in. Found
// through the search terms' index (a whole term is a key), not by reading every entity's keys;
// the key comes through UNWIND so that the embedded engine seeks the index and tests `whole`
// after.
UNWIND [$key] AS text
MATCH (t:Term {text: text})
WHERE t.whole
MATCH (t)<-[:KNOWN_AS]-(n:Entity)
RETURN DISTINCT n {.id, .name, .type, .aliases} AS entity
ORDER BY entity.id

// Entities with a term that starts with $q among the terms of some slots (write/add-search-
// terms): the store asks one band of degrees at a time, busiest first, and stops once it has
// enough.
UNWIND $slots AS slot
MATCH (t:Term {slot: slot})
WHERE t.text STARTS WITH $q
MATCH (t)<-[:KNOWN_AS]-(n:Entity)
WHERE $types IS NULL OR n.type IN $types
RETURN DISTINCT n {.id, .name, .type, .aliases} AS entity, n.degree AS degree

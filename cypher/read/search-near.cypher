// Entities with any term in some slots (write/add-search-terms), whatever the rest of the term:
// the candidates for a near spelling ("putim", "aliev"), which share the query's first three
// characters. The store asks one band of degrees at a time, busiest first, and server/search
// ranks what comes by how close it is.
UNWIND $slots AS slot
MATCH (t:Term {slot: slot})
MATCH (t)<-[:KNOWN_AS]-(n:Entity)
WHERE $types IS NULL OR n.type IN $types
RETURN DISTINCT n {.id, .name, .type, .aliases} AS entity, n.keys AS keys, n.degree AS degree
LIMIT $candidates

// `keys` holds the folded name and aliases (see entity-keys.ts): exact, then prefix, then
// word-prefix, then substring matches, busiest entities first within a rank.
MATCH (n:Entity)
WHERE ($types IS NULL OR n.type IN $types) AND any(k IN n.keys WHERE k CONTAINS $q)
WITH n,
     CASE
       WHEN any(k IN n.keys WHERE k = $q) THEN 0
       WHEN any(k IN n.keys WHERE k STARTS WITH $q) THEN 1
       WHEN any(k IN n.keys WHERE k CONTAINS ' ' + $q) THEN 2
       ELSE 3
     END AS rank,
     COUNT { (n)--(:Entity) } AS degree
ORDER BY rank, degree DESC, n.name, n.id
LIMIT $first
RETURN n {.id, .name, .type, .aliases} AS entity

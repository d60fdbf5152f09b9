// The busiest entities, from the degree kept at write time: a range seek on those with at
// least $min relations (the store lowers $min until enough come back), never a count of every
// entity's relations. The range stands alone in its WHERE: the embedded engine seeks an index
// only for a WHERE that holds nothing else.
MATCH (n:Entity)
WHERE n.degree >= $min
WITH n
ORDER BY n.degree DESC, n.id
LIMIT $first
RETURN n.id AS id, n.degree AS degree

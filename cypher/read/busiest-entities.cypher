// The busiest entities with a degree from $top down to $min, from the degree kept at write
// time: one equality seek per degree (the store moves down band by band until enough come
// back), never a count of every entity's relations nor a range query, which the embedded
// engine answers by reading every entity.
UNWIND range($top, $min, -1) AS degree
MATCH (n:Entity {degree: degree})
RETURN n.id AS id, degree
ORDER BY degree DESC, id
LIMIT $first

MATCH (n:Entity)
WITH n, COUNT { (n)--(:Entity) } AS degree
ORDER BY degree DESC, n.id
LIMIT $first
RETURN n.id AS id

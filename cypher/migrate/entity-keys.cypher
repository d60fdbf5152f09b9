MATCH (n:Entity)
RETURN n.id AS id, n.keys AS keys, n.degree AS degree

// One hop out of a set of entities; the store walks depth hop by hop because a
// variable-length bound cannot be a parameter.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE $types IS NULL OR type(r) IN $types
RETURN DISTINCT b.id AS neighbour, r.key AS key, type(r) AS type,
       startNode(r).id AS source, endNode(r).id AS target, r.date AS date
ORDER BY key
LIMIT $limit

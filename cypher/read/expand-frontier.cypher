// One hop out of a set of entities; the store walks depth hop by hop because a
// variable-length bound cannot be a parameter. Undated relations (roles) stay in any window.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($from IS NULL OR r.date IS NULL OR substring(r.date, 0, size($from)) >= substring($from, 0, size(r.date)))
  AND ($to IS NULL OR r.date IS NULL OR substring(r.date, 0, size($to)) <= substring($to, 0, size(r.date)))
RETURN DISTINCT a.id AS origin, b.id AS neighbour, r.key AS key
ORDER BY origin, neighbour, key
LIMIT $limit

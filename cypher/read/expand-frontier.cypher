// One hop out of a set of entities; the store walks depth hop by hop because a
// variable-length bound cannot be a parameter. Undated relations (roles) stay in any window.
// $fromDay and $toDay are the window's first and last days (store/date-window.ts).
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r]-(b:Entity)
WHERE ($types IS NULL OR type(r) IN $types)
  AND ($fromDay IS NULL OR r.date IS NULL OR r.date >= substring($fromDay, 0, size(r.date)))
  AND ($toDay IS NULL OR r.date IS NULL OR r.date <= $toDay)
RETURN DISTINCT a.id AS origin, b.id AS neighbour, r.key AS key
ORDER BY origin, neighbour, key
LIMIT $limit

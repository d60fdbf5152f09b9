// An event no article reports any more happened as far as nobody knows. `happened` counts
// those the graph's totals count (read/count-graph): events stored before statuses existed
// happened.
MATCH (e:Event)
WHERE e.id IN $ids AND NOT EXISTS { MATCH (e)-[:REPORTED_IN]->(:Article) }
WITH e, coalesce(e.status, 'happened') = 'happened' AS happened
DETACH DELETE e
RETURN count(*) AS pruned, sum(CASE WHEN happened THEN 1 ELSE 0 END) AS happened

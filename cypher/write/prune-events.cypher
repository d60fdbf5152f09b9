// An event no article reports any more happened as far as nobody knows.
MATCH (e:Event)
WHERE e.id IN $ids AND NOT EXISTS { MATCH (e)-[:REPORTED_IN]->(:Article) }
DETACH DELETE e
RETURN count(*) AS pruned

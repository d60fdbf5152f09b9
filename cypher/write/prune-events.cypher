MATCH (e:Event)
WHERE e.id IN $ids AND NOT EXISTS { MATCH (e)-[:REPORTED_IN]->(:Article) }
DETACH DELETE e

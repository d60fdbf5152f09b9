// An entity no article mentions any more has nothing left to say.
MATCH (n:Entity)
WHERE n.id IN $ids AND NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(n) }
DETACH DELETE n

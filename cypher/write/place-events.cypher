UNWIND $rows AS r
MATCH (e:Event {id: r.id})
MATCH (pl:Entity {id: r.place})
MERGE (e)-[:AT]->(pl)

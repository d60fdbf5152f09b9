UNWIND $ids AS id
MATCH (a:Article)-[:MENTIONS]->(:Entity {id: id})
RETURN DISTINCT a.id AS id

MATCH (i:Investigation {id: $id})
DETACH DELETE i
RETURN count(*) AS deleted

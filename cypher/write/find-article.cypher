MATCH (a:Article {id: $id})
RETURN a.id AS id

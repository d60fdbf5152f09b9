UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.extraction AS extraction
ORDER BY id

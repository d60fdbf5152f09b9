// The article's entities already stored, with the keys they are searched by: only new
// entities and new keys get search terms.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.keys AS keys

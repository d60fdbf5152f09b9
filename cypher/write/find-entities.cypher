// The article's entities already stored, with the keys they are searched by and their degree:
// only new entities and new keys get search terms, in the band of the entity's degree.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, n.keys AS keys, n.degree AS degree

// The articles that mention some entities: the ones a merge or an alias writes again. Read
// from each entity's side, which the engine seeks by id, never from every article.
UNWIND $ids AS id
MATCH (:Entity {id: id})<-[:MENTIONS]-(a:Article)
RETURN DISTINCT a.id AS id

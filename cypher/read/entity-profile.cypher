// Every list is read from the entity's side: a pattern written from the other side makes the
// embedded engine scan every node of that label per entity.
MATCH (n:Entity {id: $id})
RETURN [(n)-[r]-(:Entity) | type(r)] AS relationTypes,
       [(n)-[r:LEADS]->(o:Entity) | {title: r.role, of: o.id}] AS roles,
       [(n)<-[:MENTIONS]-(a:Article) | a {.id, .title, .url, .published, .source}] AS articles

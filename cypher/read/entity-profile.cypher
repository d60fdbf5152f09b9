MATCH (n:Entity {id: $id})
RETURN [(n)-[r]-(:Entity) | type(r)] AS relationTypes,
       [(n)-[r:LEADS]->(o:Entity) | {title: r.role, of: o.id}] AS roles,
       [(a:Article)-[:MENTIONS]->(n) | a {.id, .title, .url, .published, .source}] AS articles

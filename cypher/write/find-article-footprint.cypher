// What an article contributed, so that retracting it prunes only what it touched. Each list
// is read from the article's side: written from the other, the engine scans every node of
// that label per article.
MATCH (a:Article {id: $id})
RETURN [(a)<-[:FOUND_IN]-(m:Mention) | m.relation] AS relations,
       [(a)<-[:REPORTED_IN]-(e:Event) | e.id] AS events,
       [(a)-[:MENTIONS]->(n:Entity) | n.id] AS entities

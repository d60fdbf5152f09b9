// What an article contributed, so that retracting it prunes only what it touched.
MATCH (a:Article {id: $id})
RETURN [(m:Mention)-[:FOUND_IN]->(a) | m.relation] AS relations,
       [(e:Event)-[:REPORTED_IN]->(a) | e.id] AS events,
       [(a)-[:MENTIONS]->(n:Entity) | n.id] AS entities

UNWIND $keys AS key
MATCH (m:Mention {relation: key})-[:FOUND_IN]->(a:Article)
RETURN key, m.sentence AS sentence,
       a {.id, .title, .url, .published, .source} AS article
ORDER BY key, a.published, a.id, m.start

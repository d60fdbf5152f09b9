UNWIND $keys AS key
MATCH (m:Mention {relation: key})-[:FOUND_IN]->(a:Article)
RETURN key, m.sentence AS sentence, m.phraseStart AS phraseStart, m.phraseEnd AS phraseEnd,
       a {.id, .title, .url, .published, .source} AS article
ORDER BY key, a.published, a.id, m.start

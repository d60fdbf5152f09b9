// One Mention per (relation, article, sentence): the evidence behind an analyst edge.
UNWIND $rows AS r
MERGE (m:Mention {id: r.id})
SET m.relation = r.relation, m.article = $article, m.sentence = r.sentence,
    m.start = r.start, m.end = r.end, m.phraseStart = r.phraseStart, m.phraseEnd = r.phraseEnd
WITH m
MATCH (a:Article {id: $article})
MERGE (m)-[:FOUND_IN]->(a)

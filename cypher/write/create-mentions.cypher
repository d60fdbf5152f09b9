// One Mention per (relation, article, sentence): the evidence behind an analyst edge. Its id
// holds the article's, and the article is new, so the mentions are too.
MATCH (a:Article {id: $article})
UNWIND $rows AS r
CREATE (m:Mention {id: r.id, relation: r.relation, article: $article, sentence: r.sentence,
                   start: r.start, end: r.end, phraseStart: r.phraseStart,
                   phraseEnd: r.phraseEnd})-[:FOUND_IN]->(a)

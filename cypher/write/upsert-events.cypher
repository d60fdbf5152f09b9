// An event reported by several articles is one node: each report adds its sentence. `day` and
// `kindDay` order events for paging (read/list-events-*). The article is matched first:
// matched after WITH, the embedded engine scans every article.
MATCH (a:Article {id: $article})
UNWIND $rows AS r
MERGE (e:Event {id: r.id})
SET e.kind = r.kind, e.date = r.date, e.precision = r.precision, e.place = r.place,
    e.day = coalesce(r.date, ''), e.kindDay = r.kind + ' ' + coalesce(r.date, '')
CREATE (e)-[:REPORTED_IN {sentence: r.sentence, start: r.start, end: r.end,
                          phraseStart: r.phraseStart, phraseEnd: r.phraseEnd}]->(a)

// An event reported by several articles is one node: each report adds its sentence. Its status
// (happened, planned, ...) is part of its id, so a report never changes it. `day`
// orders events, `month` and `kindMonth` page them (read/list-events-*): the date's first seven
// characters ('2005-03', or '2005' for a year), '' when undated. The article is matched first:
// matched after WITH, the embedded engine scans every article.
MATCH (a:Article {id: $article})
UNWIND $rows AS r
MERGE (e:Event {id: r.id})
SET e.kind = r.kind, e.status = r.status, e.date = r.date, e.precision = r.precision,
    e.place = r.place, e.day = coalesce(r.date, ''),
    e.month = substring(coalesce(r.date, ''), 0, 7),
    e.kindMonth = r.kind + ' ' + substring(coalesce(r.date, ''), 0, 7)
CREATE (e)-[:REPORTED_IN {sentence: r.sentence, start: r.start, end: r.end,
                          phraseStart: r.phraseStart, phraseEnd: r.phraseEnd}]->(a)

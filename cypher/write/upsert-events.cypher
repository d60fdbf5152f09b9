// An event reported by several articles is one node: each report adds its sentence, and the
// participants and place it names.
UNWIND $rows AS r
MERGE (e:Event {id: r.id})
SET e.kind = r.kind, e.status = r.status, e.date = r.date, e.precision = r.precision,
    e.place = r.place
WITH e, r
MATCH (a:Article {id: $article})
MERGE (e)-[rep:REPORTED_IN]->(a)
SET rep.sentence = r.sentence, rep.start = r.start, rep.end = r.end,
    rep.phraseStart = r.phraseStart, rep.phraseEnd = r.phraseEnd
WITH e, r
OPTIONAL MATCH (pl:Entity {id: r.place})
FOREACH (_ IN CASE WHEN pl IS NULL THEN [] ELSE [1] END | MERGE (e)-[:AT]->(pl))
WITH e, r
UNWIND r.participants AS p
MATCH (n:Entity {id: p.entity})
MERGE (n)-[:PARTICIPATED_IN {role: p.role}]->(e)

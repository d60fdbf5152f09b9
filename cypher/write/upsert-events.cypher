UNWIND $rows AS r
MERGE (e:Event {id: r.id})
SET e.kind = r.kind, e.date = r.date, e.precision = r.precision, e.place = r.place
WITH e, r
MATCH (a:Article {id: $article})
MERGE (e)-[rep:REPORTED_IN]->(a)
SET rep.sentence = r.sentence, rep.start = r.start, rep.end = r.end
WITH e, r
UNWIND r.participants AS p
MATCH (n:Entity {id: p.entity})
MERGE (n)-[pi:PARTICIPATED_IN {role: p.role}]->(e)

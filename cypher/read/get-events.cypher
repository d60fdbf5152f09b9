UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.id, .kind, .date, .precision, .place, status: coalesce(e.status, 'happened'),
          participants: [(n:Entity)-[p:PARTICIPATED_IN]->(e) | {entity: n.id, role: p.role}],
          reports: [(e)-[rep:REPORTED_IN]->(a:Article) |
                    {sentence: rep.sentence, phraseStart: rep.phraseStart, phraseEnd: rep.phraseEnd,
                     article: a {.id, .title, .url, .published, .source}}]
         } AS event

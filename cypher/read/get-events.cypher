// Participants and reports are read from the event's side: written from the entity's side,
// the embedded engine scans every entity for every event. Events stored before statuses
// existed count as happened.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.id, .kind, .date, .precision, .place, status: coalesce(e.status, 'happened'),
          participants: [(e)<-[p:PARTICIPATED_IN]-(n:Entity) | {entity: n.id, role: p.role}],
          reports: [(e)-[rep:REPORTED_IN]->(a:Article) |
                    {sentence: rep.sentence, phraseStart: rep.phraseStart, phraseEnd: rep.phraseEnd,
                     article: a {.id, .title, .url, .published, .source}}]
         } AS event

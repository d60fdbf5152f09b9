// Events as a subgraph draws them: who took part in what role, and which articles report them
// (to count them), without the reports' sentences, which only the event's own panel shows.
// Events stored before statuses existed count as happened.
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e {.id, .kind, .date, .precision, .place, status: coalesce(e.status, 'happened'),
          participants: [(e)<-[p:PARTICIPATED_IN]-(n:Entity) | {entity: n.id, role: p.role}],
          articles: [(e)-[:REPORTED_IN]->(a:Article) | a {.id, .published}]
         } AS event

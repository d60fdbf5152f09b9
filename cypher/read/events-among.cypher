// The events any of a subgraph's entities took part in, inside its time window, as the
// explorer draws them beside the actors (read/get-event-sketches has the same projection):
// found and sketched in one statement, since each statement costs the embedded engine a
// fixed fraction of a millisecond. Undated events stay in any window; events stored before
// statuses existed count as happened.
// $fromDay and $toDay are the window's first and last days (store/date-window.ts).
MATCH (n:Entity)-[:PARTICIPATED_IN]->(e:Event)
WHERE n.id IN $ids
  AND coalesce(e.status, 'happened') IN $statuses
  AND ($fromDay IS NULL OR e.date IS NULL OR e.date >= substring($fromDay, 0, size(e.date)))
  AND ($toDay IS NULL OR e.date IS NULL OR e.date <= $toDay)
WITH DISTINCT e
ORDER BY e.id
LIMIT $first
RETURN e {.id, .kind, .date, .precision, .place, status: coalesce(e.status, 'happened'),
          participants: [(e)<-[p:PARTICIPATED_IN]-(n:Entity) | {entity: n.id, role: p.role}],
          articles: [(e)-[:REPORTED_IN]->(a:Article) | a {.id, .published}]
         } AS event
ORDER BY event.id

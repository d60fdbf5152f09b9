// The participants each report names, one row per (event, entity, role). Merged from the
// event's side: the engine expands the pattern's first node, and a busy entity has thousands
// of participations where an event has a handful.
UNWIND $rows AS r
MATCH (e:Event {id: r.event})
MATCH (n:Entity {id: r.entity})
MERGE (e)<-[:PARTICIPATED_IN {role: r.role}]-(n)

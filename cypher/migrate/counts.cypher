// The graph's totals and its highest degree, counted once when its derived data is built
// (then kept by write/adjust-counts). Events count only those that happened, as the graph
// answers by default.
RETURN COUNT { MATCH (n:Entity) } AS entities,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL } AS relations,
       COUNT { MATCH (e:Event) WHERE coalesce(e.status, 'happened') = 'happened' } AS events,
       COUNT { MATCH (a:Article) } AS articles

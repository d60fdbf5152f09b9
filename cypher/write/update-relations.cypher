// A relation another article stated too: found from whichever end has fewer relations (the
// engine expands the first node of a pattern), then it takes this article's attributes and
// one more source.
UNWIND $rows AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
WITH r, CASE WHEN a.degree <= b.degree THEN a ELSE b END AS near,
     CASE WHEN a.degree <= b.degree THEN b ELSE a END AS far
MATCH (near)-[e]-(far)
WHERE e.key = r.key
SET e += r.props, e.sources = e.sources + 1

// Derived data for a store written before it was kept (or by an older version): each entity's
// degree and sources, counted once here and kept at write time from then on.
MATCH (n:Entity)
WITH n, COUNT { (n)--(:Entity) } AS degree, COUNT { (n)<-[:MENTIONS]-(:Article) } AS sources
SET n.degree = degree, n.sources = sources

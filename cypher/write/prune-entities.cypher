// Entities no article mentions any more (the store passes those that write/adjust-entities
// left without a source) have nothing left to say; their search terms go with them. The terms
// are gathered by a pattern comprehension from the entity: the embedded engine plans an
// OPTIONAL MATCH as a scan of every node, and a test of `sources` here as a scan of every entity.
MATCH (n:Entity)
WHERE n.id IN $ids
WITH n, [(n)-[:KNOWN_AS]->(t:Term) | t] AS terms
FOREACH (t IN terms | DETACH DELETE t)
DETACH DELETE n
RETURN count(*) AS pruned

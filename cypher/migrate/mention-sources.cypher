// The number of articles behind each relation, from its mentions in one pass.
MATCH (m:Mention)
RETURN m.relation AS key, count(DISTINCT m.article) AS sources

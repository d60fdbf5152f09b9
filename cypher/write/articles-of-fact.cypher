// The articles that state a relation (by key) or report an event (by id).
MATCH (m:Mention {relation: $target})
RETURN DISTINCT m.article AS id
UNION
MATCH (:Event {id: $target})-[:REPORTED_IN]->(a:Article)
RETURN DISTINCT a.id AS id

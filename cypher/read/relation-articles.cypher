// The articles behind some relations, by their mentions (sought by relation key): how many
// sources an answer has, which with its events ranks it (store/stable-order.ts byWeight).
UNWIND $keys AS key
MATCH (m:Mention {relation: key})-[:FOUND_IN]->(a:Article)
RETURN DISTINCT key, a.id AS article

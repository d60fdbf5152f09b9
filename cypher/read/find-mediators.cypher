// Mediators with a MEDIATED edge to every party asked about. With $fold, a person counts as
// what they lead, both as a party and as a mediator (the STATE level). A time window keeps
// only dated mediations that overlap it. Each answer counts the articles behind it, so the
// store can rank answers by weight (events, then sources, then date).
MATCH (m:Entity)-[r:MEDIATED]->(p:Entity)
WHERE ($from IS NULL OR (r.date IS NOT NULL AND substring(r.date, 0, size($from)) >= substring($from, 0, size(r.date))))
  AND ($to IS NULL OR (r.date IS NOT NULL AND substring(r.date, 0, size($to)) <= substring($to, 0, size(r.date))))
OPTIONAL MATCH (p)-[:LEADS]->(led:Entity)
WHERE $fold
WITH m, r,
     CASE WHEN p.id IN $between THEN p.id WHEN led.id IN $between THEN led.id ELSE null END AS party
WHERE party IS NOT NULL
OPTIONAL MATCH (m)-[:LEADS]->(ml:Entity)
WHERE $fold
WITH coalesce(ml, m) AS mediator, party, r
WITH mediator, collect(DISTINCT party) AS parties, collect(DISTINCT r.key) AS keys, collect(r.date) AS dates,
     collect(DISTINCT r.event) AS events
WHERE size(parties) = size($between) AND NOT mediator.id IN $between
OPTIONAL MATCH (mention:Mention)-[:FOUND_IN]->(a:Article)
WHERE mention.relation IN keys
WITH mediator, parties, keys, dates, events, count(DISTINCT a) AS sources
RETURN mediator {.id, .name, .type, .aliases} AS mediator, parties, keys, events, sources,
       [d IN dates WHERE d IS NOT NULL] AS dates
ORDER BY mediator.name, mediator.id

// Mediators with a MEDIATED edge to every party asked about.
MATCH (m:Entity)-[r:MEDIATED]->(p:Entity)
WHERE p.id IN $between
WITH m, collect(DISTINCT p.id) AS parties, collect(r.key) AS keys, collect(r.date) AS dates
WHERE size(parties) = size($between)
RETURN m {.id, .name, .type, .aliases} AS mediator, parties, keys,
       [d IN dates WHERE d IS NOT NULL] AS dates
ORDER BY m.name

// Mediators with a MEDIATED edge to every party asked about, read from the parties' side.
// With $fold, a person counts as what they lead, both as a party and as a mediator (the STATE
// level): a party is then reached through the people who lead it as well, unless that person
// is a party of their own. A time window keeps only dated mediations that share a day with it
// ($fromDay and $toDay, its first and last days: store/date-window.ts). Leaders are gathered
// by pattern comprehensions from bound nodes: the embedded engine plans an OPTIONAL MATCH as a
// scan of every node joined afterwards. The store counts each answer's articles afterwards
// (read/relation-articles), to rank answers by weight.
UNWIND $between AS partyId
MATCH (party:Entity {id: partyId})
WITH party, [(party)<-[:LEADS]-(leader:Entity) WHERE $fold AND NOT leader.id IN $between | leader]
     AS leaders
UNWIND [party] + leaders AS p
MATCH (p)<-[r:MEDIATED]-(m:Entity)
WHERE ($fromDay IS NULL OR (r.date IS NOT NULL AND r.date >= substring($fromDay, 0, size(r.date))))
  AND ($toDay IS NULL OR (r.date IS NOT NULL AND r.date <= $toDay))
WITH party.id AS party, r, m, [(m)-[:LEADS]->(led:Entity) WHERE $fold | led] AS led
UNWIND CASE WHEN size(led) = 0 THEN [m] ELSE led END AS mediator
WITH mediator, collect(DISTINCT party) AS parties, collect(DISTINCT r.key) AS keys,
     collect(r.date) AS dates, collect(DISTINCT r.event) AS events
WHERE size(parties) = size($between) AND NOT mediator.id IN $between
RETURN mediator {.id, .name, .type, .aliases} AS mediator, parties, keys, events,
       [d IN dates WHERE d IS NOT NULL] AS dates
ORDER BY mediator.name, mediator.id

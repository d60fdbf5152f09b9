// An entity whose degree crossed into another band (search-terms.ts) moves its terms' slots;
// the terms come back so that their heads' top bands can be raised (write/raise-heads).
UNWIND $rows AS r
MATCH (n:Entity {id: r.entity})-[:KNOWN_AS]->(t:Term)
SET t.slot = substring(t.text, 0, 3) + CASE WHEN t.whole THEN ' w ' ELSE ' p ' END +
             toString(r.band)
RETURN t.text AS text, t.whole AS whole, r.band AS band

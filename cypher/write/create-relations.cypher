// Relations no article stated before (write/find-supported-relations): created, not merged,
// since MERGE expands every relation of a busy entity to find none. Relation types cannot be
// parameters: one guarded FOREACH per type in RELATION_TYPES. `sources` counts the articles
// that state the relation.
UNWIND $rows AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
FOREACH (_ IN CASE WHEN r.type = 'MEDIATED' THEN [1] ELSE [] END |
  CREATE (a)-[e:MEDIATED {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'OFFERED_MEDIATION' THEN [1] ELSE [] END |
  CREATE (a)-[e:OFFERED_MEDIATION {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'MET_WITH' THEN [1] ELSE [] END |
  CREATE (a)-[e:MET_WITH {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'SPOKE_WITH' THEN [1] ELSE [] END |
  CREATE (a)-[e:SPOKE_WITH {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'LEADS' THEN [1] ELSE [] END |
  CREATE (a)-[e:LEADS {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'HOSTED' THEN [1] ELSE [] END |
  CREATE (a)-[e:HOSTED {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'VISITED' THEN [1] ELSE [] END |
  CREATE (a)-[e:VISITED {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'CLASHED_WITH' THEN [1] ELSE [] END |
  CREATE (a)-[e:CLASHED_WITH {key: r.key, sources: 1}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'ALLY_OF' THEN [1] ELSE [] END |
  CREATE (a)-[e:ALLY_OF {key: r.key, sources: 1}]->(b) SET e += r.props)

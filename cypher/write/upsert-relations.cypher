// Relation types cannot be parameters: one guarded FOREACH per type in RELATION_TYPES.
UNWIND $rows AS r
MATCH (a:Entity {id: r.source})
MATCH (b:Entity {id: r.target})
FOREACH (_ IN CASE WHEN r.type = 'MEDIATED' THEN [1] ELSE [] END |
  MERGE (a)-[e:MEDIATED {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'OFFERED_MEDIATION' THEN [1] ELSE [] END |
  MERGE (a)-[e:OFFERED_MEDIATION {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'MET_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[e:MET_WITH {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'SPOKE_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[e:SPOKE_WITH {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'LEADS' THEN [1] ELSE [] END |
  MERGE (a)-[e:LEADS {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'HOSTED' THEN [1] ELSE [] END |
  MERGE (a)-[e:HOSTED {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'VISITED' THEN [1] ELSE [] END |
  MERGE (a)-[e:VISITED {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'CLASHED_WITH' THEN [1] ELSE [] END |
  MERGE (a)-[e:CLASHED_WITH {key: r.key}]->(b) SET e += r.props)
FOREACH (_ IN CASE WHEN r.type = 'ALLY_OF' THEN [1] ELSE [] END |
  MERGE (a)-[e:ALLY_OF {key: r.key}]->(b) SET e += r.props)

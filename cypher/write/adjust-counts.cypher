// The graph's counts move by what a write added or took away. `firstDay` and `lastDay` bound
// the event dates ever stored and `maxDegree` the degrees, where paging events and the
// busiest entities start; each may lie beyond what is left, which only costs empty seeks.
MATCH (m:Meta)
SET m.entities = m.entities + $entities, m.relations = m.relations + $relations,
    m.events = m.events + $events, m.articles = m.articles + $articles,
    m.firstDay = CASE WHEN $firstDay IS NOT NULL AND (m.firstDay IS NULL OR $firstDay < m.firstDay)
                      THEN $firstDay ELSE m.firstDay END,
    m.lastDay = CASE WHEN $lastDay IS NOT NULL AND (m.lastDay IS NULL OR $lastDay > m.lastDay)
                     THEN $lastDay ELSE m.lastDay END,
    m.maxDegree = CASE WHEN $maxDegree > m.maxDegree THEN $maxDegree ELSE m.maxDegree END

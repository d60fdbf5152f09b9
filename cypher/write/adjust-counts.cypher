// The graph's counts move by what a write added or took away; `firstDay` is the earliest
// event date ever stored, where paging events in date order starts (it may lie before the
// earliest one left, which only costs an empty window).
MATCH (m:Meta)
SET m.entities = m.entities + $entities, m.relations = m.relations + $relations,
    m.events = m.events + $events, m.articles = m.articles + $articles,
    m.firstDay = CASE WHEN $firstDay IS NOT NULL AND (m.firstDay IS NULL OR $firstDay < m.firstDay)
                      THEN $firstDay ELSE m.firstDay END

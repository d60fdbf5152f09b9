// The graph's counts and the version of its derived data, on the one Meta node.
MERGE (m:Meta {id: 'graph'})
ON CREATE SET m.writes = 0
SET m.version = $version, m.entities = $entities, m.relations = $relations, m.events = $events,
    m.articles = $articles, m.firstDay = $firstDay, m.lastDay = $lastDay,
    m.maxDegree = $maxDegree

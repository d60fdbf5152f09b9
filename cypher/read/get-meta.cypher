// What the store keeps about itself: the version of its derived data (degrees, sources,
// search terms, counts; see migrate/), the bounds of its event dates and its highest degree.
MATCH (m:Meta)
RETURN m.version AS version, m.firstDay AS firstDay, m.lastDay AS lastDay,
       m.maxDegree AS maxDegree

// What the store keeps about itself: the version of its derived data (degrees, sources,
// search terms, counts; see write/migrate-*), and where paging events in date order starts.
MATCH (m:Meta)
RETURN m.version AS version, m.firstDay AS firstDay

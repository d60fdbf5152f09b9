// The counts kept at write time on the one Meta node (write/adjust-counts): no scan per start.
MATCH (m:Meta)
RETURN m.entities AS entities, m.relations AS relations, m.events AS events,
       m.articles AS articles

RETURN COUNT { MATCH (n:Entity) } AS entities,
       COUNT { MATCH (:Entity)-[r]->(:Entity) WHERE r.key IS NOT NULL } AS relations,
       COUNT { MATCH (e:Event) WHERE coalesce(e.status, 'happened') = 'happened' } AS events,
       COUNT { MATCH (a:Article) } AS articles

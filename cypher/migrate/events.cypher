MATCH (e:Event)
SET e.day = coalesce(e.date, ''), e.month = substring(coalesce(e.date, ''), 0, 7),
    e.kindMonth = e.kind + ' ' + substring(coalesce(e.date, ''), 0, 7)

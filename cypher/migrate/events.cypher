MATCH (e:Event)
SET e.day = coalesce(e.date, ''), e.kindDay = e.kind + ' ' + coalesce(e.date, '')

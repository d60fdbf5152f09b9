// One window of one kind's events in date order, as list-events-between: `kindDay` is the kind,
// a space and the day, so $lo and $hi carry the kind too.
MATCH (e:Event)
WHERE e.kindDay >= $lo AND e.kindDay < $hi
WITH collect(e) AS window
UNWIND window AS e
WITH e
WHERE ($from IS NULL OR (e.date IS NOT NULL AND e.date >= substring($from, 0, size(e.date))))
  AND ($to IS NULL OR (e.date IS NOT NULL AND e.date <= substring($to, 0, size(e.date))))
  AND ($after IS NULL OR e.day > $after[0] OR (e.day = $after[0] AND e.id > $after[1]))
RETURN e.id AS id, e.day AS date
ORDER BY date, id
LIMIT $first

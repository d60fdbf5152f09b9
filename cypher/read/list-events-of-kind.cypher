// One kind's events of some months in date order, as list-events-in-months: `kindMonth` is the
// kind, a space and the month, so $months carry the kind too.
// $fromDay and $toDay are the window's first and last days (store/date-window.ts).
UNWIND $months AS month
MATCH (e:Event {kindMonth: month})
WITH collect(e) AS window
UNWIND window AS e
WITH e
WHERE coalesce(e.status, 'happened') IN $statuses
  AND ($fromDay IS NULL OR (e.date IS NOT NULL AND e.date >= substring($fromDay, 0, size(e.date))))
  AND ($toDay IS NULL OR (e.date IS NOT NULL AND e.date <= $toDay))
  AND ($after IS NULL OR e.day > $after[0] OR (e.day = $after[0] AND e.id > $after[1]))
RETURN e.id AS id, e.day AS date
ORDER BY date, id
LIMIT $first

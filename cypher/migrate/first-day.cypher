MATCH (e:Event)
WHERE e.date IS NOT NULL
RETURN min(e.date) AS firstDay, max(e.date) AS lastDay

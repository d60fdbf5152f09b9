// Every write transaction takes the one Meta node first: writers of any process queue behind
// it instead of deadlocking over the entities they share, and the counts it keeps are exact.
MATCH (m:Meta)
SET m.writes = m.writes + 1
RETURN m.writes AS writes

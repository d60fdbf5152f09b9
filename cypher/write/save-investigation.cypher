MERGE (i:Investigation {id: $investigation.id})
SET i += $investigation

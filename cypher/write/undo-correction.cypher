// Undone corrections stay in the audit trail, switched off, with who undid them and when.
MATCH (c:Correction {id: $id})
SET c.active = false, c.undoneAt = $at, c.undoneBy = $by
RETURN c.articles AS articles

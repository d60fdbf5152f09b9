// The corrections every article write applies, in the order they were made. Sought by the
// active flag (schema/index-correction-active), so undone ones cost a write nothing.
MATCH (c:Correction {active: true})
RETURN c.id AS id, c.after AS after
ORDER BY c.at, c.id

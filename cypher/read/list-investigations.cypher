MATCH (i:Investigation)
RETURN i {.id, .name, .by, .notes, .createdAt, .updatedAt} AS investigation
ORDER BY i.updatedAt DESC, i.id
LIMIT $first

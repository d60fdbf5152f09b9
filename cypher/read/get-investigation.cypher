MATCH (i:Investigation {id: $id})
RETURN i {.id, .name, .by, .notes, .view, .createdAt, .updatedAt} AS investigation

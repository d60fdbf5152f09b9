// The audit trail, newest first; $active and $kinds narrow it when given.
MATCH (c:Correction)
WHERE ($active IS NULL OR c.active = $active) AND ($kinds IS NULL OR c.kind IN $kinds)
RETURN c {.id, .kind, .target, .by, .at, .why, .summary, .before, .after, .active, .undoneAt,
          .undoneBy, .articles} AS correction
ORDER BY c.at DESC, c.id DESC
LIMIT $first

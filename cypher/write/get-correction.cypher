MATCH (c:Correction {id: $id})
RETURN c {.id, .kind, .target, .by, .at, .why, .summary, .before, .after, .active, .undoneAt,
          .undoneBy, .articles} AS correction

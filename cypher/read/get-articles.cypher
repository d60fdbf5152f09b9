UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .url, .published, .source} AS article

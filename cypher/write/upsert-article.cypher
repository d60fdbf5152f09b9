MERGE (a:Article {id: $article.id})
SET a.file = $article.file,
    a.title = $article.title,
    a.url = $article.url,
    a.published = $article.published,
    a.source = $article.source,
    a.key = $article.key

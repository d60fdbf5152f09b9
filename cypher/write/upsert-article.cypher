// `extraction` keeps what the extractor said (JSON), so corrections can write the article anew.
MERGE (a:Article {id: $article.id})
SET a.file = $article.file,
    a.title = $article.title,
    a.url = $article.url,
    a.published = $article.published,
    a.source = $article.source,
    a.key = $article.key,
    a.extraction = $article.extraction

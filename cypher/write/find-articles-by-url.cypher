// Earlier versions of the article being written: the same URL. The store drops the article
// itself: any other condition here would make the embedded engine scan every article.
MATCH (a:Article {url: $url})
RETURN a.id AS id

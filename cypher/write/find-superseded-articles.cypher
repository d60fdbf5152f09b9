// Earlier versions of the article being written: the same URL, or the same id given by its
// sender. Nothing else makes two texts one article: not a file name, not a title. Two indexed
// look-ups, since an OR across properties would scan every article.
MATCH (a:Article {url: $url})
WHERE $url IS NOT NULL AND a.id <> $id
RETURN a.id AS id
UNION
MATCH (a:Article {key: $key})
WHERE $key IS NOT NULL AND a.id <> $id
RETURN a.id AS id

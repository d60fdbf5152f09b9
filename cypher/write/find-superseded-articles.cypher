// Earlier versions of the article being written: same URL, or same file name when neither
// has a URL. Two indexed look-ups, since an OR across properties would scan every article.
MATCH (a:Article {url: $url})
WHERE $url IS NOT NULL AND a.id <> $id
RETURN a.id AS id
UNION
MATCH (a:Article {file: $file})
WHERE $url IS NULL AND a.url IS NULL AND a.id <> $id
RETURN a.id AS id

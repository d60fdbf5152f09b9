// Earlier versions of the article being written: same URL, or same file name when neither has one.
MATCH (a:Article)
WHERE a.id <> $id
  AND (($url IS NOT NULL AND a.url = $url) OR ($url IS NULL AND a.url IS NULL AND a.file = $file))
RETURN a.id AS id

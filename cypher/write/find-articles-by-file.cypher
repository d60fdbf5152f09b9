// Earlier versions of an article without a URL: the same file name, also without a URL (the
// store checks that, and drops the article itself, as find-articles-by-url says why).
MATCH (a:Article {file: $file})
RETURN a.id AS id, a.url AS url

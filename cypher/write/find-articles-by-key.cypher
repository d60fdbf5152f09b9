// Earlier versions of an article its sender names by its own id (the same key): a new text
// under it replaces the stored one. The store drops the article itself, as
// find-articles-by-url says why.
MATCH (a:Article {key: $key})
RETURN a.id AS id

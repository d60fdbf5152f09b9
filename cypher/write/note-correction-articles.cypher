// Each correction remembers the articles it changed: undoing it writes exactly those again.
MATCH (c:Correction)
WHERE c.id IN $ids AND NOT $article IN c.articles
SET c.articles = c.articles + [$article]

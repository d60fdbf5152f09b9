// Each correction remembers the articles it changed: undoing it writes exactly those again.
UNWIND $ids AS id
MATCH (c:Correction {id: id})
WHERE NOT $article IN c.articles
SET c.articles = c.articles + [$article]

CREATE INDEX article_key IF NOT EXISTS FOR (a:Article) ON (a.key)

CREATE INDEX mention_article IF NOT EXISTS FOR (m:Mention) ON (m.article)

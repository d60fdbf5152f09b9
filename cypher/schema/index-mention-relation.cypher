CREATE INDEX mention_relation IF NOT EXISTS FOR (m:Mention) ON (m.relation)

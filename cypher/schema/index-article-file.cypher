CREATE INDEX article_file IF NOT EXISTS FOR (a:Article) ON (a.file)

CREATE INDEX evidence_article_id IF NOT EXISTS FOR (n:Evidence) ON (n.article_id)

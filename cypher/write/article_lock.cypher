// First statement of deleting an article: take the write lock of the article and of its queue
// entry (a no-op SET locks), and return what it mentioned, with each mention's identity keys.
OPTIONAL MATCH (j:IngestJob {article_id: $article_id})
OPTIONAL MATCH (a:Article {id: $article_id})
FOREACH (x IN CASE WHEN j IS NULL THEN [] ELSE [j] END | SET x.article_id = x.article_id)
FOREACH (x IN CASE WHEN a IS NULL THEN [] ELSE [a] END | SET x.id = x.id)
WITH a, j
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
RETURN a IS NOT NULL OR j IS NOT NULL AS existed, e.id AS id, m.keys AS keys

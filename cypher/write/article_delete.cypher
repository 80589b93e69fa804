// The article node and its queue entry; run after its facts were cleared.
OPTIONAL MATCH (a:Article {id: $article_id})
OPTIONAL MATCH (j:IngestJob {article_id: $article_id})
WITH a, j, a IS NOT NULL OR j IS NOT NULL AS existed
DETACH DELETE a, j
RETURN existed

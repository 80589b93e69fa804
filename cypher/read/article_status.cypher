// An article's queue state and what it contributed to the graph; no row when neither exists.
OPTIONAL MATCH (j:IngestJob {article_id: $article_id})
OPTIONAL MATCH (a:Article {id: $article_id})
WITH j, a
WHERE j IS NOT NULL OR a IS NOT NULL
RETURN $article_id AS article_id, j IS NOT NULL AS queued, coalesce(j.status, 'done') AS status,
       coalesce(j.attempts, 0) AS attempts, j.error AS error,
       a IS NOT NULL AS stored, a.title AS title, a.url AS url, a.outlet AS outlet, a.published AS published,
       COUNT { (a)-[:MENTIONS]->(:Entity) } AS entities,
       COUNT { (ev:Evidence)-[:FROM]->(a) } AS evidence,
       a.relation_count AS relations

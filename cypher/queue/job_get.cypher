// One article's queue state, and what it contributed to the graph once done.
MATCH (j:IngestJob {article_id: $article_id})
OPTIONAL MATCH (a:Article {id: $article_id})
RETURN j.article_id AS article_id, j.status AS status, j.attempts AS attempts, j.error AS error,
       j.enqueued_at AS enqueued_at, j.updated_at AS updated_at, j.done_at AS done_at,
       a IS NOT NULL AS stored, a.title AS title, a.url AS url, a.outlet AS outlet, a.published AS published,
       COUNT { (a)-[:MENTIONS]->(:Entity) } AS entities,
       COUNT { (ev:Evidence)-[:FROM]->(a) } AS evidence,
       a.relation_count AS relations

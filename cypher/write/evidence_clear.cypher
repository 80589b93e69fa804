// Forget what an article said before (re-ingest and delete): its evidence, and which
// relationships that evidence supported, so they can be refreshed or pruned.
MATCH (ev:Evidence {article_id: $article_id})
WITH ev, ev.rel_key AS key, ev.type AS type, ev.source AS source, ev.target AS target
DETACH DELETE ev
RETURN DISTINCT key, type, source, target

// First statement of writing an article (after its lease check): the article node itself. Its
// SET takes the article's write lock, so two writes or a write and a delete of one article run
// one after the other. `ingested_at` moves only when the content does, so writing the same
// article again changes nothing. Returns what the article mentioned before, with the identity
// keys of each mention, for the refresh at the end.
MERGE (a:Article {id: $article.id})
ON CREATE SET a.first_ingested_at = datetime()
WITH a, a.fingerprint = $article.fingerprint AS same
SET a.title = $article.title,
    a.url = $article.url,
    a.outlet = $article.outlet,
    a.published = CASE WHEN $article.published IS NULL THEN null ELSE date($article.published) END,
    a.dateline = $article.dateline,
    a.sha256 = $article.sha256,
    a.fingerprint = $article.fingerprint,
    a.text = $article.text,
    a.entity_count = $article.entity_count,
    a.relation_count = $article.relation_count,
    a.ingested_at = CASE WHEN same THEN a.ingested_at ELSE datetime() END
WITH a
OPTIONAL MATCH (a)-[m:MENTIONS]->(e:Entity)
RETURN e.id AS id, m.keys AS keys

// The article node itself: its metadata, text and fingerprint.
MERGE (a:Article {id: $article.id})
ON CREATE SET a.first_ingested_at = datetime()
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
    a.ingested_at = datetime()

// The sentence behind a relationship in one article: offsets, confidence, pattern, date.
MATCH (a:Article {id: $article_id})
UNWIND $rows AS row
MERGE (ev:Evidence {key: row.key})
SET ev += row.props, ev.published = a.published, ev.seen_at = datetime()
MERGE (ev)-[:FROM]->(a)

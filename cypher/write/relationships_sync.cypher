// The article's relationships (one per type, source, target) and its evidence: one node per
// supporting sentence, with offsets, confidence, pattern and the facts it gives. Evidence the
// article no longer gives goes; the relationships it supported are returned for the refresh.
MATCH (a:Article {id: $article_id})
CALL (a) {
  UNWIND $relationships AS row
  MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
  MERGE (s)-[r:$(row.type) {key: row.key}]->(t)
  ON CREATE SET r.first_seen = datetime(), r.last_seen = datetime()
}
CALL (a) {
  UNWIND $evidence AS row
  MERGE (ev:Evidence {key: row.key})
  WITH a, ev, row, ev.first_seen AS first, ev.seen_at AS seen, ev.fingerprint AS fp
  SET ev += row.props
  SET ev.published = a.published,
      ev.first_seen = coalesce(first, datetime()),
      ev.seen_at = CASE WHEN fp = $fingerprint THEN seen ELSE datetime() END,
      ev.fingerprint = $fingerprint
  MERGE (ev)-[:FROM]->(a)
}
CALL (a) {
  OPTIONAL MATCH (old:Evidence {article_id: $article_id})
  WHERE NOT old.key IN $evidence_keys
  WITH old, CASE WHEN old IS NULL THEN null
            ELSE {key: old.rel_key, type: old.type, source: old.source, target: old.target} END AS rel
  DETACH DELETE old
  RETURN collect(DISTINCT rel) AS stale
}
RETURN stale

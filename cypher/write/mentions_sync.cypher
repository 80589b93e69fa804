// (:Article)-[:MENTIONS]->(:Entity) for what the article mentions now, each with the name, the
// surface forms, identity keys and properties (`p_*`) this article gave the entity; mentions it
// no longer makes go. Timestamps move only when the article's content does.
MATCH (a:Article {id: $article_id})
CALL (a) {
  UNWIND $rows AS row
  MATCH (e:Entity {id: row.entity_id})
  MERGE (a)-[m:MENTIONS]->(e)
  WITH m, row, m.first_seen AS first, m.seen_at AS seen, m.fingerprint AS fp
  SET m = row.props
  SET m.first_seen = coalesce(first, datetime()),
      m.seen_at = CASE WHEN fp = $fingerprint THEN seen ELSE datetime() END,
      m.fingerprint = $fingerprint
}
CALL (a) {
  MATCH (a)-[m:MENTIONS]->(e:Entity)
  WHERE NOT e.id IN $entity_ids
  DELETE m
}
RETURN a.id AS article_id

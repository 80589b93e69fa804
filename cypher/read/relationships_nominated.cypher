// Relationships of type NOMINATED across the graph in key order (read from its key index), one page after
// $after_key, each with both ends and its best evidence. Filters as in entity_relationships.
// One file per type: with the type in the pattern Neo4j reads its key index in order and stops at
// $limit (a $any($types) pattern cannot use the index, and a UNION of all types takes the planner
// seconds); graph.reads.relationships walks the types in order. Parameters never null (planned
// once, as in entity_relationships); dates leave as ISO strings.
MATCH (s:Entity)-[r:NOMINATED]->(t:Entity)
WHERE r.key > $after_key
  AND $source_type IN labels(s) AND $target_type IN labels(t)
  AND r.confidence >= $min_confidence
  AND CASE WHEN $dated
           THEN any(d IN CASE WHEN size(coalesce(r.dates, [])) > 0 THEN r.dates ELSE coalesce(r.asserted, []) END
                    WHERE $since <= d <= $until)
           ELSE true END
  AND CASE WHEN $as_of_given
           THEN r.first_asserted <= $as_of AND (r.date IS NULL OR NOT type(r) IN $event_types OR r.date <= $as_of)
           ELSE true END
WITH s, r, t
ORDER BY r.key
LIMIT $limit
CALL (r) {
  OPTIONAL MATCH (ev:Evidence {rel_key: r.key})-[:FROM]->(a:Article)
  WHERE CASE WHEN $as_of_given THEN ev.published <= $as_of ELSE true END
  WITH ev, a ORDER BY ev.confidence DESC, a.id, ev.start
  LIMIT $evidence_limit
  RETURN collect({article_id: a.id, title: a.title, url: a.url, published: toString(a.published),
                  sentence: ev.sentence, start: ev.start, end: ev.end,
                  confidence: ev.confidence, pattern: ev.pattern}) AS evidence
}
RETURN type(r) AS type, r.key AS key,
       s.id AS source_id, s.name AS source_name, s.type AS source_type,
       t.id AS target_id, t.name AS target_name, t.type AS target_type,
       r.confidence AS confidence, r.support AS support, toString(r.date) AS date,
       [d IN r.dates | toString(d)] AS dates, r.title AS title, r.vote_share AS vote_share, r.election AS election,
       toString(r.first_asserted) AS first_asserted, toString(r.last_asserted) AS last_asserted, evidence

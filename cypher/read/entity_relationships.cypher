// An entity's relationships, each with the other end and its best evidence sentences.
MATCH (e:Entity {id: $id})-[r]-(o:Entity)
WHERE $types IS NULL OR type(r) IN $types
WITH e, r, o, startNode(r) = e AS outgoing
ORDER BY type(r), o.id, r.key
LIMIT $limit
CALL (r) {
  MATCH (ev:Evidence {rel_key: r.key})-[:FROM]->(a:Article)
  WITH ev, a ORDER BY ev.confidence DESC, a.id, ev.start
  RETURN collect({article_id: a.id, title: a.title, url: a.url, published: a.published,
                  sentence: ev.sentence, start: ev.start, end: ev.end,
                  confidence: ev.confidence, pattern: ev.pattern})[..$evidence_limit] AS evidence
}
RETURN type(r) AS type, outgoing, o.id AS other_id, o.name AS other_name,
       o.type AS other_type,
       r.confidence AS confidence, r.date AS date, r.title AS title, r.vote_share AS vote_share,
       r.support AS support, evidence

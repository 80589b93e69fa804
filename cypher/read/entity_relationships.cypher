// An entity's relationships in a stable order (type, other end's id, key), one page after the
// previous page's last [type, other id, key], each with its best evidence sentences.
// Dates: a relationship matches [$since, $until] when one of its event dates does, or, for one
// without any, one of the publication dates of the articles asserting it. "As of" a day: some
// article published on or before it asserted the relationship (and an event's date is not later).
// Dates leave as ISO strings: the driver then builds no temporal objects on this hot path.
MATCH (e:Entity {id: $id})-[r:$any($types)]-(o:Entity)
WHERE ($direction = 'both' OR type(r) IN $symmetric OR ($direction = 'out') = (startNode(r) = e))
  AND ($other_type IS NULL OR $other_type IN labels(o))
  AND ($min_confidence IS NULL OR r.confidence >= $min_confidence)
  AND (($since IS NULL AND $until IS NULL)
       OR any(d IN CASE WHEN size(coalesce(r.dates, [])) > 0 THEN r.dates ELSE coalesce(r.asserted, []) END
              WHERE ($since IS NULL OR d >= $since) AND ($until IS NULL OR d <= $until)))
  AND ($as_of IS NULL
       OR (r.first_asserted <= $as_of AND (r.date IS NULL OR NOT type(r) IN $event_types OR r.date <= $as_of)))
  AND ($after IS NULL OR [type(r), o.id, r.key] > $after)
WITH e, r, o
ORDER BY type(r), o.id, r.key
LIMIT $limit
CALL (r) {
  OPTIONAL MATCH (ev:Evidence {rel_key: r.key})-[:FROM]->(a:Article)
  WHERE $as_of IS NULL OR ev.published <= $as_of
  WITH ev, a ORDER BY ev.confidence DESC, a.id, ev.start
  LIMIT $evidence_limit
  RETURN collect({article_id: a.id, title: a.title, url: a.url, published: toString(a.published),
                  sentence: ev.sentence, start: ev.start, end: ev.end,
                  confidence: ev.confidence, pattern: ev.pattern}) AS evidence
}
RETURN type(r) AS type, r.key AS key,
       CASE WHEN type(r) IN $symmetric THEN 'both' WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       o.id AS other_id, o.name AS other_name, o.type AS other_type,
       r.confidence AS confidence, r.support AS support, toString(r.date) AS date,
       [d IN r.dates | toString(d)] AS dates, r.title AS title, r.vote_share AS vote_share, r.election AS election, toString(r.first_asserted) AS first_asserted,
       toString(r.last_asserted) AS last_asserted, evidence

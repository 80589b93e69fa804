// An entity's relationships in a stable order (type, other end's id, key), one page after the
// previous page's last [type, other id, key], each with its best evidence sentences.
// Dates: a relationship matches [$since, $until] when one of its event dates does, or, for one
// without any, one of the publication dates of the articles asserting it. "As of" a day: some
// article published on or before it asserted the relationship (and an event's date is not later).
// Every parameter always has a value of the same type (no nulls for "no filter": 'Entity', -1.0,
// the widest dates and a flag), so Neo4j plans this once; dates leave as ISO strings.
MATCH (e:Entity {id: $id})-[r:$any($types)]-(o:Entity)
WHERE CASE $direction WHEN 'both' THEN true
        ELSE type(r) IN $symmetric OR ($direction = 'out') = (startNode(r) = e) END
  AND $other_type IN labels(o)
  AND r.confidence >= $min_confidence
  AND CASE WHEN $dated
           THEN any(d IN CASE WHEN size(coalesce(r.dates, [])) > 0 THEN r.dates ELSE coalesce(r.asserted, []) END
                    WHERE $since <= d <= $until)
           ELSE true END
  AND CASE WHEN $as_of_given
           THEN r.first_asserted <= $as_of AND (r.date IS NULL OR NOT type(r) IN $event_types OR r.date <= $as_of)
           ELSE true END
  AND [type(r), o.id, r.key] > $after
WITH e, r, o
ORDER BY type(r), o.id, r.key
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
       CASE WHEN type(r) IN $symmetric THEN 'both' WHEN startNode(r) = e THEN 'out' ELSE 'in' END AS direction,
       o.id AS other_id, o.name AS other_name, o.type AS other_type,
       r.confidence AS confidence, r.support AS support, toString(r.date) AS date,
       [d IN r.dates | toString(d)] AS dates, r.title AS title, r.vote_share AS vote_share, r.election AS election,
       toString(r.first_asserted) AS first_asserted, toString(r.last_asserted) AS last_asserted, evidence

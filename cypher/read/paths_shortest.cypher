// The shortest paths between two entities over the contract's relationships (never through
// articles), at most 4 hops (the API's cap; $max_hops lowers it), ordered by their relationship
// keys; one page after $after. Each hop: its ends in walking order, the stored direction, evidence.
MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
MATCH p = allShortestPaths((a)-[:HEADS|HOLDS_POSITION|MEMBER_OF|REPRESENTS|NOMINATED|APPROVED_CANDIDACY|REJECTED_CANDIDACY|CANDIDATE_IN|CALLED_ELECTION|WON|OBSERVES|VISITS|MET_WITH*..4]-(b))
WITH p, [r IN relationships(p) | r.key] AS keys
WHERE length(p) <= $max_hops AND ($after IS NULL OR keys > $after)
WITH p, keys
ORDER BY keys
LIMIT $limit
CALL (p) {
  UNWIND range(0, length(p) - 1) AS i
  WITH i, relationships(p)[i] AS r, nodes(p)[i] AS x, nodes(p)[i + 1] AS y
  CALL (r) {
    OPTIONAL MATCH (ev:Evidence {rel_key: r.key})-[:FROM]->(art:Article)
    WITH ev, art ORDER BY ev.confidence DESC, art.id, ev.start
    LIMIT $evidence_limit
    RETURN collect({article_id: art.id, title: art.title, url: art.url, published: toString(art.published),
                    sentence: ev.sentence, start: ev.start, end: ev.end,
                    confidence: ev.confidence, pattern: ev.pattern}) AS evidence
  }
  WITH i, r, x, y, evidence
  ORDER BY i
  RETURN collect({type: type(r), key: r.key,
                  from: {id: x.id, name: x.name, type: x.type}, to: {id: y.id, name: y.name, type: y.type},
                  forward: startNode(r) = x, confidence: r.confidence, support: r.support, date: toString(r.date),
                  dates: [d IN r.dates | toString(d)], first_asserted: toString(r.first_asserted),
                  last_asserted: toString(r.last_asserted),
                  title: r.title, vote_share: r.vote_share, election: r.election, evidence: evidence}) AS hops
}
RETURN keys, hops

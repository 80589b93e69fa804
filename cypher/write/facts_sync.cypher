// Everything the article says now, written after its identity keys were resolved (graph/store.py):
// 1. every entity the write touches, sorted by id: new ones created (CREATE, so that two
//    writers never share a new id: the second fails on the constraint and runs again), the
//    others locked with a no-op SET - nodes before relationships;
// 2. (:Article)-[:MENTIONS]->(:Entity) with the name, surface forms, identity keys and
//    properties (`p_*`) this article gives each entity; mentions it no longer makes go;
// 3. its relationships (one per type, source, target) and its evidence: one node per supporting
//    sentence, with offsets, confidence, pattern and the facts it gives; evidence it no longer
//    gives goes, and the relationships that evidence supported are returned for the refresh.
//    A relationship is looked for among its source's own (a list comprehension) and created
//    when missing: both ends are locked above, so no other writer can add it meanwhile. (MERGE
//    with a dynamic type is planned, on a small graph, as a scan of every relationship, and
//    the plan is kept as the graph grows.)
// Timestamps move only when the article's content does, so the same article again changes nothing.
CALL () {
  UNWIND $entities AS row
  CALL (row) {
    WITH row WHERE row.new
    CREATE (e:Entity {id: row.id})
    SET e:$(row.type), e.type = row.type, e.name = row.name, e.aliases = [],
        e.first_seen = datetime(), e.last_seen = datetime()
    RETURN e
  UNION
    WITH row WHERE NOT row.new
    MATCH (e:Entity {id: row.id})
    SET e.id = e.id
    RETURN e
  }
  RETURN collect(e.id) AS locked
}
MATCH (a:Article {id: $article_id})
CALL (a) {
  UNWIND $mentions AS row
  MATCH (e:Entity {id: row.entity_id})
  MERGE (a)-[m:MENTIONS]->(e)
  WITH m, row, m.first_seen AS first, m.seen_at AS seen, m.fingerprint AS fp
  SET m = row.props
  SET m.first_seen = coalesce(first, datetime()),
      m.seen_at = CASE WHEN fp = $fingerprint THEN seen ELSE datetime() END,
      m.fingerprint = $fingerprint
}
CALL (a) {
  // filtered after the list comprehension: `NOT e.id IN ...` in a pattern allows a plan that
  // scans every entity id, which a planner estimating from a stale index sample may pick
  UNWIND [(a)-[m:MENTIONS]->(e:Entity) | {m: m, id: e.id}] AS held
  WITH held WHERE NOT held.id IN $mentioned
  WITH held.m AS m
  DELETE m
}
CALL (a) {
  UNWIND $relationships AS row
  MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
  WITH s, t, row, [(s)-[x]->(o) WHERE o = t AND x.key = row.key AND type(x) = row.type | x] AS found
  WITH s, t, row WHERE size(found) = 0
  CREATE (s)-[r:$(row.type) {key: row.key}]->(t)
  SET r.first_seen = datetime(), r.last_seen = datetime()
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
RETURN locked, stale

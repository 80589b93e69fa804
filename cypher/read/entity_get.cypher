// One entity with its type labels, how many articles mention it, how many relationships it has
// and in how many evidence sentences it takes part in one.
MATCH (e:Entity {id: $id})
CALL (e) {
  OPTIONAL MATCH (e)-[r]-(:Entity)
  WITH count(r) AS relationship_count, collect(r.key) AS keys
  CALL (keys) {
    UNWIND keys AS key
    MATCH (ev:Evidence {rel_key: key})
    RETURN count(ev) AS evidence_count
  }
  RETURN relationship_count, evidence_count
}
RETURN e {.*} AS entity,
       [l IN labels(e) WHERE l <> 'Entity'] AS labels,
       COUNT { (:Article)-[:MENTIONS]->(e) } AS article_count,
       relationship_count, evidence_count

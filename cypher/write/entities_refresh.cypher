// Recompute each entity from the articles that mention it, or delete it when none does: its
// identity keys, name (people and organizations: the fullest; others: the commonest), aliases
// (every other surface form), properties (`p_*` of the mentions, the commonest value each; a
// property no mention gives any more goes), the PoliticalParty label, article count, and when
// it was first and last seen. So an entity is exactly what its articles say of it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
WITH e, collect(m) AS ms
CALL (e, ms) {
  WITH e, ms WHERE size(ms) = 0
  DETACH DELETE e
}
CALL (e, ms) {
  WITH e, ms WHERE size(ms) > 0
  WITH e, ms, reduce(acc = [], m IN ms | acc + [k IN m.keys WHERE NOT k IN acc]) AS want
  CALL (e, want) {
    MATCH (k:IdentityKey)-[i:IDENTIFIES]->(e)
    WHERE NOT k.key IN want
    DELETE i
  }
  CALL (e, want) {
    UNWIND want AS key
    MATCH (k:IdentityKey {key: key})
    MERGE (k)-[:IDENTIFIES]->(e)
  }
  CALL (e, ms) {
    UNWIND ms AS m
    WITH e, m.name AS name, count(*) AS n
    WITH name, CASE WHEN e.type IN ['Person', 'Organization'] THEN [size(name), n] ELSE [n, size(name)] END AS rank
    ORDER BY rank[0] DESC, rank[1] DESC, name
    RETURN collect(name)[0] AS name
  }
  CALL (ms, name) {
    UNWIND ms AS m
    UNWIND m.surface_forms AS form
    WITH DISTINCT form, name WHERE form <> name
    ORDER BY form
    RETURN collect(form) AS aliases
  }
  CALL (ms) {
    UNWIND ms AS m
    UNWIND [k IN keys(m) WHERE k STARTS WITH 'p_'] AS k
    WITH substring(k, 2) AS prop, m[k] AS value, count(*) AS n
    ORDER BY prop, n DESC, toString(value)
    WITH prop, collect(value)[0] AS value
    RETURN collect(prop) AS props, collect(value) AS values
  }
  FOREACH (p IN [x IN coalesce(e.derived, []) WHERE NOT x IN props] | SET e[p] = null)
  FOREACH (i IN range(0, size(props) - 1) | SET e[props[i]] = values[i])
  FOREACH (_ IN CASE WHEN any(m IN ms WHERE m.party) THEN [1] ELSE [] END | SET e:PoliticalParty)
  FOREACH (_ IN CASE WHEN any(m IN ms WHERE m.party) THEN [] ELSE [1] END | REMOVE e:PoliticalParty)
  SET e.name = name,
      e.aliases = aliases,
      e.derived = props,
      e.article_count = size(ms),
      e.first_seen = reduce(t = null, m IN ms | CASE WHEN t IS NULL OR m.first_seen < t THEN m.first_seen ELSE t END),
      e.last_seen = reduce(t = null, m IN ms | CASE WHEN t IS NULL OR m.seen_at > t THEN m.seen_at ELSE t END)
}
RETURN count(*) AS refreshed

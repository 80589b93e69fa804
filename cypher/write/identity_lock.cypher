// Identity keys (graph/identity.py), sorted: lock each one (the no-op SET), then read who holds
// it. Two writers that share a key take turns, so the second sees the node the first made.
// Also the stored ids that start like the ids new nodes would get, to pick free ones.
UNWIND $keys AS key
MERGE (k:IdentityKey {key: key})
SET k.key = key
WITH k
ORDER BY k.key
WITH collect({key: k.key, holders: [(k)-[:IDENTIFIES]->(e:Entity) | {
        id: e.id, type: e.type,
        weak_only: NOT EXISTS { MATCH (s:IdentityKey)-[:IDENTIFIES]->(e) WHERE s.key STARTS WITH 's|' }
     }]}) AS keys
CALL () {
  UNWIND $prefixes AS prefix
  MATCH (e:Entity) WHERE e.id STARTS WITH prefix
  RETURN collect(DISTINCT e.id) AS taken
}
RETURN keys, taken

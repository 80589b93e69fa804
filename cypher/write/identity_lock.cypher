// Identity keys (graph/identity.py), sorted: lock each one (the no-op SET), then read who holds
// it. Two writers that share a key take turns, so the second sees the node the first made.
// Also the stored ids that start like the ids new nodes would get, to pick free ones.
// A holder's own keys are read from the holder (a list comprehension): a predicate on s.key in
// a pattern lets the planner, while the graph is small, seek every strong key and expand into
// the holder, a plan that it keeps as the graph grows.
UNWIND $keys AS key
MERGE (k:IdentityKey {key: key})
SET k.key = key
WITH k
ORDER BY k.key
WITH collect({key: k.key, holders: [(k)-[:IDENTIFIES]->(e:Entity) | {
        id: e.id, type: e.type,
        weak_only: none(held IN [(e)<-[:IDENTIFIES]-(s:IdentityKey) | s.key] WHERE held STARTS WITH 's|')
     }]}) AS keys
CALL () {
  UNWIND $prefixes AS prefix
  MATCH (e:Entity) WHERE e.id STARTS WITH prefix
  RETURN collect(DISTINCT e.id) AS taken
}
RETURN keys, taken

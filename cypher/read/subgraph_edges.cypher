// The relationships among a set of entities, in a stable order.
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:$any($types)]->(b:Entity)
WHERE b.id IN $ids
WITH a, r, b
ORDER BY type(r), a.id, b.id
LIMIT $limit
RETURN r.key AS key, type(r) AS type, a.id AS source, b.id AS target, r.confidence AS confidence,
       r.support AS support, r.date AS date, r.title AS title

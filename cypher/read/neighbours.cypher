// One ring of a neighbourhood: the entities next to $frontier that are not taken yet, strongest
// link first, then by id.
UNWIND $frontier AS fid
MATCH (:Entity {id: fid})-[r:$any($types)]-(o:Entity)
WHERE NOT o.id IN $seen
WITH o, max(r.confidence) AS strength
ORDER BY strength DESC, o.id
LIMIT $limit
RETURN o.id AS id, o.name AS name, o.type AS type, [l IN labels(o) WHERE l <> 'Entity'] AS labels

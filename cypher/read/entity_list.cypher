// Entities in id order (read from the entity_id index), optionally of one type; one page after $after.
MATCH (e:Entity)
WHERE e.id > coalesce($after, '') AND ($type IS NULL OR $type IN labels(e))
RETURN e.id AS id, e.name AS name, e.aliases AS aliases, e.type AS type,
       [l IN labels(e) WHERE l <> 'Entity'] AS labels, null AS score
ORDER BY e.id
LIMIT $limit

// Full-text search over entity names and aliases, best match first.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE $type IS NULL OR $type IN labels(node)
RETURN node.id AS id, node.name AS name, node.aliases AS aliases,
       [l IN labels(node) WHERE l <> 'Entity'] AS labels, score
ORDER BY score DESC, id
LIMIT $limit

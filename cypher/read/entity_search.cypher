// Full-text search over entity names and aliases, best match first, then by id; one page after
// the previous page's last (score, id), optionally of one type.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE ($type IS NULL OR $type IN labels(node))
  AND ($after_id IS NULL OR score < $after_score OR (score = $after_score AND node.id > $after_id))
RETURN node.id AS id, node.name AS name, node.aliases AS aliases, node.type AS type,
       [l IN labels(node) WHERE l <> 'Entity'] AS labels, score
ORDER BY score DESC, id
LIMIT $limit

// What the graph holds: entities, relationships and articles, counted by type
CALL () {
  MATCH (e:Entity) RETURN 'entity' AS kind, e.type AS type, count(*) AS count
  UNION ALL
  MATCH (:Entity)-[r]->(:Entity) RETURN 'relationship' AS kind, type(r) AS type, count(*) AS count
  UNION ALL
  MATCH (:Article) RETURN 'article' AS kind, 'Article' AS type, count(*) AS count
}
RETURN kind, type, count
ORDER BY kind, count DESC, type

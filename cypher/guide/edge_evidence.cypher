// The evidence behind an edge ($source, $target: names): every supporting sentence, its article and offsets
MATCH (s:Entity {name: $source})-[r]->(t:Entity {name: $target})
MATCH (ev:Evidence {rel_key: r.key})-[:FROM]->(a:Article)
RETURN type(r) AS relationship, r.confidence AS confidence, a.id AS article, a.published AS published,
       ev.sentence AS sentence, ev.start AS start, ev.end AS end, ev.pattern AS pattern
ORDER BY relationship, published DESC, article, start

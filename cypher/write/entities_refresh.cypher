// Aliases are every surface form any mentioning article used; counts follow the mentions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(e)
WITH e, collect(m.surface_forms) AS forms, count(a) AS articles
SET e.aliases = reduce(acc = [], xs IN forms | acc + [x IN xs WHERE NOT x IN acc AND x <> e.name]),
    e.article_count = articles

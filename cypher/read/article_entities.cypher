// The entities one article mentions, with the surface forms that article used.
MATCH (:Article {id: $article_id})-[m:MENTIONS]->(e:Entity)
RETURN e.id AS id, e.type AS type, e.name AS name,
       [f IN coalesce(m.surface_forms, []) WHERE f <> e.name] AS aliases, properties(e) AS props
ORDER BY e.id

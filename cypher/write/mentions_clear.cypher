// Forget which entities an article mentioned; returns them so that orphans can be pruned.
MATCH (:Article {id: $article_id})-[m:MENTIONS]->(e:Entity)
WITH m, e.id AS id
DELETE m
RETURN id

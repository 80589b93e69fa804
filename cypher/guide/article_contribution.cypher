// What one article ($article: its id) contributed: the entities it mentions and the relationships it supports
MATCH (a:Article {id: $article})-[m:MENTIONS]->(e:Entity)
OPTIONAL MATCH (e)-[r]->(o:Entity)
WHERE $article IN r.articles
RETURN a, m, e, r, o

// Every entity and how the entities are related (articles, evidence and the queue left out)
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a, r, b
LIMIT 300

// One relationship per (type, source, target); its facts are refreshed from its evidence.
UNWIND $rows AS row
MATCH (s:Entity {id: row.source}), (t:Entity {id: row.target})
MERGE (s)-[r:$(row.type) {key: row.key}]->(t)
ON CREATE SET r.first_seen = datetime()
SET r.last_seen = datetime()

// An entity that no article mentions any more goes, with whatever still hangs on it.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { MATCH (:Article)-[:MENTIONS]->(e) }
DETACH DELETE e

// (:Article)-[:MENTIONS]->(:Entity), with the surface forms this article used.
MATCH (a:Article {id: $article_id})
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity_id})
MERGE (a)-[m:MENTIONS]->(e)
SET m.surface_forms = row.forms

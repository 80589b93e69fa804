// One entity with its type labels and how many articles mention it.
MATCH (e:Entity {id: $id})
RETURN e {.*} AS entity,
       [l IN labels(e) WHERE l <> 'Entity'] AS labels,
       COUNT { (:Article)-[:MENTIONS]->(e) } AS article_count

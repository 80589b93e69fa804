// The articles in the graph, newest first, with the entities and evidence each one contributed
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.outlet AS outlet, a.published AS published,
       COUNT { (a)-[:MENTIONS]->() } AS entities, COUNT { (:Evidence)-[:FROM]->(a) } AS evidence
ORDER BY published DESC, id
LIMIT 100

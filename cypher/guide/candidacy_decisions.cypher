// Which commission approved or refused whose candidacy, and who chairs the commission
MATCH (o:Organization)-[r:APPROVED_CANDIDACY|REJECTED_CANDIDACY]->(p:Person)
OPTIONAL MATCH (chair:Person)-[h:HEADS|HOLDS_POSITION]->(o)
RETURN o, r, p, h, chair

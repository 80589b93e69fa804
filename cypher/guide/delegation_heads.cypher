// Who heads which delegation, and whom the delegation represents, visits, observes or meets
MATCH (p:Person)-[h:HEADS]->(d:Delegation)
OPTIONAL MATCH (d)-[r:REPRESENTS|VISITS|OBSERVES|MET_WITH]-(x:Entity)
RETURN p, h, d, r, x

// Who nominated whom, and the elections the nominees run in
MATCH (n:Entity)-[r:NOMINATED]->(p:Person)
OPTIONAL MATCH (p)-[c:CANDIDATE_IN]->(e:Election)
RETURN n, r, p, c, e

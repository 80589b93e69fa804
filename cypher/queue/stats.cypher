// Queue depth by state.
MATCH (j:IngestJob)
RETURN j.status AS status, count(*) AS count

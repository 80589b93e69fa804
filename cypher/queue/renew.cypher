// Extend the leases a live worker still holds.
UNWIND $rows AS row
MATCH (j:IngestJob {article_id: row.article_id})
WHERE j.lease_token = row.token AND j.status = 'processing'
SET j.lease_expires = timestamp() + $lease_ms
RETURN j.article_id AS article_id

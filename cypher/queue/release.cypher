// Give claimed articles back untouched (a worker told to stop); the attempt does not count.
UNWIND $rows AS row
MATCH (j:IngestJob {article_id: row.article_id})
WHERE j.lease_token = row.token AND j.status = 'processing'
SET j.status = 'queued', j.attempts = j.attempts - 1, j.updated_at = timestamp(),
    j.lease_token = null, j.lease_owner = null, j.lease_expires = null
RETURN j.article_id AS article_id

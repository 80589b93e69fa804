// Give claimed articles back untouched (a worker told to stop); the attempt does not count.
// Each job is locked first and read afresh, so a lease taken over meanwhile is left alone.
UNWIND $rows AS row
MATCH (j:IngestJob {article_id: row.article_id})
SET j.article_id = j.article_id
WITH j, row
CALL (j, row) {
  MATCH (k:IngestJob {article_id: j.article_id})
  WHERE k.lease_token = row.token AND k.status = 'processing'
  SET k.status = 'queued', k.attempts = k.attempts - 1, k.updated_at = timestamp(),
      k.lease_token = null, k.lease_owner = null, k.lease_expires = null
  RETURN k
}
RETURN k.article_id AS article_id

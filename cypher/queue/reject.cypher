// Record an input that could not even become an article (broken JSON, wrong encoding, empty,
// too big, HTML, not English), so that its error is kept and visible like any other failure.
// Its payload is dropped: there is nothing to retry until a good version is sent.
UNWIND $rows AS row
MERGE (j:IngestJob {article_id: row.id})
ON CREATE SET j.created_at = timestamp()
SET j.status = 'failed', j.error = row.error, j.attempts = coalesce(j.attempts, 0),
    j.payload = null, j.fingerprint = null,
    j.lease_token = null, j.lease_owner = null, j.lease_expires = null,
    j.enqueued_at = coalesce(j.enqueued_at, timestamp()), j.updated_at = timestamp()
RETURN j.article_id AS article_id, j.status AS status

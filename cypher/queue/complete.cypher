// First statement of an article's write transaction: mark it done if this worker still holds
// its lease on the same content. No row back means the lease was lost: roll everything back.
MATCH (j:IngestJob {article_id: $article_id})
WHERE j.lease_token = $token AND j.fingerprint = $fingerprint AND j.status = 'processing'
SET j.status = 'done', j.done_at = timestamp(), j.updated_at = timestamp(), j.error = null,
    j.lease_token = null, j.lease_owner = null, j.lease_expires = null
RETURN j.article_id AS article_id

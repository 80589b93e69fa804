// Record an error. A permanent one (bad input) fails the article at once; otherwise it is
// queued again until it has failed $max_attempts times.
MATCH (j:IngestJob {article_id: $article_id})
WHERE j.lease_token = $token
SET j.error = $error,
    j.updated_at = timestamp(),
    j.lease_token = null, j.lease_owner = null, j.lease_expires = null,
    j.status = CASE WHEN $permanent OR j.attempts >= $max_attempts THEN 'failed' ELSE 'queued' END
RETURN j.status AS status

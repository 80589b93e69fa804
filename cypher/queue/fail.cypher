// Record an error, if this worker still holds the lease (locked first, then read afresh). A
// permanent one (bad input) fails the article at once; otherwise it is queued again until it
// has failed $max_attempts times. The error is kept either way.
MATCH (j:IngestJob {article_id: $article_id})
SET j.article_id = j.article_id
WITH j
CALL (j) {
  MATCH (k:IngestJob {article_id: j.article_id})
  WHERE k.lease_token = $token
  SET k.error = $error,
      k.updated_at = timestamp(),
      k.lease_token = null, k.lease_owner = null, k.lease_expires = null,
      k.status = CASE WHEN $permanent OR k.attempts >= $max_attempts THEN 'failed' ELSE 'queued' END
  RETURN k
}
RETURN k.status AS status

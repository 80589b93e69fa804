// First statement of an article's write transaction: mark it done if this worker still holds
// its lease on the same content. The no-op SET takes the job's lock first and the subquery
// reads it afresh, so a claim or a new version committed meanwhile is seen. No row back means
// the lease was lost: the transaction is rolled back and nothing is written.
MATCH (j:IngestJob {article_id: $article_id})
SET j.article_id = j.article_id
WITH j
CALL (j) {
  MATCH (k:IngestJob {article_id: j.article_id})
  WHERE k.lease_token = $token AND k.fingerprint = $fingerprint AND k.status = 'processing'
  SET k.status = 'done', k.done_at = timestamp(), k.updated_at = timestamp(), k.error = null,
      k.lease_token = null, k.lease_owner = null, k.lease_expires = null
  RETURN k
}
RETURN k.article_id AS article_id

// Claim up to $limit articles for one worker with a lease. Setting a property first takes the
// write lock; the second WHERE then sees the latest committed state, so two workers never
// claim the same article. A lease that expired (a dead worker) makes the article claimable.
MATCH (j:IngestJob)
WHERE j.status = 'queued' OR (j.status = 'processing' AND j.lease_expires < timestamp())
WITH j ORDER BY j.enqueued_at, j.article_id LIMIT $limit
SET j.claim_probe = timestamp()
WITH j
WHERE j.status = 'queued' OR (j.status = 'processing' AND j.lease_expires < timestamp())
SET j.status = 'processing',
    j.lease_owner = $worker,
    j.lease_token = randomUUID(),
    j.lease_expires = timestamp() + $lease_ms,
    j.attempts = coalesce(j.attempts, 0) + 1,
    j.updated_at = timestamp()
RETURN j.article_id AS article_id, j.payload AS payload, j.fingerprint AS fingerprint,
       j.lease_token AS token, j.attempts AS attempts

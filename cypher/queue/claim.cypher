// Claim up to $limit articles for one worker with a lease: queued ones, oldest first, and ones
// whose lease ran out (their worker died, or lost Neo4j for longer than the lease) - never one
// this worker still has in hand ($held): it still means to write it. (One of its own that it no
// longer has, say from a claim whose answer was lost when Neo4j went away, it takes back.)
// The no-op SET takes each job's write lock; the subquery then reads the job afresh, so of two
// workers racing for a job only the first gets it. A job whose lease ran out $max_attempts times (it may be what kills its
// workers) fails instead.
// Candidates are drawn at random from the oldest few, so that workers claiming at the same
// moment seldom wait for each other's locks only to find the jobs taken.
// (`enqueued_at IS NOT NULL` holds for every queued or processing job; it lets the planner seek
// the (status, enqueued_at) index instead of reading every job ever queued, done ones included.)
CALL () {
  MATCH (j:IngestJob {status: 'queued'}) WHERE j.enqueued_at IS NOT NULL
  RETURN j ORDER BY j.enqueued_at, j.article_id LIMIT $limit * 4
  UNION
  MATCH (j:IngestJob {status: 'processing'})
  WHERE j.enqueued_at IS NOT NULL AND j.lease_expires < timestamp()
    AND (j.lease_owner <> $worker OR NOT j.article_id IN $held)
  RETURN j ORDER BY j.lease_expires LIMIT $limit
}
WITH j ORDER BY j.enqueued_at, rand() LIMIT $limit
WITH j ORDER BY j.article_id
SET j.article_id = j.article_id
WITH j
CALL (j) {
  MATCH (k:IngestJob {article_id: j.article_id})
  WHERE k.status = 'queued'
     OR (k.status = 'processing' AND k.lease_expires < timestamp()
         AND (k.lease_owner <> $worker OR NOT k.article_id IN $held))
  RETURN k, k.status = 'processing' AND coalesce(k.attempts, 0) >= $max_attempts AS dead
}
CALL (k, dead) {
  WITH k, dead WHERE dead
  SET k.status = 'failed', k.updated_at = timestamp(),
      k.error = 'its worker stopped before finishing it ' + toString(k.attempts) + ' times (lease expired)',
      k.lease_token = null, k.lease_owner = null, k.lease_expires = null
}
CALL (k, dead) {
  WITH k, dead WHERE NOT dead
  SET k.status = 'processing',
      k.lease_owner = $worker,
      k.lease_token = randomUUID(),
      k.lease_expires = timestamp() + $lease_ms,
      k.attempts = coalesce(k.attempts, 0) + 1,
      k.updated_at = timestamp()
}
WITH k, dead WHERE NOT dead
RETURN k.article_id AS article_id, k.payload AS payload, k.fingerprint AS fingerprint,
       k.lease_token AS token, k.attempts AS attempts
ORDER BY k.enqueued_at, k.article_id

// Queue failed articles again: the ones named, or every failed one when $ids is null. Inputs
// that never became articles (no payload) cannot be retried; send a good version instead.
MATCH (j:IngestJob {status: 'failed'})
WHERE ($ids IS NULL OR j.article_id IN $ids) AND j.payload IS NOT NULL
SET j.status = 'queued', j.attempts = 0, j.last_error = j.error, j.error = null,
    j.enqueued_at = timestamp(), j.updated_at = timestamp()
RETURN j.article_id AS article_id

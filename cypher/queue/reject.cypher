// Record an input that could not even become an article (broken JSON, wrong encoding), so
// that its error is kept and visible like any other failure.
UNWIND $rows AS row
MERGE (j:IngestJob {article_id: row.id})
ON CREATE SET j.created_at = timestamp()
SET j.status = 'failed', j.error = row.error, j.attempts = coalesce(j.attempts, 0),
    j.enqueued_at = coalesce(j.enqueued_at, timestamp()), j.updated_at = timestamp()
RETURN j.article_id AS article_id, j.status AS status

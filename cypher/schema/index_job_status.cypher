CREATE INDEX ingest_job_status IF NOT EXISTS FOR (n:IngestJob) ON (n.status, n.enqueued_at)

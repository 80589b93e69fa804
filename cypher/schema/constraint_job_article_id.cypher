CREATE CONSTRAINT ingest_job_article_id IF NOT EXISTS FOR (n:IngestJob) REQUIRE n.article_id IS UNIQUE

// Put articles on the queue. An article already done or waiting with the same content is left
// alone ("unchanged"); new content, or a failed article sent again, is queued afresh.
UNWIND $rows AS row
MERGE (j:IngestJob {article_id: row.id})
ON CREATE SET j.status = 'new', j.created_at = timestamp()
WITH j, row, j.fingerprint = row.fingerprint AS same, j.status AS was
WITH j, row, was,
     same AND was = 'done' AS unchanged,
     same AND was IN ['queued', 'processing'] AS pending
SET j += CASE WHEN unchanged OR pending THEN {} ELSE {
      status: 'queued', payload: row.payload, fingerprint: row.fingerprint, attempts: 0,
      error: null, enqueued_at: timestamp(), updated_at: timestamp(),
      lease_token: null, lease_owner: null, lease_expires: null
    } END
RETURN row.id AS article_id,
       CASE WHEN unchanged THEN 'unchanged' WHEN pending THEN was ELSE 'queued' END AS status

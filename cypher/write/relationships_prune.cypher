// A relationship that no evidence supports any more goes.
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {key: row.key}]->(:Entity {id: row.target})
WHERE NOT EXISTS { MATCH (ev:Evidence {rel_key: row.key}) }
DELETE r

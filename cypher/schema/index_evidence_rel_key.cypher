CREATE INDEX evidence_rel_key IF NOT EXISTS FOR (n:Evidence) ON (n.rel_key)

// What one article said: its evidence grouped by relationship, with that article's own facts.
MATCH (ev:Evidence {article_id: $article_id})
WITH ev ORDER BY ev.rel_key, ev.start
WITH ev.rel_key AS key, collect(ev) AS evs
WITH key, evs, evs[0] AS first
RETURN first.type AS type, first.source AS source, first.target AS target,
       reduce(m = 0.0, ev IN evs | CASE WHEN ev.confidence > m THEN ev.confidence ELSE m END) AS confidence,
       head([ev IN evs WHERE ev.date IS NOT NULL | ev.date]) AS date,
       head([ev IN evs WHERE ev.title IS NOT NULL | ev.title]) AS title,
       head([ev IN evs WHERE ev.vote_share IS NOT NULL | ev.vote_share]) AS vote_share,
       head([ev IN evs WHERE ev.election IS NOT NULL | ev.election]) AS election,
       [ev IN evs | {sentence: ev.sentence, start: ev.start, end: ev.end, pattern: ev.pattern}] AS evidence
ORDER BY type, source, target

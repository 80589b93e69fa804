// Recompute each relationship from all of its evidence, or delete it when none is left:
// supporting articles, combined confidence (noisy-or over articles of each article's best
// evidence), best sentence, patterns, title, event date, the publication dates of the articles
// that asserted it (what a state held as of a date rests on), and when it was first and last seen.
UNWIND $rows AS row
MATCH (:Entity {id: row.source})-[r {key: row.key}]->(:Entity {id: row.target})
OPTIONAL MATCH (ev:Evidence {rel_key: row.key})
WITH r, ev ORDER BY ev.confidence DESC, ev.article_id, ev.start
WITH r, collect(ev) AS evs
CALL (r, evs) {
  WITH r, evs WHERE size(evs) = 0
  DELETE r
}
CALL (r, evs) {
  WITH r, evs WHERE size(evs) > 0
  WITH r, evs,
       reduce(acc = [], ev IN evs | CASE WHEN ev.article_id IN acc THEN acc ELSE acc + ev.article_id END) AS articles
  CALL (evs) {
    UNWIND evs AS ev
    WITH DISTINCT ev.published AS published WHERE published IS NOT NULL
    WITH published ORDER BY published
    RETURN collect(published) AS asserted
  }
  CALL (evs) {
    UNWIND evs AS ev
    WITH ev.date AS day, count(*) AS n WHERE day IS NOT NULL
    WITH day, n ORDER BY n DESC, day
    RETURN collect(day) AS days
  }
  CALL (evs) {
    UNWIND evs AS ev
    WITH DISTINCT ev.pattern AS pattern WHERE pattern IS NOT NULL
    WITH pattern ORDER BY pattern
    RETURN collect(pattern) AS patterns
  }
  SET r.articles = articles,
      r.support = size(articles),
      r.evidence_count = size(evs),
      r.confidence = 1.0 - reduce(q = 1.0, a IN articles |
          q * (1.0 - head([ev IN evs WHERE ev.article_id = a | ev.confidence]))),
      r.sentence = evs[0].sentence,
      r.article_id = evs[0].article_id,
      r.patterns = patterns,
      r.title = head([ev IN evs WHERE ev.title IS NOT NULL | ev.title]),
      r.vote_share = head([ev IN evs WHERE ev.vote_share IS NOT NULL | ev.vote_share]),
      r.election = head([ev IN evs WHERE ev.election IS NOT NULL | ev.election]),
      r.date = CASE WHEN size(days) = 0 THEN null ELSE date(days[0]) END,
      r.dates = [d IN days | date(d)],
      r.asserted = asserted,
      r.first_asserted = head(asserted),
      r.last_asserted = last(asserted),
      r.first_seen = reduce(t = null, ev IN evs | CASE WHEN t IS NULL OR ev.first_seen < t THEN ev.first_seen ELSE t END),
      r.last_seen = reduce(t = null, ev IN evs | CASE WHEN t IS NULL OR ev.seen_at > t THEN ev.seen_at ELSE t END)
}
RETURN count(r) AS refreshed

// Recompute every relationship and entity the write touched from what supports it now, or
// delete it when nothing does.
// Relationships, from all of their evidence: supporting articles, combined confidence (noisy-or
// over articles of each article's best evidence), best sentence, patterns, title, event date,
// the publication dates of the articles that asserted it (what a state held as of a date rests
// on), and when it was first and last seen.
// Entities, from the articles that mention them: identity keys, name (people and organizations:
// the fullest; others: the commonest), aliases (every other surface form), properties (`p_*` of
// the mentions, the commonest value each; one no mention gives any more goes), the
// PoliticalParty label, article count, first and last seen. An entity is what its articles say.
CALL () {
  UNWIND $relationships AS row
  MATCH (:Entity {id: row.source})-[r {key: row.key}]->(:Entity {id: row.target})
  OPTIONAL MATCH (ev:Evidence {rel_key: row.key})
  WITH r, ev ORDER BY ev.confidence DESC, ev.article_id, ev.start
  WITH r, collect(properties(ev)) AS evs
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
}
CALL () {
  UNWIND $entity_ids AS id
  MATCH (e:Entity {id: id})
  OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
  WITH e, collect(properties(m)) AS ms
  CALL (e, ms) {
    WITH e, ms WHERE size(ms) = 0
    DETACH DELETE e
  }
  CALL (e, ms) {
    WITH e, ms WHERE size(ms) > 0
    WITH e, ms, reduce(acc = [], m IN ms | acc + [k IN m.keys WHERE NOT k IN acc]) AS want
    CALL (e, want) {
      // filtered after the list comprehension, which starts from e: `NOT k.key IN want` in a
      // pattern allows a plan that scans every identity key (seen after a stale index sample)
      UNWIND [(k:IdentityKey)-[i:IDENTIFIES]->(e) | {i: i, key: k.key}] AS held
      WITH held WHERE NOT held.key IN want
      WITH held.i AS i
      DELETE i
    }
    CALL (e, want) {
      UNWIND want AS key
      MATCH (k:IdentityKey {key: key})
      MERGE (k)-[:IDENTIFIES]->(e)
    }
    CALL (e, ms) {
      UNWIND ms AS m
      WITH e, m.name AS name, count(*) AS n
      WITH name, CASE WHEN e.type IN ['Person', 'Organization'] THEN [size(name), n] ELSE [n, size(name)] END AS rank
      ORDER BY rank[0] DESC, rank[1] DESC, name
      RETURN collect(name)[0] AS name
    }
    CALL (ms, name) {
      UNWIND ms AS m
      UNWIND m.surface_forms AS form
      WITH DISTINCT form, name WHERE form <> name
      ORDER BY form
      RETURN collect(form) AS aliases
    }
    CALL (ms) {
      UNWIND ms AS m
      UNWIND [k IN keys(m) WHERE k STARTS WITH 'p_'] AS k
      WITH substring(k, 2) AS prop, m[k] AS value, count(*) AS n
      ORDER BY prop, n DESC, toString(value)
      WITH prop, collect(value)[0] AS value
      RETURN collect(prop) AS props, collect(value) AS values
    }
    FOREACH (p IN [x IN coalesce(e.derived, []) WHERE NOT x IN props] | SET e[p] = null)
    FOREACH (i IN range(0, size(props) - 1) | SET e[props[i]] = values[i])
    FOREACH (_ IN CASE WHEN any(m IN ms WHERE m.party) THEN [1] ELSE [] END | SET e:PoliticalParty)
    FOREACH (_ IN CASE WHEN any(m IN ms WHERE m.party) THEN [] ELSE [1] END | REMOVE e:PoliticalParty)
    // name and aliases feed the full-text index: written only when they change
    FOREACH (_ IN CASE WHEN e.name = name THEN [] ELSE [1] END | SET e.name = name)
    FOREACH (_ IN CASE WHEN e.aliases = aliases THEN [] ELSE [1] END | SET e.aliases = aliases)
    SET e.derived = props,
        e.article_count = size(ms),
        e.first_seen = reduce(t = null, m IN ms | CASE WHEN t IS NULL OR m.first_seen < t THEN m.first_seen ELSE t END),
        e.last_seen = reduce(t = null, m IN ms | CASE WHEN t IS NULL OR m.seen_at > t THEN m.seen_at ELSE t END)
  }
}
RETURN true AS refreshed

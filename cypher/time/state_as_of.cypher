// State relationships (HOLDS_POSITION, MEMBER_OF, HEADS) as they stood on $date. A state is
// known on a date when an article published on or before it asserted it (`asserted` keeps
// those publication dates); `since` is the first such date and `last_asserted` the latest.
// A post changes hands: a HOLDS_POSITION (same title, same place) or HEADS (same body) is no
// longer `current` when someone else was asserted in it later, still on or before $date.
// Memberships are never superseded. Optionally only the relationships of entity $id.
MATCH (s:Entity)-[r:HOLDS_POSITION|MEMBER_OF|HEADS]->(t:Entity)
WHERE type(r) IN $types AND ($id IS NULL OR s.id = $id OR t.id = $id)
WITH s, r, t, [d IN coalesce(r.asserted, []) WHERE d <= date($date)] AS known
WHERE size(known) > 0
WITH s, r, t, known[0] AS since, last(known) AS latest
WITH s, r, t, since, latest,
     [(o:Entity)-[r2]->(t) WHERE o <> s AND type(r2) = type(r) AND type(r) IN ['HOLDS_POSITION', 'HEADS']
        AND (type(r) = 'HEADS' OR toLower(coalesce(r2.title, '')) = toLower(coalesce(r.title, '')))
        AND any(d IN coalesce(r2.asserted, []) WHERE d > latest AND d <= date($date)) | o.id] AS successors
RETURN type(r) AS type, s.id AS source, s.name AS source_name, t.id AS target, t.name AS target_name,
       r.title AS title, since, latest AS last_asserted, size(successors) = 0 AS current,
       successors AS superseded_by, r.support AS support
ORDER BY type, source, target

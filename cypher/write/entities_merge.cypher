// One node per entity id; a fuller name replaces a shorter one for people and organizations.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.first_seen = datetime(), e.name = row.name, e.aliases = []
SET e:$(row.type),
    e.type = row.type,
    e += row.props,
    e.last_seen = datetime(),
    e.name = CASE
      WHEN row.type IN ['Person', 'Organization'] AND size(row.name) <= size(e.name) THEN e.name
      ELSE row.name END
FOREACH (_ IN CASE WHEN row.party THEN [1] ELSE [] END | SET e:PoliticalParty)

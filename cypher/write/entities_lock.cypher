// Every entity the write touches, sorted by id: new ones are created (CREATE, so that two
// writers never share a new id: the second fails on the constraint and is retried), the others
// locked with a no-op SET. Nodes before relationships; refreshed from their mentions later.
UNWIND $rows AS row
CALL (row) {
  WITH row WHERE row.new
  CREATE (e:Entity {id: row.id})
  SET e:$(row.type), e.type = row.type, e.name = row.name, e.aliases = [],
      e.first_seen = datetime(), e.last_seen = datetime()
  RETURN e
UNION
  WITH row WHERE NOT row.new
  MATCH (e:Entity {id: row.id})
  SET e.id = e.id
  RETURN e
}
RETURN collect(e.id) AS ids

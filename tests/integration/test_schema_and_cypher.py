"""Against the real server: the schema applies twice without change, and every Cypher file plans."""
from __future__ import annotations

from graph import cypher
from graph.schema import apply_schema


def test_schema_is_idempotent(driver) -> None:  # type: ignore[no-untyped-def]
    def shape() -> set[tuple[str, str]]:
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD name, type RETURN name, type")
        indexes, _, _ = driver.execute_query("SHOW INDEXES YIELD name, type RETURN name, type")
        return {(r["name"], r["type"]) for r in [*records, *indexes]}

    apply_schema(driver)
    before = shape()
    apply_schema(driver)
    assert shape() == before
    assert ("entity_id", "UNIQUENESS") in before
    assert ("article_id", "UNIQUENESS") in before
    assert ("entity_names", "FULLTEXT") in before


def test_every_cypher_file_explains(driver) -> None:  # type: ignore[no-untyped-def]
    for name in cypher.names():
        if name.startswith("schema/"):
            continue  # schema commands cannot be EXPLAINed; test_schema_is_idempotent runs them
        with driver.session() as session:
            session.run("EXPLAIN " + cypher.query(name)).consume()

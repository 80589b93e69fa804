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


# A plan made while the graph is empty is kept while it grows (until the counts have moved enough
# and a minute has passed), so a write statement must not be planned as a scan even then. (What
# the planner picks also depends on the statistics left by earlier data: this guards the common
# case.)
SCANS = ("AllNodesScan", "NodeByLabelScan", "NodeIndexScan", "AllRelationshipsScan", "RelationshipTypeScan",
         "RelationshipIndexScan")


def _operators(plan: dict) -> list[str]:  # type: ignore[type-arg]
    details = plan.get("args", {}).get("Details", "")
    return [f"{plan['operatorType'].split('@')[0]} {details}",
            *(op for child in plan.get("children", []) for op in _operators(child))]


def test_write_statements_seek_even_when_planned_on_an_empty_graph(driver, clean_db) -> None:  # type: ignore[no-untyped-def]
    entity = {"id": "person:ivan-petrov", "type": "Person", "name": "Ivan Petrov", "new": False}
    rel = {"key": "k1", "type": "NOMINATED", "source": "organization:x", "target": "person:ivan-petrov"}
    evidence = {"key": "e1", "props": {"key": "e1", "rel_key": "k1", "article_id": "a1"}}
    mention = {"entity_id": "person:ivan-petrov", "props": {"name": "Ivan Petrov", "keys": ["s|Person|ivan petrov"]}}
    def params(n: int) -> dict[str, dict]:  # type: ignore[type-arg]
        return {
            "write/identity_lock": {"keys": ["s|Person|ivan petrov"] * n, "prefixes": ["person:ivan-petrov"] * n},
            "write/facts_sync": {"article_id": "a1", "fingerprint": "f", "entities": [entity] * n,
                                 "mentions": [mention] * n, "mentioned": ["person:ivan-petrov"] * n,
                                 "relationships": [rel] * n, "evidence": [evidence] * n, "evidence_keys": ["e1"] * n},
            "write/refresh": {"relationships": [rel] * n, "entity_ids": ["person:ivan-petrov"] * n},
        }

    # each size class of the list parameters is planned (and cached) on its own
    for name, values in [item for n in (0, 1, 3, 12) for item in params(n).items()]:
        with driver.session() as session:
            plan = session.run("EXPLAIN CYPHER replan=force " + cypher.query(name), values).consume().plan
        ops = _operators(plan)
        assert not [op for op in ops if op.startswith(SCANS)], f"{name} scans: {ops}"
        assert not [op for op in ops if op.startswith("NodeUniqueIndexSeekByRange") and "IdentityKey" in op], \
            f"{name} seeks a range of identity keys: {ops}"

"""Provenance in the real Neo4j: every relationship knows its articles, sentences, offsets,
confidences and patterns, when it was first and last seen; every mention is a MENTIONS edge."""
from __future__ import annotations

import pytest

from graph.rows import article_rows
from graph.store import GraphStore
from ingest.articles import Article
from tests.integration.store_helpers import article, entity, relation, write

TEXT_A = ("Sergey Lebedev arrived in Baku on Monday. A delegation headed by Sergey Lebedev will observe the vote. "
          "Lebedev met officials.")
TEXT_B = "The CIS mission, led by Sergey Lebedev, held talks in Baku on Friday."
LEBEDEV = entity("person:sergey-lebedev", "Person", "Sergey Lebedev", ["Lebedev"])
MISSION = entity("delegation:cis", "Delegation", "CIS delegation", ["CIS mission"],
                 sender="Commonwealth of Independent States", destination="Azerbaijan")


def test_every_relationship_carries_its_evidence(clean_db) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    s1 = "A delegation headed by Sergey Lebedev will observe the vote."
    write(store, article("a", TEXT_A, "2024-02-01"), [LEBEDEV, MISSION],
          [relation("HEADS", LEBEDEV.id, MISSION.id, TEXT_A, s1, confidence=0.9, pattern="headed-by")])
    write(store, article("b", TEXT_B, "2024-02-03"), [LEBEDEV, MISSION],
          [relation("HEADS", LEBEDEV.id, MISSION.id, TEXT_B, TEXT_B, confidence=0.6, pattern="led-by")])
    records, _, _ = clean_db.execute_query(
        "MATCH (p:Person)-[r:HEADS]->(d:Delegation) RETURN properties(r) AS r, p.id AS p, d.id AS d")
    assert len(records) == 1
    r = records[0]["r"]
    assert r["support"] == 2 and sorted(r["articles"]) == ["a", "b"]
    assert r["confidence"] == pytest.approx(1 - 0.1 * 0.4)
    assert r["sentence"] == s1 and r["article_id"] == "a"  # the best evidence
    assert r["patterns"] == ["headed-by", "led-by"]
    assert [d.iso_format() for d in r["asserted"]] == ["2024-02-01", "2024-02-03"]
    assert r["first_seen"] <= r["last_seen"]

    evidence, _, _ = clean_db.execute_query(
        "MATCH (ev:Evidence {rel_key: $key})-[:FROM]->(a:Article) RETURN ev, a.text AS text ORDER BY ev.article_id",
        key=r["key"])
    assert [e["ev"]["article_id"] for e in evidence] == ["a", "b"]
    for e in evidence:
        ev = e["ev"]
        assert e["text"][ev["start"]:ev["end"]] == ev["sentence"]
        assert ev["type"] == "HEADS" and ev["pattern"] in {"headed-by", "led-by"} and 0 < ev["confidence"] <= 1
        assert ev["published"] is not None and ev["first_seen"] is not None

    mentions, _, _ = clean_db.execute_query(
        "MATCH (a:Article)-[m:MENTIONS]->(e:Entity) "
        "RETURN a.id AS a, e.id AS e, m.surface_forms AS forms ORDER BY a, e")
    assert [(m["a"], m["e"]) for m in mentions] == [("a", MISSION.id + "-azerbaijan"), ("a", LEBEDEV.id),
                                                    ("b", MISSION.id + "-azerbaijan"), ("b", LEBEDEV.id)]
    assert "Lebedev" in mentions[1]["forms"]


def test_events_carry_their_date_and_every_mention_is_linked(clean_db, extractor, seed_article) -> None:  # type: ignore[no-untyped-def]
    art = Article.model_validate(seed_article)
    [extraction] = list(extractor.extract([art]))
    ids = GraphStore(clean_db).write_article(article_rows(art, extraction))
    records, _, _ = clean_db.execute_query(
        "MATCH (:Article {id: $id})-[:MENTIONS]->(e:Entity) RETURN collect(e.id) AS ids", id=art.id)
    assert sorted(records[0]["ids"]) == sorted(set(ids.values()))
    assert len(ids) == len(extraction.entities)
    records, _, _ = clean_db.execute_query(
        "MATCH (:Organization)-[r:APPROVED_CANDIDACY]->(p:Person {name: 'Ilham Aliyev'}) RETURN r.date AS date")
    assert [r["date"].iso_format() for r in records] == ["2023-12-19"]
    # every relationship the extraction found is stored, each with evidence from this article
    records, _, _ = clean_db.execute_query(
        "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS n, "
        "sum(CASE WHEN r.articles = [$id] AND r.support = 1 AND r.sentence IS NOT NULL THEN 1 ELSE 0 END) AS ok",
        id=art.id)
    expected = {(r.type, ids[r.source], ids[r.target]) for r in extraction.relations}
    assert records[0]["n"] == records[0]["ok"] == len(expected)

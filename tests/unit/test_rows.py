"""Storage rows (graph/rows.py): extraction to rows, and rows under stored ids, without a database."""
from __future__ import annotations

from graph.identity import Resolution
from graph.rows import ArticleRows, article_rows, relationship_key, stored_rows
from ingest.articles import Article
from ingest.model import Entity, Evidence, Extraction, Relation

TEXT = "Sergey Lebedev met Ilham Aliyev. Lebedev heads the CIS mission. The CEC of Azerbaijan met."


def _rows() -> ArticleRows:
    art = Article(id="a1", text=TEXT, published="2024-02-05")  # type: ignore[arg-type]
    ents = [Entity(id="person:sergey-lebedev", type="Person", name="Sergey Lebedev", aliases=["Lebedev"]),
            Entity(id="person:lebedev", type="Person", name="Lebedev"),
            Entity(id="person:ilham-aliyev", type="Person", name="Ilham Aliyev"),
            Entity(id="organization:cec", type="Organization", name="CEC",
                   properties={"country": "Azerbaijan", "party": False, "nested": {"x": 1}})]
    ev = Evidence(sentence="Sergey Lebedev met Ilham Aliyev.", start=0, end=32, pattern="met")
    rels = [Relation(type="MET_WITH", source="person:sergey-lebedev", target="person:ilham-aliyev", confidence=0.8,
                     evidence=[ev]),
            Relation(type="MET_WITH", source="person:ilham-aliyev", target="person:lebedev", confidence=0.9,
                     evidence=[ev], properties={"date": "2024-02-01"}),
            Relation(type="HEADS", source="person:lebedev", target="person:sergey-lebedev", confidence=0.5,
                     evidence=[Evidence(sentence="Lebedev heads the CIS mission.", start=33, end=63)])]
    return article_rows(art, Extraction(article_id="a1", entities=ents, relations=rels))


def test_article_rows_keep_extracted_ids_and_carry_identity_keys() -> None:
    rows = _rows()
    assert [e.id for e in rows.entities] == sorted(e.id for e in rows.entities)
    cec = next(e for e in rows.entities if e.id == "organization:cec")
    assert cec.props == {"country": "Azerbaijan"}  # no nested values; `party` becomes a label
    assert cec.keys.weak == ("w|Organization|acronym|CEC|@azerbaijan",)
    assert rows.article["fingerprint"] and rows.keys() == sorted(set(rows.keys()))


def test_stored_rows_merge_entities_that_meet_and_drop_self_relations() -> None:
    rows = _rows()
    ids = {"person:sergey-lebedev": "person:sergey-lebedev", "person:lebedev": "person:sergey-lebedev",
           "person:ilham-aliyev": "person:ilham-aliyev", "organization:cec": "organization:cec-x"}
    stored = stored_rows(rows, Resolution(ids=ids, new={"organization:cec-x"}))
    assert [e["id"] for e in stored.entities] == ["organization:cec-x", "person:ilham-aliyev", "person:sergey-lebedev"]
    assert [e["new"] for e in stored.entities] == [True, False, False]
    lebedev = next(m for m in stored.mentions if m["entity_id"] == "person:sergey-lebedev")["props"]
    assert lebedev["name"] == "Sergey Lebedev" and set(lebedev["surface_forms"]) == {"Sergey Lebedev", "Lebedev"}
    assert "w|Person|surname|lebedev" in lebedev["keys"] and "s|Person|sergey lebedev" in lebedev["keys"]
    cec = next(m for m in stored.mentions if m["entity_id"] == "organization:cec-x")["props"]
    assert cec["p_country"] == "Azerbaijan"
    # the two MET_WITH meet in one symmetric relationship; HEADS from Lebedev to himself is dropped
    assert [(r["type"], r["source"], r["target"]) for r in stored.relationships] == [
        ("MET_WITH", "person:ilham-aliyev", "person:sergey-lebedev")]
    key = relationship_key("MET_WITH", "person:sergey-lebedev", "person:ilham-aliyev")
    assert stored.relationships[0]["key"] == key
    [ev] = stored.evidence  # one sentence, kept once, with the best confidence
    assert ev["props"]["confidence"] == 0.9 and ev["props"]["rel_key"] == key and ev["props"]["date"] == "2024-02-01"
    assert set(ev["props"]) >= {"title", "vote_share", "election"}  # absent facts named, as None
    assert TEXT[ev["props"]["start"]:ev["props"]["end"]] == ev["props"]["sentence"]

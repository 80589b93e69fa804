"""The seed article through the real spaCy model: the foundation's four relationships, with evidence."""
from __future__ import annotations

from ingest.articles import Article
from ingest.model import Extraction


def _extract(extractor, article: dict) -> Extraction:  # type: ignore[no-untyped-def]
    [result] = list(extractor.extract([Article.model_validate(article)]))
    assert isinstance(result, Extraction)
    return result


def _find(ex: Extraction, rel_type: str, source_name: str, target_type: str | None = None,
          target_name: str | None = None):  # type: ignore[no-untyped-def]
    names = {e.id: e for e in ex.entities}
    for r in ex.relations:
        s, t = names[r.source], names[r.target]
        if r.type != rel_type or source_name not in [s.name, *s.aliases]:
            continue
        if target_type and t.type != target_type:
            continue
        if target_name and target_name not in [t.name, *t.aliases]:
            continue
        return r, s, t
    raise AssertionError(f"no {rel_type} from {source_name} to {target_name or target_type}")


def test_seed_relationships_with_evidence(extractor, seed_article) -> None:  # type: ignore[no-untyped-def]
    ex = _extract(extractor, seed_article)
    text = seed_article["text"]
    heads, _, _ = _find(ex, "HEADS", "Sergey Lebedev", target_type="Delegation")
    holds, _, cis = _find(ex, "HOLDS_POSITION", "Sergey Lebedev", target_type="Organization")
    assert holds.properties["title"] == "Secretary General"
    assert "CIS" in [cis.name, *cis.aliases]
    approved, cec, _ = _find(ex, "APPROVED_CANDIDACY", "CEC", target_name="Ilham Aliyev")
    assert approved.properties["date"] == "2023-12-19"
    assert "Central Election Commission" in [cec.name, *cec.aliases]
    nominated, _, _ = _find(ex, "NOMINATED", "New Azerbaijan Party", target_name="Ilham Aliyev")
    assert "YAP" in [e for e in ex.entities if e.id == nominated.source][0].aliases
    for rel in (heads, holds, approved, nominated):
        assert rel.evidence and 0 < rel.confidence <= 1
        for ev in rel.evidence:
            assert text[ev.start:ev.end] == ev.sentence


def test_one_node_per_person_and_commission(extractor, seed_article) -> None:  # type: ignore[no-untyped-def]
    ex = _extract(extractor, seed_article)
    people = [e for e in ex.entities if e.type == "Person"]
    assert sorted(p.name for p in people) == ["Ilham Aliyev", "Mazahir Panahov", "Sergey Lebedev"]
    lebedev = next(p for p in people if p.name == "Sergey Lebedev")
    assert "Lebedev" in lebedev.aliases
    commissions = [e for e in ex.entities if "Commission" in e.name]
    assert len(commissions) == 1
    assert {"CEC", "Central Election Commission"} <= set(commissions[0].aliases)
    assert len({e.id for e in ex.entities}) == len(ex.entities)

"""Reading articles: formats, ids, and a clear error for each kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path

from ingest.articles import Article, ArticleError, check_text, read_articles

ENGLISH = ("The electoral commission registered four candidates for the regional election on Friday, "
           "and the observers said that the vote was well organised.")


def _read(paths: list[str], max_bytes: int = 1_000_000) -> list[Article | ArticleError]:
    return list(read_articles(paths, max_bytes=max_bytes))


def test_txt_json_and_jsonl_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "first-story.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"id": "j1", "text": ENGLISH, "published": "2024-02-05"}))
    lines = [json.dumps({"id": f"l{i}", "text": ENGLISH}) for i in (1, 2)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines))
    items = _read([str(tmp_path / "first-story.txt"), str(tmp_path / "one.json"), str(tmp_path / "many.jsonl")])
    assert [a.id for a in items] == ["first-story", "j1", "l1", "l2"]
    assert all(isinstance(a, Article) for a in items)
    assert str(items[1].published) == "2024-02-05"


def test_broken_json_line_is_an_error_and_the_rest_go_through(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "ok1", "text": ENGLISH}), '{"id": "broken", "text": ',
             json.dumps({"id": "ok2", "text": ENGLISH})]
    (tmp_path / "batch.jsonl").write_text("\n".join(lines))
    items = _read([str(tmp_path / "batch.jsonl")])
    assert [type(a).__name__ for a in items] == ["Article", "ArticleError", "Article"]
    assert items[1].article_id == "batch.jsonl:2"
    assert "not valid JSON" in items[1].error


def test_invalid_utf8_is_an_error(tmp_path: Path) -> None:
    latin1 = "Caf\xe9 society met the delegation in the capital of the country.".encode("latin-1")
    (tmp_path / "latin1.txt").write_bytes(latin1)
    [item] = _read([str(tmp_path / "latin1.txt")])
    assert isinstance(item, ArticleError)
    assert "not valid UTF-8" in item.error


def test_empty_huge_html_and_non_english_texts_are_refused() -> None:
    cases = {
        "": "empty",
        "   \n\t ": "empty",
        ENGLISH * 50: "over the limit",
        "<html><body><p>" + ENGLISH + "</p></body></html>": "HTML",
        "Центральная избирательная комиссия зарегистрировала четырёх кандидатов на выборы губернатора.": "not English",
        "La commission électorale a enregistré quatre candidats pour les élections régionales de vendredi "
        "dans une ambiance calme selon les observateurs internationaux présents sur place.": "English",
    }
    for text, expected in cases.items():
        try:
            check_text(text, max_bytes=2000)
        except ValueError as exc:
            assert expected in str(exc), (text[:30], str(exc))
        else:
            raise AssertionError(f"accepted {text[:40]!r}")
    check_text(ENGLISH, max_bytes=2000)


def test_missing_text_and_bad_id_are_errors(tmp_path: Path) -> None:
    lines = [json.dumps({"id": "no-text"}), json.dumps({"id": "bad id!", "text": ENGLISH})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    first, second = _read([str(tmp_path / "a.jsonl")])
    assert isinstance(first, ArticleError) and "text" in first.error
    assert isinstance(second, ArticleError) and "id" in second.error


def test_fingerprint_changes_with_text_only() -> None:
    a = Article(id="x", text=ENGLISH)
    assert a.fingerprint() == Article(id="x", text=ENGLISH).fingerprint()
    assert a.fingerprint() != Article(id="x", text=ENGLISH + " More.").fingerprint()
    assert len(a.sha256) == 64

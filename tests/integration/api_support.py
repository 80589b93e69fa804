"""Helpers for the API tests: a small graph of known shape, written through the real write path
(`graph.rows` + `graph.store`) from hand-made extractions, and extra `newsgraph serve` processes."""
from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

import httpx

from graph.rows import article_rows
from graph.store import GraphStore
from ingest.articles import Article
from ingest.model import Entity, Evidence, Extraction, Relation
from tests.conftest import ROOT, free_port

ENTITIES = {
    "person:anna-petrova": ("Person", "Anna Petrova", ["Petrova"], {}),
    "person:boris-ivanov": ("Person", "Boris Ivanov", ["Ivanov"], {}),
    "person:vera-sokolova": ("Person", "Vera Sokolova", ["Sokolova"], {}),
    "organization:unity-party-freedonia": ("Organization", "Unity Party", ["UP"],
                                              {"party": True, "country": "Freedonia"}),
    "organization:central-election-commission-freedonia": ("Organization", "Central Election Commission",
                                                             ["CEC"], {"country": "Freedonia"}),
    "election:2024-freedonia-presidential": ("Election", "2024 Freedonia presidential election", [],
                                             {"country": "Freedonia", "kind": "presidential", "date": "2024-04-07"}),
    "delegation:osce": ("Delegation", "OSCE observation mission", ["OSCE mission"], {}),
    "country:freedonia": ("Country", "Freedonia", [], {}),
}
# the party's many members, for paging to the last page
MEMBERS = [f"person:member-{i:02d}" for i in range(23)]

# (article id, published, [(type, source, target, confidence, properties)])
ARTICLES: list[tuple[str, str, list[tuple[str, str, str, float, dict[str, Any]]]]] = [
    ("api-a1", "2024-01-10", [
        ("NOMINATED", "organization:unity-party-freedonia", "person:anna-petrova", 0.9, {"date": "2024-01-08"}),
        ("APPROVED_CANDIDACY", "organization:central-election-commission-freedonia", "person:anna-petrova", 0.8,
         {"date": "2024-01-09"}),
        ("CANDIDATE_IN", "person:anna-petrova", "election:2024-freedonia-presidential", 0.7, {}),
    ]),
    ("api-a2", "2024-02-01", [
        ("HOLDS_POSITION", "person:anna-petrova", "country:freedonia", 0.85, {"title": "Foreign Minister"}),
        ("MET_WITH", "person:boris-ivanov", "person:anna-petrova", 0.6, {"date": "2024-01-30"}),
    ]),
    ("api-a3", "2023-06-01", [
        ("MEMBER_OF", "person:boris-ivanov", "organization:unity-party-freedonia", 0.75, {}),
        ("REJECTED_CANDIDACY", "organization:central-election-commission-freedonia", "person:boris-ivanov", 0.9,
         {"date": "2023-05-30"}),
    ]),
    ("api-a4", "2024-03-05", [
        ("OBSERVES", "delegation:osce", "election:2024-freedonia-presidential", 0.8, {}),
        ("HEADS", "person:vera-sokolova", "delegation:osce", 0.95, {}),
        ("NOMINATED", "organization:unity-party-freedonia", "person:boris-ivanov", 0.4, {"date": "2024-03-01"}),
    ]),
    ("api-a5", "2024-02-20", [
        ("MEMBER_OF", member, "organization:unity-party-freedonia", 0.5 + i / 100, {})
        for i, member in enumerate(MEMBERS)
    ]),
]


def _name(entity_id: str) -> str:
    return ENTITIES[entity_id][1] if entity_id in ENTITIES else entity_id.split(":")[1].replace("-", " ").title()


def _sentence(rel_type: str, source: str, target: str) -> str:
    return f"{_name(source)} {rel_type.lower().replace('_', ' ')} {_name(target)}."


def build_article(article_id: str, published: str,
                  relations: list[tuple[str, str, str, float, dict[str, Any]]]) -> tuple[Article, Extraction]:
    sentences = [_sentence(t, s, o) for t, s, o, _, _ in relations]
    text = "The news of the day. " + " ".join(sentences)
    entity_ids = sorted({x for _, s, o, _, _ in relations for x in (s, o)})
    entities = []
    for eid in entity_ids:
        etype, name, aliases, props = ENTITIES.get(eid) or ("Person", eid.split(":")[1].replace("-", " ").title(), [],
                                                            {})
        entities.append(Entity(id=eid, type=etype, name=name, aliases=aliases, properties=props))  # type: ignore[arg-type]
    rels = []
    for (rel_type, source, target, confidence, props), sentence in zip(relations, sentences, strict=True):
        start = text.index(sentence)
        rels.append(Relation(type=rel_type, source=source, target=target, confidence=confidence, properties=props,
                             evidence=[Evidence(sentence=sentence, start=start, end=start + len(sentence),
                                                pattern=f"{rel_type.lower()}-test")]))
    article = Article(id=article_id, text=text, title=f"Title of {article_id}", url=f"https://news.test/{article_id}",
                      outlet="Test Wire", published=published)  # type: ignore[arg-type]
    return article, Extraction(article_id=article_id, entities=entities, relations=rels)


def wipe(driver: Any) -> None:
    with driver.session() as session:  # CALL IN TRANSACTIONS needs an auto-commit transaction
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def seed_graph(driver: Any) -> None:
    """An empty database, then the articles above written as the worker would write them."""
    wipe(driver)
    store = GraphStore(driver)
    for article_id, published, relations in ARTICLES:
        article, extraction = build_article(article_id, published, relations)
        store.write_article(article_rows(article, extraction))


@contextlib.contextmanager
def api_process(neo4j_env: dict[str, str], **env: str) -> Iterator[str]:
    """Another real `newsgraph serve` on a free port, with extra NEWSGRAPH_* settings."""
    port = free_port()
    log_path = ROOT / ".pytest_cache" / f"api-server-{port}.log"
    log_path.parent.mkdir(exist_ok=True)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--port", str(port)], cwd=ROOT,
                                env={**os.environ, **neo4j_env, **env}, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(url + "/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline or proc.poll() is not None:
                raise RuntimeError("the API did not start:\n" + log_path.read_text(errors="replace")[-2000:])
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()


def all_pages(url: str, params: dict[str, Any], *, headers: dict[str, str] | None = None,
              max_pages: int = 100) -> tuple[list[dict[str, Any]], int]:
    """Follow `next_cursor` to the last page; returns every item and the number of pages."""
    items: list[dict[str, Any]] = []
    cursor = None
    for pages in range(1, max_pages + 1):
        resp = httpx.get(url, params={**params, **({"cursor": cursor} if cursor else {})}, headers=headers,
                         timeout=10)
        assert resp.status_code == 200, resp.text
        body = resp.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items, pages
    raise AssertionError(f"more than {max_pages} pages")

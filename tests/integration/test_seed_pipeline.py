"""The foundation end to end: the seed article through the queue and the worker into the real
Neo4j, then read back over HTTP from a real `newsgraph serve` process."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from graph.queue import Queue
from graph.rows import article_rows
from graph.store import GraphStore
from ingest.articles import Article
from ingest.settings import WorkerSettings
from ingest.worker import Worker
from tests.conftest import ROOT, graph_counts


@pytest.fixture()
def seed_ingested(clean_db, extractor, seed_article):  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    assert queue.enqueue([Article.model_validate(seed_article)]) == [
        {"article_id": seed_article["id"], "status": "queued"}]
    worker = Worker(clean_db, extractor, WorkerSettings(poll_interval=0.1))
    stats = worker.run(drain=True)
    assert stats.done == 1 and stats.failed == 0
    return clean_db


def _relationships(api_url: str, entity_id: str) -> list[dict]:
    resp = httpx.get(f"{api_url}/v1/entities/{entity_id}/relationships", timeout=10)
    assert resp.status_code == 200, resp.text
    return resp.json()["items"]


def _search(api_url: str, q: str, type_: str | None = None) -> dict:
    params = {"q": q, **({"type": type_} if type_ else {})}
    resp = httpx.get(f"{api_url}/v1/entities", params=params, timeout=10)
    assert resp.status_code == 200, resp.text
    items = resp.json()["items"]
    assert items, f"nothing found for {q!r}"
    return items[0]


def test_seed_read_back_over_http(seed_ingested, api_url, seed_article) -> None:  # type: ignore[no-untyped-def]
    lebedev = _search(api_url, "Lebedev", "Person")
    assert lebedev["name"] == "Sergey Lebedev"
    heads = [r for r in _relationships(api_url, lebedev["id"]) if r["type"] == "HEADS"]
    assert heads and heads[0]["direction"] == "out" and heads[0]["other"]["type"] == "Delegation"
    assert any("headed by" in ev["sentence"] for r in heads for ev in r["evidence"])

    aliyev = _search(api_url, "Ilham Aliyev", "Person")
    incoming = {(r["type"], r["other"]["name"]): r for r in _relationships(api_url, aliyev["id"])
                if r["direction"] == "in"}
    nominated = incoming[("NOMINATED", "New Azerbaijan Party")]
    assert "nominated by the ruling New Azerbaijan Party" in nominated["evidence"][0]["sentence"]

    cec = _search(api_url, "CEC", "Organization")  # found by its alias
    assert "CEC" in cec["aliases"]
    approved = incoming[("APPROVED_CANDIDACY", cec["name"])]
    assert approved["properties"]["date"] == "2023-12-19"
    ev = approved["evidence"][0]
    assert ev["article_id"] == seed_article["id"] and "approved the candidacy of Ilham Aliyev" in ev["sentence"]
    assert seed_article["text"][ev["start"]:ev["end"]] == ev["sentence"]

    status = httpx.get(f"{api_url}/v1/articles/{seed_article['id']}", timeout=10).json()
    assert status["status"] == "done" and status["entities"] >= 9


def test_ingesting_twice_changes_nothing(seed_ingested, extractor, seed_article) -> None:  # type: ignore[no-untyped-def]
    driver = seed_ingested
    before = graph_counts(driver)
    assert before["entities"] >= 9 and before["relationships"] >= 6
    article = Article.model_validate(seed_article)
    # the queue sees the same content and leaves it alone ...
    assert Queue(driver).enqueue([article])[0]["status"] == "unchanged"
    # ... and writing the same facts again, as a retried transaction would, changes nothing either
    [extraction] = list(extractor.extract([article]))
    GraphStore(driver).write_article(article_rows(article, extraction))
    assert graph_counts(driver) == before


def test_cli_ingest_worker_and_api_submit(clean_db, api_url, neo4j_env, tmp_path: Path, seed_article) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "seed.json"
    path.write_text(json.dumps(seed_article))
    env = {**neo4j_env}
    run = lambda *a: subprocess.run([sys.executable, "-m", "app.cli", *a], cwd=ROOT, capture_output=True,  # noqa: E731
                                    text=True, timeout=300, env={**__import__("os").environ, **env})
    ingest = run("ingest", str(path))
    assert ingest.returncode == 0, ingest.stderr
    assert ingest.stdout.split() == [seed_article["id"], "queued"]
    other = {"id": "api-submitted", "text": "The Central Election Commission registered Ivan Petrov as a "
             "candidate in the presidential election, the commission said on Monday.", "published": "2024-03-04"}
    denied = httpx.post(f"{api_url}/v1/articles", json=other, timeout=10)
    assert denied.status_code == 401
    accepted = httpx.post(f"{api_url}/v1/articles", json=other, headers={"X-API-Key": "test-key"}, timeout=10)
    assert accepted.status_code == 202 and accepted.json() == {"id": "api-submitted", "status": "queued"}
    worker = run("worker", "--drain")
    assert worker.returncode == 0, worker.stderr[-2000:]
    for article_id in (seed_article["id"], "api-submitted"):
        status = httpx.get(f"{api_url}/v1/articles/{article_id}", timeout=10).json()
        assert status["status"] == "done", status
    assert graph_counts(clean_db)["articles"] == 2

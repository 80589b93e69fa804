"""Idempotence, replacement and deletion in the real Neo4j, with counts before and after.

The strongest form of each claim: the graph after the operation equals, property for property,
a graph built from scratch from what should remain."""
from __future__ import annotations

import asyncio

import pytest

from graph.driver import create_async_driver
from graph.queue import Queue
from graph.rows import article_rows
from graph.store import GraphStore, delete_article_async
from ingest.articles import Article
from ingest.dates import dateline
from ingest.settings import WorkerSettings
from ingest.worker import Worker
from tests.conftest import graph_counts
from tests.integration.store_helpers import cli_env, run_cli, snapshot


@pytest.fixture(scope="module")
def pair(dev_articles, extractor):  # type: ignore[no-untyped-def]
    """The seed article (A) and an article sharing entities with it (B: Russia, Azerbaijan ...),
    plus A's id with other text (A2), each with its extraction."""
    by_id = {a["id"]: a for a in dev_articles}
    a = Article.model_validate(by_id["seed-cis-delegation"])
    b = Article.model_validate(by_id["dev-10-armenia-snap-election"])
    a2 = Article.model_validate({**by_id["dev-08-russia-yaroslavl-registration"], "id": a.id})
    extractions = dict(zip(["a", "b", "a2"], extractor.extract([a, b, a2]), strict=True))
    return {"a": (a, extractions["a"]), "b": (b, extractions["b"]), "a2": (a2, extractions["a2"])}


def _write(store: GraphStore, item) -> None:  # type: ignore[no-untyped-def]
    art, extraction = item
    store.write_article(article_rows(art, extraction))


def _fresh(driver, *items) -> dict:  # type: ignore[no-untyped-def]
    driver.execute_query("MATCH (n) DETACH DELETE n")
    store = GraphStore(driver)
    for item in items:
        _write(store, item)
    return snapshot(driver)


def test_the_same_article_again_changes_nothing(clean_db, pair, extractor) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    worker = Worker(clean_db, extractor, WorkerSettings(poll_interval=0.05, batch_size=2))
    assert [r["status"] for r in queue.enqueue([pair["a"][0], pair["b"][0]])] == ["queued", "queued"]
    assert worker.run(drain=True).done == 2
    before, counts = snapshot(clean_db, clock=True), graph_counts(clean_db)
    assert counts["articles"] == 2 and counts["entities"] > 15 and counts["relationships"] > 10
    # sent again, the same content is not even queued ...
    assert queue.enqueue([pair["a"][0]]) == [{"article_id": pair["a"][0].id, "status": "unchanged"}]
    again = Worker(clean_db, extractor, WorkerSettings(poll_interval=0.05)).run(drain=True)
    assert again.done == 0
    # ... and written again anyway (a retried transaction, a forced re-run), nothing moves either,
    # not even a timestamp
    art, extraction = pair["a"]
    GraphStore(clean_db).write_article(article_rows(art, extraction, dateline=dateline(art.text)[0]))
    assert graph_counts(clean_db) == counts
    assert snapshot(clean_db, clock=True) == before


def test_new_text_under_the_same_id_replaces_that_articles_facts(clean_db, pair) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    _write(store, pair["a"])
    _write(store, pair["b"])
    old = graph_counts(clean_db)
    _write(store, pair["a2"])
    new = graph_counts(clean_db)
    after = snapshot(clean_db)
    assert new["articles"] == old["articles"] == 2
    assert new != old
    # nothing of A's old text is left: the graph is exactly B then A2 written into an empty one
    assert after == _fresh(clean_db, pair["b"], pair["a2"])
    assert graph_counts(clean_db) == new
    assert not [k for k in after["entities"] if k == "person:sergey-lebedev"]


def test_delete_removes_exactly_what_only_that_article_supported(clean_db, pair) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    only_b = _fresh(clean_db, pair["b"])
    counts_b = graph_counts(clean_db)
    clean_db.execute_query("MATCH (n) DETACH DELETE n")
    _write(store, pair["a"])
    _write(store, pair["b"])
    Queue(clean_db).enqueue([pair["a"][0]])
    both = graph_counts(clean_db)
    assert both["entities"] > counts_b["entities"] and both["relationships"] > counts_b["relationships"]
    shared = snapshot(clean_db)["entities"]["country:azerbaijan"][1]
    assert shared["article_count"] == 2

    assert store.delete_article(pair["a"][0].id) is True
    assert graph_counts(clean_db) == counts_b
    assert snapshot(clean_db) == only_b  # shared entities keep only what B says of them
    records, _, _ = clean_db.execute_query("MATCH (j:IngestJob) RETURN count(j) AS n")
    assert records[0]["n"] == 0
    assert store.delete_article(pair["a"][0].id) is False

    assert store.delete_article(pair["b"][0].id) is True
    assert graph_counts(clean_db) == {"entities": 0, "relationships": 0, "evidence": 0, "mentions": 0, "articles": 0}


def test_delete_from_the_command_line_and_the_async_driver(clean_db, pair, neo4j_env, neo4j_settings) -> None:  # type: ignore[no-untyped-def]
    store = GraphStore(clean_db)
    _write(store, pair["a"])
    _write(store, pair["b"])
    done = run_cli(cli_env(neo4j_env), "delete", pair["a"][0].id, "no-such-article")
    assert done.returncode == 1, done.stderr
    assert done.stdout.splitlines() == [f"{pair['a'][0].id}\tdeleted", "no-such-article\tnot found"]
    counts = graph_counts(clean_db)
    assert counts["articles"] == 1

    async def delete(article_id: str) -> bool:
        driver = create_async_driver(neo4j_settings)
        try:
            return await delete_article_async(driver, article_id=article_id, database=None)
        finally:
            await driver.close()

    assert asyncio.run(delete(pair["b"][0].id)) is True
    assert asyncio.run(delete(pair["b"][0].id)) is False
    assert graph_counts(clean_db)["entities"] == 0

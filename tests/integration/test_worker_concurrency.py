"""Two worker processes over 200 articles (the dev corpus repeated under distinct ids) leave the
same graph as one worker: one node per entity, the same counts, nothing lost or doubled."""
from __future__ import annotations

import time
from pathlib import Path

from graph.queue import Queue
from ingest.settings import WorkerSettings
from ingest.worker import Worker
from tests.integration.store_helpers import (
    cli_env,
    corpus,
    duplicate_identities,
    run_cli,
    shape,
    write_jsonl,
)

ARTICLES = 200
FAST = {"NEWSGRAPH_WORKER_BATCH_SIZE": "4", "NEWSGRAPH_BATCH_SIZE": "4", "NEWSGRAPH_WORKER_POLL_INTERVAL": "0.1",
        "NEWSGRAPH_WORKER_LEASE_SECONDS": "30"}


def _lebedev(driver) -> list[dict]:  # type: ignore[no-untyped-def]
    records, _, _ = driver.execute_query(
        "MATCH (p:Person {name: 'Sergey Lebedev'}) RETURN p.id AS id, p.article_count AS n")
    return [r.data() for r in records]


def test_two_workers_over_200_articles_match_one_worker(clean_db, extractor, neo4j_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    articles = corpus(14, limit=ARTICLES)
    seeds = sum(1 for a in articles if a.id.startswith("seed-cis-delegation--"))
    assert len(articles) == ARTICLES and len({a.id for a in articles}) == ARTICLES

    # one worker, in this process
    Queue(clean_db).enqueue(articles)
    started = time.monotonic()
    one = Worker(clean_db, extractor, WorkerSettings(batch_size=4, poll_interval=0.05)).run(drain=True)
    one_seconds = time.monotonic() - started
    assert (one.done, one.failed, one.lost) == (ARTICLES, 0, 0)
    expected = shape(clean_db)
    assert expected["counts"]["articles"] == ARTICLES
    assert duplicate_identities(clean_db) == []
    assert _lebedev(clean_db) == [{"id": "person:sergey-lebedev", "n": seeds}]

    # two worker processes, from a clean graph
    clean_db.execute_query("MATCH (n) DETACH DELETE n")
    env = cli_env(neo4j_env, **FAST)
    ingest = run_cli(env, "ingest", str(write_jsonl(tmp_path / "200.jsonl", articles)))
    assert ingest.returncode == 0, ingest.stderr[-2000:]
    started = time.monotonic()
    two = run_cli(env, "worker", "--drain", "--concurrency", "2", timeout=600)
    two_seconds = time.monotonic() - started
    assert two.returncode == 0, two.stderr[-3000:]
    # both processes worked (each logs its own summary)
    summaries = [line for line in two.stderr.splitlines() if " stopped: " in line]
    assert len(summaries) == 2 and all(" 0 done" not in s for s in summaries), summaries
    assert Queue(clean_db).stats() == {"queued": 0, "processing": 0, "done": ARTICLES, "failed": 0}
    assert duplicate_identities(clean_db) == []
    assert _lebedev(clean_db) == [{"id": "person:sergey-lebedev", "n": seeds}]
    got = shape(clean_db)
    assert got["counts"] == expected["counts"]
    assert got["entities"] == expected["entities"]
    assert got["relationships"] == expected["relationships"]
    print(f"one worker {one_seconds:.1f} s, two worker processes {two_seconds:.1f} s (with start-up)")

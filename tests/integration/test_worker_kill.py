"""Workers that die or are told to stop, against the real Neo4j: a worker killed with SIGKILL in
the middle of a batch and restarted, beside a second worker process, leaves the same graph as an
uninterrupted run; SIGTERM gives the unwritten articles back and exits."""
from __future__ import annotations

import os
import signal
from pathlib import Path

from graph.queue import Queue
from tests.integration.store_helpers import (
    baseline_shape,
    cli_env,
    corpus,
    duplicate_identities,
    held_by,
    queue_stats,
    run_cli,
    shape,
    start_worker,
    stop_process,
    wait_until,
)

COPIES = 3  # 45 articles
FAST = {"NEWSGRAPH_WORKER_BATCH_SIZE": "4", "NEWSGRAPH_BATCH_SIZE": "4", "NEWSGRAPH_WORKER_POLL_INTERVAL": "0.1",
        "NEWSGRAPH_WORKER_LEASE_SECONDS": "4"}


def _attempts(driver) -> dict[str, int]:  # type: ignore[no-untyped-def]
    records, _, _ = driver.execute_query("MATCH (j:IngestJob) RETURN j.article_id AS id, j.attempts AS n")
    return {r["id"]: r["n"] for r in records}


def test_sigkill_mid_batch_then_restart_loses_and_doubles_nothing(  # type: ignore[no-untyped-def]
        clean_db, extractor, neo4j_env, tmp_path: Path) -> None:
    expected = baseline_shape(clean_db, extractor, COPIES)
    articles = corpus(COPIES)
    Queue(clean_db).enqueue(articles)
    env = cli_env(neo4j_env, **FAST)
    victim = start_worker(env, tmp_path / "victim.log")
    other = start_worker(env, tmp_path / "other.log", "--drain")
    try:
        # kill the first worker while it holds a batch, some of the corpus already written
        wait_until(lambda: queue_stats(clean_db)["done"] >= 8 and held_by(clean_db, victim.pid) > 0,
                   timeout=180, interval=0.05, what="the first worker to be in the middle of a batch")
        os.kill(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
        held = held_by(clean_db, victim.pid)
        assert held > 0  # its leases are still there, running out
        restarted = run_cli(env, "worker", "--drain", timeout=300)
        assert restarted.returncode == 0, restarted.stderr[-3000:]
        assert other.wait(timeout=300) == 0, (tmp_path / "other.log").read_text()[-3000:]
    finally:
        for proc in (victim, other):
            if proc.poll() is None:
                proc.kill()
    assert queue_stats(clean_db) == {"queued": 0, "processing": 0, "done": len(articles), "failed": 0}
    assert max(_attempts(clean_db).values()) >= 2  # the killed worker's articles were taken again
    assert duplicate_identities(clean_db) == []
    assert shape(clean_db) == expected


def test_sigterm_gives_the_unwritten_articles_back_and_exits(clean_db, extractor, neo4j_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = baseline_shape(clean_db, extractor, COPIES)
    articles = corpus(COPIES)
    Queue(clean_db).enqueue(articles)
    env = cli_env(neo4j_env, **{**FAST, "NEWSGRAPH_WORKER_LEASE_SECONDS": "120"})
    log = tmp_path / "worker.log"
    worker = start_worker(env, log)
    try:
        wait_until(lambda: queue_stats(clean_db)["done"] >= 4 and held_by(clean_db, worker.pid) > 0,
                   timeout=180, interval=0.05, what="the worker to be in the middle of a batch")
        assert stop_process(worker, sig=signal.SIGTERM, timeout=60) == 0, log.read_text()[-3000:]
    finally:
        if worker.poll() is None:
            worker.kill()
    stats = queue_stats(clean_db)
    assert stats["processing"] == 0 and stats["failed"] == 0  # nothing left leased: no wait for expiry
    assert 0 < stats["done"] < len(articles) and stats["queued"] == len(articles) - stats["done"]
    assert "given back" in log.read_text() or "gave" in log.read_text()
    # given back without counting an attempt
    attempts = _attempts(clean_db)
    queued = [j for j, n in attempts.items() if Queue(clean_db).get(j)["status"] == "queued"]
    assert all(attempts[j] == 0 for j in queued)
    finished = run_cli(env, "worker", "--drain", timeout=300)
    assert finished.returncode == 0, finished.stderr[-3000:]
    assert queue_stats(clean_db)["done"] == len(articles)
    assert shape(clean_db) == expected

"""Neo4j stopped and started while a worker runs: the worker waits, resumes, and no article is
lost or doubled. Needs the local test server that tests/conftest.py starts (it is restarted)."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from graph.local_server import LocalServer
from graph.queue import Queue
from graph.settings import DEFAULT_PASSWORD, LocalServerSettings, Neo4jSettings
from tests.integration.store_helpers import (
    baseline_shape,
    cli_env,
    corpus,
    duplicate_identities,
    queue_stats,
    shape,
    start_worker,
    wait_until,
)

COPIES = 3
FAST = {"NEWSGRAPH_WORKER_BATCH_SIZE": "4", "NEWSGRAPH_BATCH_SIZE": "4", "NEWSGRAPH_WORKER_POLL_INTERVAL": "0.1",
        "NEWSGRAPH_WORKER_LEASE_SECONDS": "6"}


@pytest.mark.skipif(bool(os.environ.get("NEWSGRAPH_TEST_NEO4J_URI")),
                    reason="restarts the local test server; not done to a server the tests did not start")
def test_worker_waits_for_neo4j_and_resumes(clean_db, extractor, neo4j_env, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    expected = baseline_shape(clean_db, extractor, COPIES)
    articles = corpus(COPIES)
    Queue(clean_db).enqueue(articles)
    server = LocalServer(
        LocalServerSettings(instance="test", bolt_port=int(neo4j_env["NEWSGRAPH_NEO4J_BOLT_PORT"]),
                            http_port=int(neo4j_env["NEWSGRAPH_NEO4J_HTTP_PORT"])),
        Neo4jSettings(uri=neo4j_env["NEO4J_URI"], password=DEFAULT_PASSWORD))
    log = tmp_path / "worker.log"
    worker = start_worker(cli_env(neo4j_env, **FAST), log, "--drain")
    try:
        wait_until(lambda: queue_stats(clean_db)["done"] >= 6, timeout=180, interval=0.05,
                   what="the worker to have written some articles")
        assert server.stop() is True
        time.sleep(4)  # the worker meets a dead server for a while
        assert worker.poll() is None, log.read_text()[-3000:]
        server.start()
        assert worker.wait(timeout=300) == 0, log.read_text()[-3000:]
    finally:
        if worker.poll() is None:
            worker.kill()
        server.start()  # the rest of the session needs it, whatever happened here
    text = log.read_text()
    # it did meet the outage (the driver's retries, then ours, wait for the server)
    assert "Couldn't connect" in text or "unavailable" in text.lower()
    assert queue_stats(clean_db) == {"queued": 0, "processing": 0, "done": len(articles), "failed": 0}
    assert duplicate_identities(clean_db) == []
    assert shape(clean_db) == expected

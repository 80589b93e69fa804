"""The queue in the real Neo4j: exclusive claims, leases that run out, renewals, attempts,
failures kept with their error, retry, release, and what sending an article again does."""
from __future__ import annotations

import threading
import time
from collections import Counter

import pytest

from graph.queue import Queue
from graph.rows import article_rows
from graph.store import GraphStore, Lease, LeaseLost
from ingest.articles import ArticleError
from ingest.model import Extraction
from tests.conftest import graph_counts
from tests.integration.store_helpers import article, cli_env, run_cli

TEXT = "The commission registered four candidates for the regional election on Friday, officials said."


def _job(driver, article_id: str) -> dict:  # type: ignore[no-untyped-def]
    return Queue(driver).get(article_id)


def test_two_workers_never_claim_the_same_article(clean_db) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    queue.enqueue([article(f"a{i:03}", TEXT) for i in range(150)])
    got: Counter[str] = Counter()
    lock = threading.Lock()
    start = threading.Barrier(8)

    def claim(k: int) -> None:
        start.wait()
        empty = 0
        while empty < 3:
            claims = queue.claim(f"w{k}", 1 + k % 3, 60)
            if not claims:
                empty += 1
                continue
            with lock:
                got.update(c.article_id for c in claims)

    threads = [threading.Thread(target=claim, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(got) == 150 and max(got.values()) == 1
    assert queue.stats() == {"queued": 0, "processing": 150, "done": 0, "failed": 0}


def test_a_dead_workers_lease_runs_out_and_its_write_is_refused(clean_db) -> None:  # type: ignore[no-untyped-def]
    queue, store = Queue(clean_db), GraphStore(clean_db)
    art = article("leased", TEXT)
    queue.enqueue([art])
    [first] = queue.claim("dead-worker", 5, lease_seconds=3)
    assert queue.claim("other", 5, lease_seconds=30) == []  # held
    time.sleep(3.2)
    # a worker never takes back a lease it still holds
    assert queue.claim("dead-worker", 5, lease_seconds=30, held=[first.article_id]) == []
    [second] = queue.claim("other", 5, lease_seconds=30)
    assert second.article_id == "leased" and second.attempts == 2 and second.token != first.token
    rows = article_rows(art, Extraction(article_id=art.id))
    with pytest.raises(LeaseLost):  # the first worker wakes up too late: its write is rolled back
        store.write_article(rows, Lease(first.article_id, first.token, first.fingerprint))
    assert graph_counts(clean_db)["articles"] == 0
    store.write_article(rows, Lease(second.article_id, second.token, second.fingerprint))
    assert _job(clean_db, "leased")["status"] == "done" and graph_counts(clean_db)["articles"] == 1


def test_a_worker_takes_back_its_own_lease_it_no_longer_holds(clean_db) -> None:  # type: ignore[no-untyped-def]
    # a claim whose answer was lost (Neo4j went away after it committed): the job is leased to the
    # worker, which does not know it; once the lease runs out the worker itself takes it back
    queue = Queue(clean_db)
    queue.enqueue([article("orphan", TEXT), article("in-hand", TEXT)])
    claims = queue.claim("w", 5, lease_seconds=2)
    assert {c.article_id for c in claims} == {"orphan", "in-hand"}
    time.sleep(2.2)
    [again] = queue.claim("w", 5, lease_seconds=30, held=["in-hand"])
    assert again.article_id == "orphan" and again.attempts == 2
    assert _job(clean_db, "in-hand")["status"] == "processing"


def test_renewed_leases_are_kept(clean_db) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    queue.enqueue([article("kept", TEXT)])
    claims = queue.claim("alive", 1, lease_seconds=2)
    for _ in range(4):
        time.sleep(1)
        assert queue.renew(claims, 2) == {"kept"}
        assert queue.claim("other", 1, lease_seconds=30) == []


def test_failures_count_until_the_article_fails_with_its_error_then_retry(clean_db, neo4j_env) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    queue.enqueue([article("flaky", TEXT), article("fine", TEXT)])
    for attempt in (1, 2, 3):
        [claim] = [c for c in queue.claim("w", 5, 30, max_attempts=3) if c.article_id == "flaky"]
        assert claim.attempts == attempt
        status = queue.fail(claim, f"boom {attempt}", permanent=False, max_attempts=3)
        assert status == ("failed" if attempt == 3 else "queued")
    job = _job(clean_db, "flaky")
    assert job["status"] == "failed" and job["error"] == "boom 3" and job["attempts"] == 3
    assert queue.retry(["fine"]) == []  # only failed articles are retried
    done = run_cli(cli_env(neo4j_env), "retry", "flaky", "fine")
    assert done.stdout.splitlines() == ["flaky\tqueued",
                                        "fine\tnot retried (not failed, unknown, or never a valid article)"]
    job = _job(clean_db, "flaky")
    assert job["status"] == "queued" and job["attempts"] == 0 and job["error"] is None


def test_permanent_errors_fail_at_once_and_rejects_cannot_be_retried(clean_db) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    queue.enqueue([article("bad", TEXT)])
    [claim] = queue.claim("w", 1, 30)
    assert queue.fail(claim, "the article text is empty", permanent=True, max_attempts=3) == "failed"
    assert queue.reject([ArticleError("broken:3", "line 3 is not valid JSON")]) == [
        {"article_id": "broken:3", "status": "failed"}]
    assert _job(clean_db, "broken:3")["error"] == "line 3 is not valid JSON"
    assert sorted(queue.retry(None)) == ["bad"]  # the rejected input has nothing to retry
    assert queue.stats() == {"queued": 1, "processing": 0, "done": 0, "failed": 1}


def test_a_lease_that_runs_out_again_and_again_fails_the_article(clean_db) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    queue.enqueue([article("poison", TEXT)])
    for attempt in (1, 2, 3):
        [claim] = queue.claim(f"crashing-worker-{attempt}", 1, lease_seconds=0.5, max_attempts=3)
        assert claim.attempts == attempt
        time.sleep(0.6)
    assert queue.claim("next-worker", 1, lease_seconds=30, max_attempts=3) == []
    job = _job(clean_db, "poison")
    assert job["status"] == "failed" and "stopped before finishing it 3 times" in job["error"]


def test_release_gives_articles_back_without_counting_an_attempt(clean_db) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    queue.enqueue([article("r1", TEXT), article("r2", TEXT)])
    claims = queue.claim("stopping", 5, 30)
    assert queue.release(claims) == 2
    assert queue.stats()["queued"] == 2
    assert {c.attempts for c in queue.claim("next", 5, 30)} == {1}


def test_sending_an_article_again(clean_db) -> None:  # type: ignore[no-untyped-def]
    queue, store = Queue(clean_db), GraphStore(clean_db)
    one = article("again", TEXT)
    assert queue.enqueue([one]) == [{"article_id": "again", "status": "queued"}]
    assert queue.enqueue([one]) == [{"article_id": "again", "status": "queued"}]  # still waiting: left alone
    [claim] = queue.claim("w", 1, 30)
    assert queue.enqueue([one]) == [{"article_id": "again", "status": "processing"}]
    # new content while a worker has the old: the worker's write is refused, the new one waits
    changed = article("again", TEXT + " The count continues.")
    assert queue.enqueue([changed]) == [{"article_id": "again", "status": "queued"}]
    with pytest.raises(LeaseLost):
        store.write_article(article_rows(one, Extraction(article_id="again")),
                            Lease(claim.article_id, claim.token, claim.fingerprint))
    [claim] = queue.claim("w", 1, 30)
    assert claim.article().text == changed.text
    store.write_article(article_rows(changed, Extraction(article_id="again")),
                        Lease(claim.article_id, claim.token, claim.fingerprint))
    assert queue.enqueue([changed]) == [{"article_id": "again", "status": "unchanged"}]
    assert queue.enqueue([one]) == [{"article_id": "again", "status": "queued"}]  # older text: new content

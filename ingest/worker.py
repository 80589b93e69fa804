"""The ingest worker: claim articles from the queue, extract them, write each in one transaction.

Failure handling, in short:
- bad input (empty, too big, not English, ...) fails the article at once, with its error kept;
- an unexpected error in extraction counts as an attempt; after `max_attempts` the article fails;
- Neo4j going away makes the worker wait and carry on; a write whose lease was lost meanwhile
  is rolled back and the article is simply claimed again later - never lost, never doubled;
- SIGTERM lets the article being written finish, gives the rest of the batch back, and exits.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import socket
import threading
import time
from dataclasses import dataclass, field
from types import FrameType

from neo4j import Driver
from pydantic import ValidationError

from graph.driver import UNAVAILABLE, create_driver, retry_unavailable, wait_for
from graph.queue import Claim, Queue
from graph.rows import article_rows
from graph.schema import apply_schema
from graph.settings import Neo4jSettings, get_neo4j_settings
from graph.store import GraphStore, Lease, LeaseLost
from ingest.articles import Article, ArticleError, InvalidArticle, check_text
from ingest.dates import dateline
from ingest.extract import Extractor
from ingest.settings import ExtractSettings, WorkerSettings, get_extract_settings, get_worker_settings

log = logging.getLogger(__name__)


@dataclass
class WorkerStats:
    done: int = 0
    failed: int = 0
    retried: int = 0
    lost: int = 0
    batches: int = 0
    started: float = field(default_factory=time.monotonic)


class Heartbeat:
    """Renews the leases of the batch in hand until stopped, so slow batches keep their articles."""

    def __init__(self, queue: Queue, claims: list[Claim], lease_seconds: float) -> None:
        self.queue = queue
        self.claims = claims
        self.lease = lease_seconds
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="lease-heartbeat", daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.lease / 3):
            try:
                self.queue.renew(self.claims, self.lease)
            except UNAVAILABLE as exc:
                log.warning("could not renew leases: %s", exc)

    def __enter__(self) -> Heartbeat:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)


class Worker:
    def __init__(self, driver: Driver, extractor: Extractor, settings: WorkerSettings, *,
                 database: str | None = None, name: str | None = None, max_bytes: int = 1_000_000) -> None:
        self.driver = driver
        self.extractor = extractor
        self.settings = settings
        self.queue = Queue(driver, database)
        self.store = GraphStore(driver, database)
        self.name = name or f"{socket.gethostname()}:{os.getpid()}"
        self.max_bytes = max_bytes
        self.stop = threading.Event()
        self.stats = WorkerStats()

    # -- the loop -------------------------------------------------------------------------
    def run(self, *, drain: bool = False) -> WorkerStats:
        log.info("worker %s started (drain=%s)", self.name, drain)
        while not self.stop.is_set():
            if self.settings.heartbeat_file is not None:
                self.settings.heartbeat_file.touch()
            try:
                claimed = self.step()
            except UNAVAILABLE as exc:
                log.warning("Neo4j unavailable (%s); waiting", exc)
                self._wait_for_database()
                continue
            if claimed:
                continue
            if drain and self._nothing_left():
                break
            self.stop.wait(self.settings.poll_interval)
        log.info("worker %s stopped: %d done, %d failed, %d lost leases", self.name, self.stats.done,
                 self.stats.failed, self.stats.lost)
        return self.stats

    def _wait_for_database(self) -> None:
        while not self.stop.is_set():
            try:
                wait_for(self.driver, timeout=5)
                return
            except Exception:  # noqa: BLE001 - still down; keep waiting until told to stop
                self.stop.wait(1.0)

    def _nothing_left(self) -> bool:
        stats = retry_unavailable(self.queue.stats, timeout=60)
        return stats["queued"] == 0 and stats["processing"] == 0

    def step(self) -> int:
        """Claim one batch and process it; returns how many articles were claimed."""
        claims = self.queue.claim(self.name, self.settings.batch_size, self.settings.lease_seconds)
        if not claims:
            return 0
        self.stats.batches += 1
        with Heartbeat(self.queue, claims, self.settings.lease_seconds):
            self._process(claims)
        return len(claims)

    def _process(self, claims: list[Claim]) -> None:
        articles: list[Article] = []
        by_id: dict[str, Claim] = {}
        for claim in claims:
            try:
                article = claim.article()
                check_text(article.text, max_bytes=self.max_bytes)
            except (ValidationError, ValueError, InvalidArticle) as exc:
                self._fail(claim, f"invalid article: {exc}", permanent=True)
                continue
            articles.append(article)
            by_id[article.id] = claim
        remaining = dict(by_id)
        try:
            for result in self.extractor.extract(articles):
                if self.stop.is_set():
                    break  # told to stop: what was written stays, the rest goes back
                claim = remaining.pop(result.article_id)
                if isinstance(result, ArticleError):
                    self._fail(claim, result.error, permanent=False)
                    continue
                article = next(a for a in articles if a.id == result.article_id)
                rows = article_rows(article, result, dateline=dateline(article.text)[0])
                self._write(claim, rows)
        finally:
            if remaining:
                released = retry_unavailable(lambda: self.queue.release(list(remaining.values())), timeout=30)
                log.info("released %d unprocessed articles", released)

    def _write(self, claim: Claim, rows: object) -> None:
        lease = Lease(claim.article_id, claim.token, claim.fingerprint)
        deadline = time.monotonic() + max(self.settings.lease_seconds, 30)
        while True:
            try:
                self.store.write_article(rows, lease)  # type: ignore[arg-type]
                self.stats.done += 1
                return
            except LeaseLost:
                self.stats.lost += 1
                log.warning("article %s: lease lost; another worker or a newer version has it", claim.article_id)
                return
            except UNAVAILABLE as exc:
                if time.monotonic() > deadline or self.stop.is_set():
                    log.warning("article %s: Neo4j still unavailable; the lease will expire and the "
                                "article be taken again", claim.article_id)
                    self.stats.lost += 1
                    return
                log.warning("article %s: Neo4j unavailable (%s); retrying the write", claim.article_id, exc)
                self._wait_for_database()

    def _fail(self, claim: Claim, error: str, *, permanent: bool) -> None:
        status = retry_unavailable(
            lambda: self.queue.fail(claim, error, permanent=permanent, max_attempts=self.settings.max_attempts),
            timeout=60,
        )
        if status == "failed":
            self.stats.failed += 1
        else:
            self.stats.retried += 1
        log.warning("article %s: %s (now %s)", claim.article_id, error, status)


# -- running one worker, or several processes -------------------------------------------------
def _install_signal_handlers(worker: Worker) -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: finishing the article in hand, then stopping", signum)
        worker.stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def run_worker(*, drain: bool = False, neo4j: Neo4jSettings | None = None,
               extract: ExtractSettings | None = None, settings: WorkerSettings | None = None,
               name_suffix: str = "") -> WorkerStats:
    neo4j = neo4j or get_neo4j_settings()
    extract = extract or get_extract_settings()
    settings = settings or get_worker_settings()
    extractor = Extractor(extract.spacy_model, batch_size=extract.batch_size)
    with create_driver(neo4j) as driver:
        wait_for(driver, timeout=120)
        apply_schema(driver, database=neo4j.database)
        worker = Worker(driver, extractor, settings, database=neo4j.database,
                        name=f"{socket.gethostname()}:{os.getpid()}{name_suffix}",
                        max_bytes=extract.max_article_bytes)
        _install_signal_handlers(worker)
        return worker.run(drain=drain)


def _child(drain: bool, index: int) -> None:
    logging.basicConfig(level=os.environ.get("NEWSGRAPH_LOG_LEVEL", "INFO"),
                        format=f"%(asctime)s worker-{index} %(levelname)s %(name)s: %(message)s")
    stats = run_worker(drain=drain, name_suffix=f"/{index}")
    raise SystemExit(0 if stats is not None else 1)


def run_workers(concurrency: int, *, drain: bool = False) -> int:
    """`concurrency` worker processes (each with its own model and driver); returns an exit code."""
    if concurrency <= 1:
        run_worker(drain=drain)
        return 0
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_child, args=(drain, i), name=f"worker-{i}") for i in range(concurrency)]
    for p in procs:
        p.start()

    def forward(signum: int, frame: FrameType | None) -> None:
        for p in procs:
            if p.pid is not None and p.is_alive():
                os.kill(p.pid, signal.SIGTERM)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    for p in procs:
        p.join()
    return max((p.exitcode or 0) for p in procs)

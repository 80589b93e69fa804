"""The ingest worker: claim articles from the queue, extract them, write each in one transaction.

Extraction (CPU, spaCy) and writing (waiting on Neo4j) overlap: the main thread claims a batch
and extracts it with `nlp.pipe` while a writer thread writes the previous batch's articles, one
transaction each. A heartbeat thread renews the leases of every article in hand.

Failure handling, in short:
- bad input (empty, too big, HTML, not English, ...) fails the article at once, with its error;
- an error while extracting or writing one article counts as an attempt; the article is queued
  again, and failed with the error kept after `max_attempts`;
- Neo4j going away makes the worker wait and carry on; a write whose lease was lost meanwhile
  is rolled back and the article simply claimed again later - never lost, never doubled;
- a worker that dies (SIGKILL, out of memory) leaves leases that run out: another worker, or the
  same one restarted, takes those articles again;
- SIGTERM lets the article being written finish, gives the rest back to the queue, and exits.
"""
from __future__ import annotations

import logging
import multiprocessing
import os
import queue as stdqueue
import signal
import socket
import sys
import threading
import time
from dataclasses import dataclass, field
from types import FrameType

from neo4j import Driver
from neo4j.exceptions import Neo4jError, TransientError
from pydantic import ValidationError

from graph.driver import UNAVAILABLE, create_driver, retry_unavailable, wait_for
from graph.queue import Claim, Queue
from graph.rows import ArticleRows, article_rows
from graph.schema import apply_schema
from graph.settings import Neo4jSettings, get_neo4j_settings
from graph.store import GraphStore, Lease, LeaseLost
from ingest.articles import Article, ArticleError, InvalidArticle, check_text
from ingest.dates import dateline
from ingest.extract import Extractor
from ingest.settings import ExtractSettings, WorkerSettings, get_extract_settings, get_worker_settings

log = logging.getLogger(__name__)
# Neo4j away or not ready (restarting, database starting): wait and carry on
WAIT = (*UNAVAILABLE, TransientError)


@dataclass
class WorkerStats:
    done: int = 0
    failed: int = 0
    retried: int = 0
    lost: int = 0
    released: int = 0
    batches: int = 0
    started: float = field(default_factory=time.monotonic)


class Worker:
    """One worker: a claiming and extracting main thread, a writer thread, a lease heartbeat."""

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
        self._in_hand: dict[str, Claim] = {}
        self._lock = threading.Lock()
        self._writes: stdqueue.Queue[tuple[Claim, ArticleRows] | None] = stdqueue.Queue(
            maxsize=max(2, settings.batch_size * 2))
        self._writing = threading.Event()
        self._writer_error: BaseException | None = None

    # -- the loop -------------------------------------------------------------------------
    def run(self, *, drain: bool = False) -> WorkerStats:
        """Process the queue until told to stop (or, with `drain`, until it is empty)."""
        log.info("worker %s started (drain=%s)", self.name, drain)
        # The writer thread mostly waits on Neo4j; each answer makes it wait for the GIL that
        # extraction holds, by default up to 5 ms a time, a dozen times an article. Handing the
        # GIL over sooner lets writing keep pace with extraction.
        switch = sys.getswitchinterval()
        sys.setswitchinterval(min(switch, 0.0005))
        done_event = threading.Event()
        writer = threading.Thread(target=self._writer, name="writer", daemon=True)
        heartbeat = threading.Thread(target=self._heartbeat, args=(done_event,), name="lease-heartbeat", daemon=True)
        writer.start()
        heartbeat.start()
        try:
            while not self.stop.is_set():
                if self._writer_error is not None:
                    raise RuntimeError("the writer thread failed") from self._writer_error
                if self.settings.heartbeat_file is not None:
                    self.settings.heartbeat_file.touch()
                with self._lock:
                    held = list(self._in_hand)
                try:
                    claims = self.queue.claim(self.name, self.settings.batch_size, self.settings.lease_seconds,
                                              max_attempts=self.settings.max_attempts, held=held)
                except WAIT as exc:
                    log.warning("Neo4j unavailable (%s); waiting", exc)
                    self._wait_for_database()
                    continue
                if claims:
                    self.stats.batches += 1
                    with self._lock:
                        self._in_hand.update((c.article_id, c) for c in claims)
                    self._extract(claims)
                    continue
                if drain and self._idle() and self._nothing_left():
                    break
                self.stop.wait(self.settings.poll_interval)
        finally:
            while writer.is_alive():  # the writer skips what is left once told to stop
                try:
                    self._writes.put(None, timeout=1)
                    break
                except stdqueue.Full:
                    continue
            writer.join()
            done_event.set()
            heartbeat.join(timeout=5)
            self._release_in_hand()
            sys.setswitchinterval(switch)
        log.info("worker %s stopped: %d done, %d failed, %d requeued after an error, %d lost leases, "
                 "%d given back", self.name, self.stats.done, self.stats.failed, self.stats.retried,
                 self.stats.lost, self.stats.released)
        return self.stats

    def _idle(self) -> bool:
        with self._lock:
            return not self._in_hand and self._writes.empty() and not self._writing.is_set()

    def _wait_for_database(self) -> None:
        while not self.stop.is_set():
            try:
                wait_for(self.driver, timeout=5)
                return
            except Exception:  # noqa: BLE001 - still down; keep waiting until told to stop
                self.stop.wait(1.0)

    def _nothing_left(self) -> bool:
        try:
            stats = retry_unavailable(self.queue.stats, timeout=60)
        except Exception:  # noqa: BLE001 - cannot tell yet; the loop asks again
            return False
        return stats["queued"] == 0 and stats["processing"] == 0

    def _forget(self, claim: Claim) -> None:
        with self._lock:
            self._in_hand.pop(claim.article_id, None)

    def _release_in_hand(self) -> None:
        with self._lock:
            left = list(self._in_hand.values())
            self._in_hand.clear()
        if not left:
            return
        try:
            self.stats.released += retry_unavailable(lambda: self.queue.release(left), timeout=30)
            log.info("gave %d unwritten articles back to the queue", len(left))
        except Exception as exc:  # noqa: BLE001 - their leases run out and they are taken again
            log.warning("could not give %d articles back (%s); their leases will run out", len(left), exc)

    # -- extracting (main thread) ------------------------------------------------------------
    def _extract(self, claims: list[Claim]) -> None:
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
        pending = dict(by_id)
        try:
            for result in self.extractor.extract(articles):
                if self.stop.is_set():
                    return  # what was not handed to the writer is given back at the end
                claim = pending.pop(result.article_id)
                if isinstance(result, ArticleError):
                    self._fail(claim, result.error, permanent=False)
                    continue
                article = next(a for a in articles if a.id == result.article_id)
                rows = article_rows(article, result, dateline=dateline(article.text)[0])
                if not self._hand_over(claim, rows):
                    return
        except Exception as exc:  # noqa: BLE001 - a bug in extraction must not loop on the same batch
            log.exception("extraction of a batch failed")
            for claim in pending.values():
                self._fail(claim, f"extraction failed: {type(exc).__name__}: {exc}", permanent=False)

    def _hand_over(self, claim: Claim, rows: ArticleRows) -> bool:
        while not self.stop.is_set():
            try:
                self._writes.put((claim, rows), timeout=0.5)
                return True
            except stdqueue.Full:
                if self._writer_error is not None:
                    return False
        return False

    # -- writing (writer thread) ---------------------------------------------------------------
    def _writer(self) -> None:
        try:
            while True:
                item = self._writes.get()
                if item is None:
                    return
                if self.stop.is_set():
                    continue  # told to stop: not started, so given back with the rest
                self._writing.set()
                try:
                    self._write(*item)
                finally:
                    self._writing.clear()
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread, which stops
            log.exception("the writer thread failed")
            self._writer_error = exc

    def _write(self, claim: Claim, rows: ArticleRows) -> None:
        lease = Lease(claim.article_id, claim.token, claim.fingerprint)
        while True:
            try:
                self.store.write_article(rows, lease)
                self.stats.done += 1
                self._forget(claim)
                return
            except LeaseLost:
                self.stats.lost += 1
                self._forget(claim)
                log.warning("article %s: lease lost; another worker or a newer version has it", claim.article_id)
                return
            except WAIT as exc:
                if self.stop.is_set():
                    return  # still in hand: given back (or its lease runs out) when the worker stops
                log.warning("article %s: Neo4j unavailable (%s); writing again once it answers",
                            claim.article_id, exc)
                self._wait_for_database()
            except Neo4jError as exc:  # the database refused this article's write
                self._fail(claim, f"write failed: {exc.code}: {exc.message}", permanent=False)
                return
            except Exception as exc:  # noqa: BLE001 - one article's bug must not stop the others
                log.exception("article %s: write failed", claim.article_id)
                self._fail(claim, f"write failed: {type(exc).__name__}: {exc}", permanent=False)
                return

    # -- the queue -------------------------------------------------------------------------------
    def _fail(self, claim: Claim, error: str, *, permanent: bool) -> None:
        try:
            status = retry_unavailable(
                lambda: self.queue.fail(claim, error, permanent=permanent, max_attempts=self.settings.max_attempts),
                timeout=60,
            )
        except Exception as exc:  # noqa: BLE001 - the lease runs out and the article is tried again
            log.warning("article %s: could not record its error (%s)", claim.article_id, exc)
            return
        finally:
            self._forget(claim)
        if status == "failed":
            self.stats.failed += 1
        elif status is not None:
            self.stats.retried += 1
        log.warning("article %s: %s (now %s)", claim.article_id, error[:300], status)

    def _heartbeat(self, done: threading.Event) -> None:
        while not done.wait(self.settings.lease_seconds / 3):
            with self._lock:
                claims = list(self._in_hand.values())
            if not claims:
                continue
            try:
                held = self.queue.renew(claims, self.settings.lease_seconds)
            except Exception as exc:  # noqa: BLE001 - Neo4j away; the write path waits for it
                log.warning("could not renew %d leases: %s", len(claims), exc)
                continue
            lost = [c.article_id for c in claims if c.article_id not in held]
            if lost:
                log.info("%d leases no longer held (done meanwhile, or taken over)", len(lost))


# -- running one worker, or several processes -------------------------------------------------
def _install_signal_handlers(worker: Worker) -> None:
    def handler(signum: int, frame: FrameType | None) -> None:
        log.info("signal %d: finishing the article being written, giving the rest back, stopping", signum)
        worker.stop.set()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def run_worker(*, drain: bool = False, neo4j: Neo4jSettings | None = None,
               extract: ExtractSettings | None = None, settings: WorkerSettings | None = None,
               name_suffix: str = "") -> WorkerStats:
    neo4j = neo4j or get_neo4j_settings()
    extract = extract or get_extract_settings()
    settings = settings or get_worker_settings()
    extractor = Extractor(extract.spacy_model, batch_size=extract.batch_size, bounded_memory=True)
    with create_driver(neo4j) as driver:
        wait_for(driver, timeout=120)
        retry_unavailable(lambda: apply_schema(driver, database=neo4j.database), timeout=120)
        worker = Worker(driver, extractor, settings, database=neo4j.database,
                        name=f"{socket.gethostname()}:{os.getpid()}{name_suffix}",
                        max_bytes=extract.max_article_bytes)
        _install_signal_handlers(worker)
        return worker.run(drain=drain)


def _child(drain: bool, index: int) -> None:
    logging.basicConfig(level=os.environ.get("NEWSGRAPH_LOG_LEVEL", "INFO"),
                        format=f"%(asctime)s worker-{index} %(levelname)s %(name)s: %(message)s")
    logging.getLogger("neo4j").setLevel(logging.WARNING)
    run_worker(drain=drain, name_suffix=f"/{index}")


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

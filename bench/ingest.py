"""Ingest throughput into Neo4j beside extraction-only throughput on the same articles.

    python bench/ingest.py [--repeat N] [--rounds R] [--batch-size B] [--uri bolt://... --wipe] [FILE.jsonl]

Three figures on the dev corpus repeated under distinct ids:
  (1) extraction only: `Extractor.extract` over the articles, nothing else;
  (2) the write path alone: the same extractions written one transaction each by `GraphStore`;
  (3) ingest: the articles queued in Neo4j and drained by one `Worker` (claim, extract, write,
      complete), as `newsgraph worker` does.
It prints articles/s of each and the ratio (3)/(1); the aim is at least 0.80. Each figure is
the best of `--rounds` rounds (the graph emptied before each), so that a busy shared machine
disturbs it less.

By default a throw-away local Neo4j instance `bench` is started (ports NEWSGRAPH_BENCH_BOLT_PORT
and NEWSGRAPH_BENCH_HTTP_PORT, default 7695 and 7482) and stopped at the end. `--uri` uses a
server you run instead; its database is emptied, so it needs `--wipe`.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph.driver import create_driver, wait_for  # noqa: E402
from graph.local_server import LocalServer  # noqa: E402
from graph.queue import Queue  # noqa: E402
from graph.rows import article_rows  # noqa: E402
from graph.schema import apply_schema  # noqa: E402
from graph.settings import DEFAULT_PASSWORD, LocalServerSettings, Neo4jSettings  # noqa: E402
from graph.store import GraphStore  # noqa: E402
from ingest.articles import Article  # noqa: E402
from ingest.dates import dateline  # noqa: E402
from ingest.extract import Extractor  # noqa: E402
from ingest.model import Extraction  # noqa: E402
from ingest.settings import ExtractSettings, WorkerSettings  # noqa: E402
from ingest.worker import Worker  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def empty_graph(driver) -> None:  # type: ignore[no-untyped-def]
    with driver.session() as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=10, help="copies of the corpus (distinct ids)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--batch-size", type=int, default=8, help="articles per claim and per nlp.pipe batch")
    ap.add_argument("--model", default=ExtractSettings().spacy_model)
    ap.add_argument("--uri", help="use this Neo4j instead of a throw-away local one (needs --wipe)")
    ap.add_argument("--wipe", action="store_true", help="allow emptying the database at --uri")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.uri and not args.wipe:
        ap.error("--uri empties that database; add --wipe to confirm")

    base = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [Article.model_validate({**a, "id": f"{a['id']}--{i}"}) for i in range(args.repeat) for a in base]
    n = len(articles)

    server = None
    if args.uri:
        settings = Neo4jSettings(uri=args.uri)
    else:
        bolt = int(os.environ.get("NEWSGRAPH_BENCH_BOLT_PORT", "7695"))
        http = int(os.environ.get("NEWSGRAPH_BENCH_HTTP_PORT", "7482"))
        settings = Neo4jSettings(uri=f"bolt://127.0.0.1:{bolt}", password=DEFAULT_PASSWORD)
        server = LocalServer(LocalServerSettings(instance="bench", bolt_port=bolt, http_port=http), settings)
        server.stop()
        shutil.rmtree(server.dir / "data", ignore_errors=True)
        print(f"starting a throw-away Neo4j on {settings.uri} ...", flush=True)
        server.start()
    try:
        with create_driver(settings) as driver:
            wait_for(driver, timeout=60)
            apply_schema(driver)
            extractor = Extractor(args.model, batch_size=args.batch_size)
            worker_settings = WorkerSettings(batch_size=args.batch_size, poll_interval=0.02, lease_seconds=120)

            def extract_only() -> tuple[float, list[Extraction]]:
                started = time.perf_counter()
                out = [r for r in extractor.extract(articles) if isinstance(r, Extraction)]
                return time.perf_counter() - started, out

            def write_only(extractions: list[Extraction]) -> float:
                empty_graph(driver)
                rows = [article_rows(a, e, dateline=dateline(a.text)[0]) for a, e in zip(articles, extractions,
                                                                                         strict=True)]
                store = GraphStore(driver)
                started = time.perf_counter()
                for r in rows:
                    store.write_article(r)
                return time.perf_counter() - started

            def ingest() -> tuple[float, float]:
                empty_graph(driver)
                started = time.perf_counter()
                Queue(driver).enqueue(articles)
                queued = time.perf_counter() - started
                started = time.perf_counter()
                stats = Worker(driver, extractor, worker_settings).run(drain=True)
                seconds = time.perf_counter() - started
                if stats.done != n:
                    raise SystemExit(f"the worker wrote {stats.done} of {n} articles: {stats}")
                return queued, seconds

            extract_only()  # warm-up: model caches, and the server's query plans
            _, warm = extract_only()
            write_only(warm)
            ingest()
            extract_s, write_s, ingest_s, queue_s = [], [], [], []
            for _ in range(args.rounds):
                seconds, extractions = extract_only()
                extract_s.append(seconds)
                write_s.append(write_only(extractions))
                queued, seconds = ingest()
                queue_s.append(queued)
                ingest_s.append(seconds)
            with driver.session() as session:
                counts = session.run("MATCH (e:Entity) WITH count(e) AS e "
                                     "MATCH (:Entity)-[r]->(:Entity) RETURN e, count(r) AS r").single()
    finally:
        if server is not None:
            server.stop()

    best = {"extract": min(extract_s), "write": min(write_s), "ingest": min(ingest_s)}
    print(f"corpus: {args.corpus.name} x{args.repeat} = {n} articles; model {args.model}; "
          f"batch {args.batch_size}; best of {args.rounds} rounds")
    print(f"graph after one ingest: {counts['e']} entities, {counts['r']} relationships")
    print(f"{'':34} {'seconds':>8} {'articles/s':>11}")
    print(f"{'(1) extraction only':34} {best['extract']:8.2f} {n / best['extract']:11.1f}")
    print(f"{'(2) writes only (one tx/article)':34} {best['write']:8.2f} {n / best['write']:11.1f}")
    print(f"{'(3) ingest: queue -> worker -> Neo4j':34} {best['ingest']:8.2f} {n / best['ingest']:11.1f}"
          f"   (+ {min(queue_s):.2f} s to queue them)")
    ratio = best["extract"] / best["ingest"]
    print(f"ratio ingest/extraction throughput: {ratio:.2f} (aim >= 0.80)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

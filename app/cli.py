"""The `newsgraph` command.

    newsgraph neo4j start|stop|status     the local Neo4j server (no Docker needed)
    newsgraph extract FILE... | -         extraction as JSON Lines, no database
    newsgraph ingest FILE...              put articles on the queue, print their ids
    newsgraph worker [--drain] [--concurrency N]
    newsgraph serve [--host H] [--port P]
    newsgraph delete ID...                remove articles and exactly the facts only they supported
    newsgraph retry [ID...]               queue failed articles again (all failed ones without ids)
    newsgraph queue                       queue depth by state
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence

from graph.errors import GraphError, LocalServerError

log = logging.getLogger("newsgraph")


def _setup_logging(verbose: bool) -> None:
    level = "DEBUG" if verbose else os.environ.get("NEWSGRAPH_LOG_LEVEL", "INFO")
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    logging.getLogger("neo4j").setLevel(logging.WARNING)


# -- neo4j ------------------------------------------------------------------------------------
def cmd_neo4j(args: argparse.Namespace) -> int:
    from graph.local_server import LocalServer
    from graph.settings import get_local_server_settings, get_neo4j_settings

    server = LocalServer(get_local_server_settings(), get_neo4j_settings())
    if args.action == "start":
        status = server.start()
        print(f"Neo4j {status.version} is running (pid {status.pid})")
        print(f"  Bolt:    {status.bolt_uri}")
        print(f"  Browser: {status.browser_url}")
        return 0
    if args.action == "stop":
        print("Neo4j stopped" if server.stop() else "Neo4j was not running")
        return 0
    status = server.status()
    if status.running:
        print(f"Neo4j {status.version} is running (pid {status.pid}); Bolt {status.bolt_uri}, "
              f"Browser {status.browser_url}")
        return 0
    print("Neo4j is not running" + (f" (stale pid {status.pid})" if status.pid else ""))
    return 3


# -- extract ----------------------------------------------------------------------------------
def cmd_extract(args: argparse.Namespace) -> int:
    from ingest.articles import ArticleError, read_articles
    from ingest.extract import Extractor
    from ingest.settings import get_extract_settings

    settings = get_extract_settings()
    extractor = Extractor(args.model or settings.spacy_model, batch_size=settings.batch_size)
    failures = 0
    out = sys.stdout
    for result in extractor.extract(read_articles(args.files, max_bytes=settings.max_article_bytes)):
        if isinstance(result, ArticleError):
            failures += 1
            print(f"newsgraph: {result.article_id}: {result.error}", file=sys.stderr)
            line = json.dumps({"article_id": result.article_id, "error": result.error, "entities": [],
                               "relations": []}, ensure_ascii=False)
        else:
            line = result.model_dump_json(indent=2 if args.pretty else None)
        out.write(line + "\n")
    out.flush()
    return 1 if failures else 0


# -- database commands ------------------------------------------------------------------------
def _driver():  # type: ignore[no-untyped-def]
    from graph.driver import create_driver, wait_for
    from graph.settings import get_neo4j_settings

    driver = create_driver(get_neo4j_settings())
    wait_for(driver, timeout=30)
    return driver


def cmd_ingest(args: argparse.Namespace) -> int:
    from graph.queue import Queue
    from graph.schema import apply_schema
    from graph.settings import get_neo4j_settings
    from ingest.articles import Article, ArticleError, read_articles
    from ingest.settings import get_extract_settings

    settings = get_extract_settings()
    items = list(read_articles(args.files, max_bytes=settings.max_article_bytes))
    good = [a for a in items if isinstance(a, Article)]
    bad = [a for a in items if isinstance(a, ArticleError)]
    database = get_neo4j_settings().database
    with _driver() as driver:
        apply_schema(driver, database=database)
        queue = Queue(driver, database)
        results = {r["article_id"]: r["status"] for r in queue.enqueue(good)}
        for r in queue.reject(bad):
            results[r["article_id"]] = "failed"
    for item in items:
        if isinstance(item, ArticleError):
            print(f"{item.article_id}\tfailed\t{item.error}")
        else:
            print(f"{item.id}\t{results.get(item.id, '?')}")
    return 1 if bad else 0


def cmd_worker(args: argparse.Namespace) -> int:
    from ingest.worker import run_workers

    return run_workers(args.concurrency, drain=args.drain)


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from app.settings import get_api_settings

    settings = get_api_settings()
    uvicorn.run("app.main:app", host=args.host or settings.host, port=args.port or settings.port,
                log_level="info", proxy_headers=False)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from graph.settings import get_neo4j_settings
    from graph.store import GraphStore

    missing = 0
    with _driver() as driver:
        store = GraphStore(driver, get_neo4j_settings().database)
        for article_id in args.ids:
            if store.delete_article(article_id):
                print(f"{article_id}\tdeleted")
            else:
                print(f"{article_id}\tnot found")
                missing += 1
    return 1 if missing else 0


def cmd_retry(args: argparse.Namespace) -> int:
    from graph.queue import Queue
    from graph.settings import get_neo4j_settings

    with _driver() as driver:
        ids = Queue(driver, get_neo4j_settings().database).retry(args.ids or None)
    for article_id in ids:
        print(f"{article_id}\tqueued")
    missed = [i for i in args.ids if i not in set(ids)]
    for article_id in missed:
        print(f"{article_id}\tnot retried (not failed, unknown, or never a valid article)")
    return 1 if missed else 0


def cmd_queue(args: argparse.Namespace) -> int:
    from graph.queue import Queue
    from graph.settings import get_neo4j_settings

    with _driver() as driver:
        stats = Queue(driver, get_neo4j_settings().database).stats()
    print(json.dumps(stats))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsgraph", description="News articles into a Neo4j knowledge graph.")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("neo4j", help="the local Neo4j server, assembled from Maven Central")
    p.add_argument("action", choices=["start", "stop", "status"])
    p.set_defaults(func=cmd_neo4j)

    p = sub.add_parser("extract", help="print each article's extraction as JSON Lines (no database)")
    p.add_argument("files", nargs="+", metavar="FILE", help=".txt, .json, .jsonl, or - for standard input")
    p.add_argument("--model", help="spaCy model (default: NEWSGRAPH_SPACY_MODEL)")
    p.add_argument("--pretty", action="store_true", help="indent the JSON (no longer one object per line)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="queue articles for the worker and print their ids")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("worker", help="process queued articles")
    p.add_argument("--drain", action="store_true", help="exit 0 once the queue is empty")
    p.add_argument("--concurrency", type=int, default=int(os.environ.get("NEWSGRAPH_WORKER_CONCURRENCY", "1")),
                   help="worker processes to run")
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("serve", help="run the HTTP API")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("delete", help="delete articles and the facts only they supported")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("retry", help="queue failed articles again")
    p.add_argument("ids", nargs="*", metavar="ID")
    p.set_defaults(func=cmd_retry)

    p = sub.add_parser("queue", help="queue depth by state")
    p.set_defaults(func=cmd_queue)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    _setup_logging(args.verbose)
    try:
        return int(args.func(args) or 0)
    except LocalServerError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    except GraphError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a clear message instead of a traceback for the usual suspects
        from neo4j.exceptions import AuthError, ServiceUnavailable

        from ingest.pipeline import ModelNotInstalled

        if isinstance(exc, ServiceUnavailable):
            print(f"newsgraph: Neo4j is not reachable at {os.environ.get('NEO4J_URI', 'bolt://127.0.0.1:7687')}; "
                  "start it with `newsgraph neo4j start` or set NEO4J_URI", file=sys.stderr)
            return 2
        if isinstance(exc, AuthError):
            print(f"newsgraph: Neo4j refused the credentials: {exc.message}", file=sys.stderr)
            return 2
        if isinstance(exc, ModelNotInstalled):
            print(f"newsgraph: {exc}", file=sys.stderr)
            return 2
        raise


if __name__ == "__main__":
    sys.exit(main())

"""Helpers of the store, queue and worker tests: hand-made extractions and whole-graph snapshots."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from graph.queue import Queue
from graph.rows import article_rows
from graph.store import GraphStore
from ingest.articles import Article
from ingest.model import Entity, Evidence, Extraction, Relation
from tests.conftest import DEV_CORPUS, ROOT

# properties that record when something happened, not what the articles say
CLOCK = {"first_seen", "last_seen", "seen_at", "ingested_at", "first_ingested_at", "enqueued_at", "updated_at",
         "done_at", "created_at"}


def article(id: str, text: str, published: str | None = "2024-02-05", **kw: Any) -> Article:
    return Article.model_validate({"id": id, "text": text, "published": published, **kw})


def entity(id: str, type: str, name: str, aliases: list[str] | None = None, **props: Any) -> Entity:
    return Entity(id=id, type=type, name=name, aliases=aliases or [], properties=props)  # type: ignore[arg-type]


def relation(type: str, source: str, target: str, text: str, sentence: str, confidence: float = 0.9,
             pattern: str = "test-pattern", **props: Any) -> Relation:
    start = text.index(sentence)
    return Relation(type=type, source=source, target=target, confidence=confidence, properties=props,
                    evidence=[Evidence(sentence=sentence, start=start, end=start + len(sentence), pattern=pattern)])


def write(store: GraphStore, art: Article, entities: list[Entity], relations: list[Relation] | None = None
          ) -> dict[str, str]:
    extraction = Extraction(article_id=art.id, entities=entities, relations=relations or [])
    return store.write_article(article_rows(art, extraction))


def _plain(value: Any) -> Any:
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, float):
        return round(value, 9)
    return value


def _props(props: dict[str, Any], *, clock: bool) -> dict[str, Any]:
    return {k: _plain(v) for k, v in sorted(props.items()) if clock or k not in CLOCK}


def snapshot(driver: Any, *, clock: bool = False) -> dict[str, Any]:
    """Everything the articles put in the graph, keyed by stored ids: entities, relationships,
    mentions, evidence, articles, identity links. With `clock`, timestamps too."""
    def q(text: str) -> list[dict[str, Any]]:
        records, _, _ = driver.execute_query(text)
        return [r.data() for r in records]

    return {
        "entities": {r["id"]: (sorted(r["labels"]), _props(r["p"], clock=clock))
                     for r in q("MATCH (e:Entity) RETURN e.id AS id, labels(e) AS labels, properties(e) AS p")},
        "relationships": {(r["t"], r["s"], r["o"]): _props(r["p"], clock=clock) for r in q(
            "MATCH (s:Entity)-[r]->(o:Entity) RETURN type(r) AS t, s.id AS s, o.id AS o, properties(r) AS p")},
        "mentions": {(r["a"], r["e"]): _props(r["p"], clock=clock) for r in q(
            "MATCH (a:Article)-[m:MENTIONS]->(e:Entity) RETURN a.id AS a, e.id AS e, properties(m) AS p")},
        "evidence": {r["k"]: (r["a"], _props(r["p"], clock=clock)) for r in q(
            "MATCH (ev:Evidence)-[:FROM]->(a:Article) RETURN ev.key AS k, a.id AS a, properties(ev) AS p")},
        "articles": {r["id"]: _props(r["p"], clock=clock)
                     for r in q("MATCH (a:Article) RETURN a.id AS id, properties(a) AS p")},
        "identity": sorted((r["k"], r["e"]) for r in q(
            "MATCH (k:IdentityKey)-[:IDENTIFIES]->(e:Entity) RETURN k.key AS k, e.id AS e")),
    }


def shape(driver: Any) -> dict[str, Counter[Any]]:
    """The graph up to the choice of stored ids: what each entity is, what relates to what and how
    strongly, as multisets. Two runs over the same articles in any order must agree on it."""
    def q(text: str) -> list[dict[str, Any]]:
        records, _, _ = driver.execute_query(text)
        return [r.data() for r in records]

    def ent(props: dict[str, Any]) -> tuple[Any, ...]:
        return (props["type"], props["name"], tuple(props.get("aliases") or []), props.get("article_count"),
                tuple(sorted((k, str(props.get(k))) for k in props.get("derived") or [])))

    entities = Counter(ent(r["p"]) for r in q("MATCH (e:Entity) RETURN properties(e) AS p"))
    relationships = Counter(
        (r["t"], ent(r["s"]), ent(r["o"]), r["support"], round(r["confidence"], 6), str(r["date"]),
         tuple(str(d) for d in r["asserted"] or []), r["evidence"])
        for r in q("MATCH (s:Entity)-[r]->(o:Entity) RETURN type(r) AS t, properties(s) AS s, properties(o) AS o, "
                   "r.support AS support, r.confidence AS confidence, r.date AS date, r.asserted AS asserted, "
                   "r.evidence_count AS evidence"))
    counts = q("CALL () { MATCH (a:Article) RETURN count(a) AS articles } "
               "CALL () { MATCH (ev:Evidence) RETURN count(ev) AS evidence } "
               "CALL () { MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS mentions } "
               "RETURN articles, evidence, mentions")[0]
    return {"entities": entities, "relationships": relationships, "counts": Counter(counts)}


def duplicate_identities(driver: Any) -> list[dict[str, Any]]:
    """Strong identity keys held by more than one entity: the same thing stored twice."""
    records, _, _ = driver.execute_query(
        "MATCH (k:IdentityKey)-[:IDENTIFIES]->(e:Entity) WHERE k.key STARTS WITH 's|' "
        "WITH k, collect(e.id) AS ids WHERE size(ids) > 1 RETURN k.key AS key, ids")
    return [r.data() for r in records]


# -- the dev corpus, repeated under distinct ids ----------------------------------------------
def corpus(copies: int, *, limit: int | None = None) -> list[Article]:
    base = [json.loads(line) for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = [Article.model_validate({**a, "id": f"{a['id']}--{n}"}) for n in range(copies) for a in base]
    return out[:limit] if limit else out


def write_jsonl(path: Path, articles: list[Article]) -> Path:
    path.write_text("".join(a.model_dump_json() + "\n" for a in articles), encoding="utf-8")
    return path


# -- worker processes -------------------------------------------------------------------------
def cli_env(neo4j_env: dict[str, str], **extra: str) -> dict[str, str]:
    return {**os.environ, **neo4j_env, "NEWSGRAPH_LOG_LEVEL": "INFO", **extra}


def start_worker(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen[bytes]:
    with open(log, "ab") as out:
        return subprocess.Popen([sys.executable, "-m", "app.cli", "worker", *args], cwd=ROOT, env=env,
                                stdout=out, stderr=subprocess.STDOUT)


def run_cli(env: dict[str, str], *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=timeout)


def wait_until(predicate: Callable[[], bool], *, timeout: float, interval: float = 0.2, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what or predicate}")


def stop_process(proc: subprocess.Popen[bytes], *, sig: int = signal.SIGTERM, timeout: float = 60) -> int:
    if proc.poll() is None:
        proc.send_signal(sig)
    try:
        return proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        raise


def queue_stats(driver: Any) -> dict[str, int]:
    return Queue(driver).stats()


_BASELINES: dict[int, dict[str, Counter[Any]]] = {}


def baseline_shape(driver: Any, extractor: Any, copies: int) -> dict[str, Counter[Any]]:
    """The shape of `corpus(copies)` ingested by one uninterrupted in-process worker (computed once
    per session; leaves the graph empty)."""
    from ingest.settings import WorkerSettings
    from ingest.worker import Worker

    if copies not in _BASELINES:
        driver.execute_query("MATCH (n) DETACH DELETE n")
        Queue(driver).enqueue(corpus(copies))
        stats = Worker(driver, extractor, WorkerSettings(batch_size=4, poll_interval=0.05)).run(drain=True)
        assert stats.done == copies * 15 and stats.failed == 0, stats
        _BASELINES[copies] = shape(driver)
        driver.execute_query("MATCH (n) DETACH DELETE n")
    return _BASELINES[copies]


def held_by(driver: Any, pid: int) -> int:
    """How many articles the worker process `pid` holds a lease on."""
    records, _, _ = driver.execute_query(
        "MATCH (j:IngestJob {status: 'processing'}) WHERE j.lease_owner ENDS WITH $suffix RETURN count(j) AS n",
        suffix=f":{pid}")
    return int(records[0]["n"])

"""Writing and deleting one article's facts, each inside one managed transaction.

Writing replaces: the article's earlier evidence and mentions are cleared first, then its
entities, mentions, relationships and evidence are merged (nodes before relationships, rows
sorted by key), and finally every relationship and entity the article touched, before or
now, is refreshed from what remains - or pruned when nothing supports it any more. So writing
the same article again changes nothing, and the function is safe for the driver to retry.

The steps are written once, as *transaction scripts*: generators that yield
`(cypher name, parameters)` and receive each statement's rows. `run_script` plays one in a
sync transaction (the worker, the CLI) and `run_script_async` in an async one (the API).
"""
from __future__ import annotations

import logging
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction, Driver, ManagedTransaction

from graph import cypher
from graph.errors import ConflictError
from graph.rows import ArticleRows

log = logging.getLogger(__name__)

Rows = list[dict[str, Any]]
Script = Generator[tuple[str, dict[str, Any]], Rows, Any]


class LeaseLost(ConflictError):
    """The worker no longer holds the article (lease expired and taken, content replaced, deleted)."""


@dataclass(frozen=True)
class Lease:
    article_id: str
    token: str
    fingerprint: str


# -- the scripts --------------------------------------------------------------------------------
def _clear(article_id: str) -> Generator[tuple[str, dict[str, Any]], Rows, tuple[Rows, list[str]]]:
    old_rels = yield "write/evidence_clear", {"article_id": article_id}
    old_entities = yield "write/mentions_clear", {"article_id": article_id}
    return old_rels, [r["id"] for r in old_entities]


def _refresh(rels: Rows, entity_ids: list[str]) -> Generator[tuple[str, dict[str, Any]], Rows, None]:
    rels = sorted({r["key"]: r for r in rels if r.get("key")}.values(), key=lambda r: r["key"])
    if rels:
        yield "write/relationships_prune", {"rows": rels}
        yield "write/relationships_refresh", {"rows": rels}
    ids = sorted(set(entity_ids))
    if ids:
        yield "write/entities_prune", {"ids": ids}
        yield "write/entities_refresh", {"ids": ids}


def write_article_script(rows: ArticleRows, lease: Lease | None = None) -> Script:
    if lease is not None:
        done = yield "queue/complete", {"article_id": lease.article_id, "token": lease.token,
                                        "fingerprint": lease.fingerprint}
        if not done:
            raise LeaseLost(f"article {lease.article_id}: lease lost before its write")
    old_rels, old_entities = yield from _clear(rows.article_id)
    yield "write/article_upsert", {"article": rows.article}
    if rows.entities:
        yield "write/entities_merge", {"rows": rows.entities}
        yield "write/mentions_merge", {"article_id": rows.article_id, "rows": rows.mentions}
    if rows.relationships:
        yield "write/relationships_merge", {"rows": rows.relationships}
        yield "write/evidence_merge", {"article_id": rows.article_id, "rows": rows.evidence}
    new_rels = [{"key": r["key"], "type": r["type"], "source": r["source"], "target": r["target"]}
                for r in rows.relationships]
    yield from _refresh(old_rels + new_rels, old_entities + [e["id"] for e in rows.entities])


def delete_article_script(article_id: str) -> Script:
    """Remove an article and exactly the facts that only it supported; returns whether it existed."""
    old_rels, old_entities = yield from _clear(article_id)
    yield from _refresh(old_rels, old_entities)
    existed = yield "write/article_delete", {"article_id": article_id}
    return bool(existed and existed[0]["existed"])


# -- playing a script in a transaction ------------------------------------------------------------
def run_script(tx: ManagedTransaction, script: Script) -> Any:
    try:
        name, params = next(script)
        while True:
            rows = [record.data() for record in tx.run(cypher.query(name), params)]
            name, params = script.send(rows)
    except StopIteration as stop:
        return stop.value


async def run_script_async(tx: AsyncManagedTransaction, script: Script) -> Any:
    try:
        name, params = next(script)
        while True:
            result = await tx.run(cypher.query(name), params)
            rows = [record.data() async for record in result]
            name, params = script.send(rows)
    except StopIteration as stop:
        return stop.value


def write_article_tx(tx: ManagedTransaction, rows: ArticleRows, lease: Lease | None = None) -> None:
    run_script(tx, write_article_script(rows, lease))


def delete_article_tx(tx: ManagedTransaction, article_id: str) -> bool:
    return bool(run_script(tx, delete_article_script(article_id)))


async def delete_article_async(driver: AsyncDriver, *, article_id: str, database: str | None = None) -> bool:
    async with driver.session(database=database) as session:
        return bool(await session.execute_write(
            lambda tx: run_script_async(tx, delete_article_script(article_id))))


class GraphStore:
    """Writes through one driver; every method is one managed (retried) transaction."""

    def __init__(self, driver: Driver, database: str | None = None) -> None:
        self.driver = driver
        self.database = database

    def write_article(self, rows: ArticleRows, lease: Lease | None = None) -> None:
        started = time.monotonic()
        with self.driver.session(database=self.database) as session:
            session.execute_write(write_article_tx, rows, lease)
        log.info("wrote article %s: %d entities, %d relationships, %d evidence in %.0f ms", rows.article_id,
                 len(rows.entities), len(rows.relationships), len(rows.evidence),
                 (time.monotonic() - started) * 1000)

    def delete_article(self, article_id: str) -> bool:
        with self.driver.session(database=self.database) as session:
            existed = session.execute_write(delete_article_tx, article_id)
        log.info("deleted article %s (existed: %s)", article_id, existed)
        return bool(existed)

    def counts(self) -> dict[str, int]:
        records, _, _ = self.driver.execute_query(
            "MATCH (n:Entity) WITH count(n) AS nodes "
            "OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS relationships",
            database_=self.database,
        )
        return dict(records[0])

"""Writing and deleting one article's facts, each inside one managed transaction.

Writing replaces: the article's earlier evidence and mentions are cleared first, then its
entities, mentions, relationships and evidence are merged (nodes before relationships, rows
sorted by key), and finally every relationship and entity the article touched, before or
now, is refreshed from what remains - or pruned when nothing supports it any more. So writing
the same article again changes nothing, and the function is safe for the driver to retry.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from neo4j import Driver, ManagedTransaction

from graph import cypher
from graph.errors import ConflictError
from graph.rows import ArticleRows

log = logging.getLogger(__name__)


class LeaseLost(ConflictError):
    """The worker no longer holds the article (lease expired and taken, content replaced, deleted)."""


@dataclass(frozen=True)
class Lease:
    article_id: str
    token: str
    fingerprint: str


def _run(tx: ManagedTransaction, name: str, **params: object) -> list[dict]:
    result = tx.run(cypher.query(name), params)
    return [record.data() for record in result]


def _clear(tx: ManagedTransaction, article_id: str) -> tuple[list[dict], list[str]]:
    old_rels = _run(tx, "write/evidence_clear", article_id=article_id)
    old_entities = [r["id"] for r in _run(tx, "write/mentions_clear", article_id=article_id)]
    return old_rels, old_entities


def _refresh(tx: ManagedTransaction, rels: list[dict], entity_ids: list[str]) -> None:
    rels = sorted({r["key"]: r for r in rels if r.get("key")}.values(), key=lambda r: r["key"])
    if rels:
        _run(tx, "write/relationships_prune", rows=rels)
        _run(tx, "write/relationships_refresh", rows=rels)
    ids = sorted(set(entity_ids))
    if ids:
        _run(tx, "write/entities_prune", ids=ids)
        _run(tx, "write/entities_refresh", ids=ids)


def write_article_tx(tx: ManagedTransaction, rows: ArticleRows, lease: Lease | None = None) -> None:
    if lease is not None:
        done = _run(tx, "queue/complete", article_id=lease.article_id, token=lease.token,
                    fingerprint=lease.fingerprint)
        if not done:
            raise LeaseLost(f"article {lease.article_id}: lease lost before its write")
    old_rels, old_entities = _clear(tx, rows.article_id)
    _run(tx, "write/article_upsert", article=rows.article)
    if rows.entities:
        _run(tx, "write/entities_merge", rows=rows.entities)
        _run(tx, "write/mentions_merge", article_id=rows.article_id, rows=rows.mentions)
    if rows.relationships:
        _run(tx, "write/relationships_merge", rows=rows.relationships)
        _run(tx, "write/evidence_merge", article_id=rows.article_id, rows=rows.evidence)
    new_rels = [{"key": r["key"], "type": r["type"], "source": r["source"], "target": r["target"]}
                for r in rows.relationships]
    _refresh(tx, old_rels + new_rels, old_entities + [e["id"] for e in rows.entities])


def delete_article_tx(tx: ManagedTransaction, article_id: str) -> bool:
    old_rels, old_entities = _clear(tx, article_id)
    _refresh(tx, old_rels, old_entities)
    existed = _run(tx, "write/article_delete", article_id=article_id)
    return bool(existed and existed[0]["existed"])


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
        return existed

    def counts(self) -> dict[str, int]:
        records, _, _ = self.driver.execute_query(
            "MATCH (n:Entity) WITH count(n) AS nodes "
            "OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS relationships",
            database_=self.database,
        )
        return dict(records[0])

"""Reads and queue operations for the HTTP API, over the process's one AsyncDriver.

Functions take keyword arguments only and return plain dicts (storage rows); `app/` turns them
into response models.
"""
from __future__ import annotations

import re
from typing import Any

from neo4j import AsyncDriver

from graph import cypher
from graph.errors import NotFoundError
from graph.queue import payload_of
from ingest.articles import Article

LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')


def lucene_query(text: str) -> str:
    """A safe full-text query from what a user typed: every word must match; the last may be a prefix."""
    words = [LUCENE_SPECIAL.sub(r"\\\1", w) for w in text.split() if w.strip()]
    words = [w for w in words if w.upper() not in {"AND", "OR", "NOT", "TO"}] or words
    if not words:
        return ""
    parts = [f"{w}~1" if len(w) > 5 else w for w in words[:-1]]
    last = words[-1]
    parts.append(f"({last} OR {last}*)")
    return " AND ".join(parts)


def native(value: Any) -> Any:
    """Neo4j's temporal values as Python's, recursively, so that no driver type leaves `graph/`."""
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, dict):
        return {k: native(v) for k, v in value.items()}
    if isinstance(value, list):
        return [native(v) for v in value]
    return value


async def _rows(driver: AsyncDriver, name: str, database: str | None, **params: Any) -> list[dict[str, Any]]:
    records, _, _ = await driver.execute_query(cypher.query(name), params, database_=database)
    return [native(r.data()) for r in records]


async def search_entities(driver: AsyncDriver, *, query: str, type: str | None, limit: int,
                          database: str | None = None) -> list[dict[str, Any]]:
    q = lucene_query(query)
    if not q:
        return []
    return await _rows(driver, "read/entity_search", database, query=q, type=type, limit=limit)


async def get_entity(driver: AsyncDriver, *, id: str, database: str | None = None) -> dict[str, Any]:
    rows = await _rows(driver, "read/entity_get", database, id=id)
    if not rows:
        raise NotFoundError(f"no entity {id!r}")
    return rows[0]


async def entity_relationships(driver: AsyncDriver, *, id: str, types: list[str] | None, limit: int,
                               evidence_limit: int = 3, database: str | None = None) -> list[dict[str, Any]]:
    await get_entity(driver, id=id, database=database)
    return await _rows(driver, "read/entity_relationships", database, id=id, types=types, limit=limit,
                       evidence_limit=evidence_limit)


async def enqueue(driver: AsyncDriver, *, articles: list[Article], database: str | None = None) -> list[dict[str, Any]]:
    rows = [{"id": a.id, "payload": payload_of(a), "fingerprint": a.fingerprint()} for a in articles]
    return await _rows(driver, "queue/enqueue", database, rows=rows)


async def article_status(driver: AsyncDriver, *, id: str, database: str | None = None) -> dict[str, Any]:
    rows = await _rows(driver, "queue/job_get", database, article_id=id)
    if not rows:
        raise NotFoundError(f"no article {id!r}")
    return rows[0]


async def queue_stats(driver: AsyncDriver, *, database: str | None = None) -> dict[str, int]:
    counts = {"queued": 0, "processing": 0, "done": 0, "failed": 0}
    for r in await _rows(driver, "queue/stats", database):
        counts[r["status"]] = r["count"]
    return counts

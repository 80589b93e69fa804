"""Reads and queue operations for the HTTP API, over the process's one AsyncDriver.

Functions take keyword arguments only and return plain dicts (storage rows); `app/` turns them
into response models. Every call is bounded in time (`timeout` seconds) and every way Neo4j can
be away (refused connection, dropped session, timeout, database starting) becomes
`UnavailableError`, so the API answers 503 and keeps serving while the database is gone.

Reads run as auto-commit transactions: one round trip, and nothing for the driver to retry for
30 s while the caller waits. A connection found dead in the pool (after a database restart) is
retried once at once on a fresh one, so the first request after a restart does not fail.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

from neo4j import READ_ACCESS, AsyncDriver, AsyncManagedTransaction
from neo4j.exceptions import (
    ConnectionAcquisitionTimeoutError,
    DriverError,
    ServiceUnavailable,
    SessionExpired,
    TransientError,
)

from graph import cypher
from graph.errors import ConflictError, NotFoundError, UnavailableError
from graph.queue import STATES, payload_of
from graph.store import delete_article_async
from ingest.articles import Article
from ingest.model import EVENT_TYPES, RELATION_TYPES, STATE_TYPES, SYMMETRIC_TYPES

LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
DEFAULT_TIMEOUT = 10.0
# stale pooled connections surface as these; a second attempt gets a fresh connection
_RETRY_ONCE = (ServiceUnavailable, SessionExpired)
_UNAVAILABLE = (ServiceUnavailable, SessionExpired, ConnectionAcquisitionTimeoutError, TransientError,
                ConnectionError, OSError, TimeoutError)
# hidden from an entity's `properties`: they have fields of their own
ENTITY_FIELDS = frozenset({"id", "name", "aliases", "type", "first_seen", "last_seen", "article_count"})


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


_PLAIN = frozenset({str, int, float, bool, type(None)})


def native(value: Any) -> Any:
    """Neo4j's temporal values as Python's, recursively, so that no driver type leaves `graph/`.

    On the hot path of every read: exact type checks first, the rare temporal value last.
    """
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is dict:
        return {k: native(v) for k, v in value.items()}
    if kind is list:
        return [native(v) for v in value]
    to_native = getattr(value, "to_native", None)
    return to_native() if to_native is not None else value


async def _read(driver: AsyncDriver, name: str, database: str | None, timeout: float,
                params: dict[str, Any]) -> list[dict[str, Any]]:
    query = cypher.query(name)
    for attempt in (1, 2):
        try:
            async with asyncio.timeout(timeout):
                async with driver.session(database=database, default_access_mode=READ_ACCESS) as session:
                    result = await session.run(query, params)
                    # every read returns scalars, lists and maps (never nodes), so plain items suffice
                    return [native(dict(record.items())) async for record in result]
        except _RETRY_ONCE as exc:
            if attempt == 2:
                raise UnavailableError(f"{name}: {type(exc).__name__}") from exc
        except _UNAVAILABLE as exc:
            raise UnavailableError(f"{name}: {type(exc).__name__}") from exc
    raise AssertionError("unreachable")


async def _write(driver: AsyncDriver, name: str, database: str | None, timeout: float,
                 params: dict[str, Any]) -> list[dict[str, Any]]:
    """One managed write transaction; the driver's retries stop well before the caller's patience."""
    query = cypher.query(name)

    async def work(tx: AsyncManagedTransaction) -> list[dict[str, Any]]:
        result = await tx.run(query, params)
        return [native(record.data()) async for record in result]

    try:
        async with asyncio.timeout(timeout):
            async with driver.session(database=database, max_transaction_retry_time=timeout / 3) as session:
                return await session.execute_write(work)
    except (*_UNAVAILABLE, DriverError) as exc:
        raise UnavailableError(f"{name}: {type(exc).__name__}") from exc


def _types(types: Iterable[str] | None) -> list[str]:
    """The relationship types to match, sorted: the ones asked for, or every type of the contract."""
    return sorted(set(types) if types else RELATION_TYPES)


def _filters(*, min_confidence: float | None, since: dt.date | None, until: dt.date | None,
             as_of: dt.date | None) -> dict[str, Any]:
    """Filter parameters that never change type: Neo4j caches a plan per parameter types, and
    planning these reads takes it a second or more, so "no filter" is a value, not a null."""
    return {"min_confidence": -1.0 if min_confidence is None else float(min_confidence),
            "dated": since is not None or until is not None,
            "since": since or dt.date.min, "until": until or dt.date.max,
            "as_of_given": as_of is not None, "as_of": as_of or dt.date.max,
            "event_types": sorted(EVENT_TYPES), "state_types": sorted(STATE_TYPES)}


# -- entities ----------------------------------------------------------------------------------
async def search_entities(driver: AsyncDriver, *, query: str, type: str | None, limit: int,
                          after: tuple[float, str] | None = None, database: str | None = None,
                          timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """Full-text matches, best first, then by id; `after` is the (score, id) of the previous page's last."""
    q = lucene_query(query)
    if not q:
        return []
    return await _read(driver, "read/entity_search", database, timeout, {
        "query": q, "type": type, "limit": limit,
        "after_score": after[0] if after else None, "after_id": after[1] if after else None})


async def list_entities(driver: AsyncDriver, *, type: str | None, limit: int, after: str | None = None,
                        database: str | None = None, timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    return await _read(driver, "read/entity_list", database, timeout, {"type": type, "limit": limit, "after": after})


async def get_entity(driver: AsyncDriver, *, id: str, database: str | None = None,
                     timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    rows = await _read(driver, "read/entity_get", database, timeout, {"id": id})
    if not rows:
        raise NotFoundError(f"no entity {id!r}")
    row = rows[0]
    entity = row["entity"]
    row["properties"] = {k: v for k, v in entity.items() if k not in ENTITY_FIELDS}
    return row


async def entity_relationships(
    driver: AsyncDriver, *, id: str, types: Iterable[str] | None = None, direction: str = "both",
    other_type: str | None = None, min_confidence: float | None = None, since: dt.date | None = None,
    until: dt.date | None = None, as_of: dt.date | None = None, limit: int = 50,
    after: tuple[str, str, str] | None = None, evidence_limit: int = 3, database: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[dict[str, Any]]:
    """One page of an entity's relationships in (type, other end's id, key) order, after `after`.

    An empty page for an entity that exists; NotFoundError for one that does not.
    """
    rows = await _read(driver, "read/entity_relationships", database, timeout, {
        "id": id, "types": _types(types), "direction": direction, "other_type": other_type or "Entity",
        "symmetric": sorted(SYMMETRIC_TYPES), "limit": limit, "after": list(after) if after else ["", "", ""],
        "evidence_limit": evidence_limit,
        **_filters(min_confidence=min_confidence, since=since, until=until, as_of=as_of)})
    if not rows:
        await get_entity(driver, id=id, database=database, timeout=timeout)
    return rows


def entity_relationships_params(**kwargs: Any) -> dict[str, Any]:
    """The parameters `entity_relationships` sends, for running the same Cypher directly (the benchmark)."""
    return {
        "id": kwargs["id"], "types": _types(kwargs.get("types")), "direction": kwargs.get("direction", "both"),
        "other_type": kwargs.get("other_type") or "Entity", "symmetric": sorted(SYMMETRIC_TYPES),
        "limit": kwargs.get("limit", 50), "after": ["", "", ""], "evidence_limit": kwargs.get("evidence_limit", 3),
        **_filters(min_confidence=None, since=None, until=None, as_of=None)}


# -- the graph ---------------------------------------------------------------------------------
async def relationships(
    driver: AsyncDriver, *, types: Iterable[str] | None = None, source_type: str | None = None,
    target_type: str | None = None, min_confidence: float | None = None, since: dt.date | None = None,
    until: dt.date | None = None, as_of: dt.date | None = None, limit: int = 50,
    after: tuple[str, str] | None = None, evidence_limit: int = 3, database: str | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[dict[str, Any]]:
    """One page of relationships across the graph in (type, key) order, after `after`.

    Type by type (one Cypher file each, read in key order from that type's index) until the page
    is full, so a page costs a few index reads however large the graph.
    """
    params = {"source_type": source_type or "Entity", "target_type": target_type or "Entity",
              "evidence_limit": evidence_limit,
              **_filters(min_confidence=min_confidence, since=since, until=until, as_of=as_of)}
    rows: list[dict[str, Any]] = []
    try:
        async with asyncio.timeout(timeout):
            for rel_type in _types(types):
                if after is not None and rel_type < after[0]:
                    continue
                after_key = after[1] if after is not None and rel_type == after[0] else ""
                rows += await _read(driver, relationships_query(rel_type), database, timeout,
                                    {**params, "after_key": after_key, "limit": limit - len(rows)})
                if len(rows) >= limit:
                    break
    except TimeoutError as exc:
        raise UnavailableError("relationships: TimeoutError") from exc
    return rows


def relationships_query(rel_type: str) -> str:
    """The Cypher file that reads one relationship type in key order."""
    return f"read/relationships_{rel_type.lower()}"


async def shortest_paths(driver: AsyncDriver, *, source: str, target: str, max_hops: int, limit: int,
                         after: list[str] | None = None, evidence_limit: int = 3, database: str | None = None,
                         timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    """The shortest paths (all of the same, least length <= max_hops), ordered by their relationship keys."""
    for entity_id in (source, target):
        await get_entity(driver, id=entity_id, database=database, timeout=timeout)
    if source == target:
        return []
    return await _read(driver, "read/paths_shortest", database, timeout, {
        "source": source, "target": target, "max_hops": max_hops, "limit": limit, "after": after,
        "evidence_limit": evidence_limit})


async def neighbourhood(driver: AsyncDriver, *, id: str, depth: int, max_nodes: int,
                        types: Iterable[str] | None = None, database: str | None = None,
                        timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """The entities within `depth` hops, ring by ring, strongest links first, at most `max_nodes`.

    Returns {"nodes": [... with "depth"], "edges": [...], "truncated": bool}.
    """
    centre = await get_entity(driver, id=id, database=database, timeout=timeout)
    entity = centre["entity"]
    nodes = [{"id": entity["id"], "name": entity["name"], "type": entity.get("type"), "labels": centre["labels"],
              "depth": 0}]
    seen = [entity["id"]]
    frontier = [entity["id"]]
    truncated = False
    type_list = _types(types)
    for ring in range(1, depth + 1):
        room = max_nodes - len(nodes)
        if room <= 0 or not frontier:
            break
        # one more than there is room for tells whether the ring was cut
        found = await _read(driver, "read/neighbours", database, timeout, {
            "frontier": frontier, "seen": seen, "types": type_list, "limit": room + 1})
        if len(found) > room:
            truncated = True
            found = found[:room]
        for row in found:
            nodes.append({**row, "depth": ring})
        frontier = [row["id"] for row in found]
        seen += frontier
    if not truncated and frontier and len(nodes) >= max_nodes and depth > 0:
        truncated = await _has_more(driver, frontier, seen, type_list, database, timeout)
    edge_cap = max_nodes * 4
    edges = await _read(driver, "read/subgraph_edges", database, timeout,
                        {"ids": seen, "types": type_list, "limit": edge_cap + 1})
    if len(edges) > edge_cap:
        truncated = True
        edges = edges[:edge_cap]
    return {"nodes": nodes, "edges": edges, "truncated": truncated}


async def _has_more(driver: AsyncDriver, frontier: list[str], seen: list[str], types: list[str],
                    database: str | None, timeout: float) -> bool:
    more = await _read(driver, "read/neighbours", database, timeout,
                       {"frontier": frontier, "seen": seen, "types": types, "limit": 1})
    return bool(more)


async def graph_counts(driver: AsyncDriver, *, database: str | None = None,
                       timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    rows = await _read(driver, "read/graph_counts", database, timeout, {})
    row = rows[0]
    return {"labels": {r["label"]: r["count"] for r in row["labels"]},
            "relationship_types": {r["type"]: r["count"] for r in row["types"]}}


# -- articles ----------------------------------------------------------------------------------
async def enqueue(driver: AsyncDriver, *, articles: list[Article], database: str | None = None,
                  timeout: float = DEFAULT_TIMEOUT) -> list[dict[str, Any]]:
    rows = [{"id": a.id, "payload": payload_of(a), "fingerprint": a.fingerprint()} for a in articles]
    if not rows:
        return []
    return await _write(driver, "queue/enqueue", database, timeout, {"rows": rows})


async def article_status(driver: AsyncDriver, *, id: str, database: str | None = None,
                         timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    rows = await _read(driver, "read/article_status", database, timeout, {"article_id": id})
    if not rows:
        raise NotFoundError(f"no article {id!r}")
    return rows[0]


async def article_graph(driver: AsyncDriver, *, id: str, database: str | None = None,
                        timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """What one article contributed, in the shape of its extraction: entities and relations with evidence."""
    await article_status(driver, id=id, database=database, timeout=timeout)
    entities = await _read(driver, "read/article_entities", database, timeout, {"article_id": id})
    relations = await _read(driver, "read/article_relations", database, timeout, {"article_id": id})
    for e in entities:
        e["properties"] = {k: v for k, v in (e.pop("props") or {}).items() if k not in ENTITY_FIELDS}
    return {"article_id": id, "entities": entities, "relations": relations}


async def delete_article(driver: AsyncDriver, *, id: str, database: str | None = None,
                         timeout: float = DEFAULT_TIMEOUT) -> None:
    """Remove an article and exactly the facts only it supported (the CLI's transaction script)."""
    try:
        async with asyncio.timeout(timeout):
            existed = await delete_article_async(driver, article_id=id, database=database)
    except (*_UNAVAILABLE, DriverError) as exc:
        raise UnavailableError(f"delete: {type(exc).__name__}") from exc
    if not existed:
        raise NotFoundError(f"no article {id!r}")


async def retry_article(driver: AsyncDriver, *, id: str, database: str | None = None,
                        timeout: float = DEFAULT_TIMEOUT) -> dict[str, Any]:
    """Queue a failed article again; NotFoundError when unknown, ConflictError when it has not failed."""
    job = await article_status(driver, id=id, database=database, timeout=timeout)
    if job["status"] is None:
        raise NotFoundError(f"article {id!r} has no queue entry to retry")
    if job["status"] != "failed":
        raise ConflictError(f"article {id!r} is {job['status']}; only failed articles can be retried")
    rows = await _write(driver, "queue/retry", database, timeout, {"ids": [id]})
    if not rows:
        raise ConflictError(f"article {id!r} cannot be retried: its input was never readable")
    return await article_status(driver, id=id, database=database, timeout=timeout)


async def queue_stats(driver: AsyncDriver, *, database: str | None = None,
                      timeout: float = DEFAULT_TIMEOUT) -> dict[str, int]:
    counts = {state: 0 for state in STATES}
    for r in await _read(driver, "queue/stats", database, timeout, {}):
        counts[r["status"]] = r["count"]
    return counts


async def warm_up(driver: AsyncDriver, *, database: str | None = None, timeout: float = 60.0) -> int:
    """Run every read once on ids that match nothing, so that Neo4j plans and caches them now.

    Planning a read with many optional filters takes Neo4j a second or so; without this the first
    callers after a start pay for it (the first page across all types: one plan per type).
    Returns how many were planned; a failure is left to the real call to report.
    """
    filters = _filters(min_confidence=None, since=None, until=None, as_of=None)
    nothing = "\uffff"
    calls: list[tuple[str, dict[str, Any]]] = [
        ("read/entity_relationships", {**entity_relationships_params(id=nothing), "limit": 1}),
        ("read/entity_get", {"id": nothing}),
        ("read/entity_search", {"query": "warmup", "type": None, "limit": 1, "after_score": None, "after_id": None}),
        ("read/entity_list", {"type": None, "limit": 1, "after": nothing}),
        ("read/paths_shortest", {"source": nothing, "target": nothing, "max_hops": 1, "limit": 1, "after": None,
                                 "evidence_limit": 1}),
        ("read/neighbours", {"frontier": [nothing], "seen": [nothing], "types": _types(None), "limit": 1}),
        ("read/subgraph_edges", {"ids": [nothing], "types": _types(None), "limit": 1}),
        ("read/article_status", {"article_id": nothing}),
        *[(relationships_query(t), {**filters, "source_type": "Entity", "target_type": "Entity",
                                     "evidence_limit": 1, "after_key": nothing, "limit": 1}) for t in _types(None)],
    ]
    planned = 0
    for name, params in calls:
        try:
            await _read(driver, name, database, timeout, params)
            planned += 1
        except Exception:  # noqa: BLE001 - a warm-up that fails changes nothing
            continue
    return planned


async def ping(driver: AsyncDriver, *, database: str | None = None, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Raise UnavailableError unless the database answers a query."""
    await _read(driver, "read/ping", database, timeout, {})

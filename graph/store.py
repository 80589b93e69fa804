"""Writing and deleting one article's facts, each inside one managed transaction.

Writing an article, in one transaction of five statements:

1. `queue/complete`: its lease is checked and the job completed (worker writes only): no lease,
   no write;
2. `write/article_upsert`: the article node is upserted, which locks the article, and what it
   mentioned before is read;
3. `write/identity_lock`: the identity keys of its entities (graph.identity) are locked, sorted,
   and their holders read; graph.identity decides which stored node each entity is;
4. `write/facts_sync`: every entity it touches, before or now, is locked (sorted; new ones
   created), and its mentions, relationships and evidence are made to match what it says now;
5. `write/refresh`: every relationship and entity it touches is recomputed from what supports
   it now, or deleted when nothing does.

Locks are always taken in the same order (article, keys, entities), so concurrent writers wait
for each other instead of deciding from stale reads; a deadlock the server detects anyway is
retried by the driver. Writing the same article again changes nothing, and every step is safe
for the driver to retry. Deleting runs the same steps with nothing to say.

The steps are written once, as *transaction scripts*: generators that yield
`(cypher name, parameters)` and receive each statement's rows. `run_script` plays one in a
sync transaction (the worker, the CLI) and `run_script_async` in an async one (the API).
"""
from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Generator
from dataclasses import dataclass
from typing import Any

from neo4j import AsyncDriver, AsyncManagedTransaction, Driver, ManagedTransaction
from neo4j.exceptions import ConstraintError

from graph import cypher
from graph.errors import ConflictError
from graph.identity import Holder, preferred_id, resolve
from graph.rows import ArticleRows, stored_rows

log = logging.getLogger(__name__)

Rows = list[dict[str, Any]]
Script = Generator[tuple[str, dict[str, Any]], Rows, Any]
STATE_TYPES = ("HOLDS_POSITION", "MEMBER_OF", "HEADS")
WRITE_ATTEMPTS = 5


class LeaseLost(ConflictError):
    """The worker no longer holds the article (lease expired and taken, content replaced, deleted)."""


class WriteRace(ConflictError):
    """A concurrent writer changed what this write had read; the whole transaction is run again."""


@dataclass(frozen=True)
class Lease:
    article_id: str
    token: str
    fingerprint: str


# -- the scripts --------------------------------------------------------------------------------
def _old_mentions(rows: Rows) -> tuple[list[str], list[str]]:
    ids = sorted({r["id"] for r in rows if r.get("id")})
    keys = sorted({k for r in rows for k in (r.get("keys") or [])})
    return ids, keys


def _sync_and_refresh(article_id: str, fingerprint: str, entities: Rows, mentions: Rows, relationships: Rows,
                      evidence: Rows, refresh_ids: list[str]) -> Generator[tuple[str, dict[str, Any]], Rows, None]:
    synced = yield "write/facts_sync", {
        "article_id": article_id, "fingerprint": fingerprint, "entities": entities, "mentions": mentions,
        "mentioned": [m["entity_id"] for m in mentions], "relationships": relationships, "evidence": evidence,
        "evidence_keys": [e["key"] for e in evidence]}
    if not synced:
        return  # no article node: nothing was ever written for it
    missing = {r["id"] for r in entities} - set(synced[0]["locked"])
    if missing:
        raise WriteRace(f"{len(missing)} entities vanished while being written")
    stale = [r for r in synced[0]["stale"] if r and r.get("key")]
    rels = sorted({r["key"]: r for r in [*stale, *relationships]}.values(), key=lambda r: r["key"])
    yield "write/refresh", {"relationships": rels, "entity_ids": sorted(set(refresh_ids))}


def write_article_script(rows: ArticleRows, lease: Lease | None = None) -> Script:
    if lease is not None:
        done = yield "queue/complete", {"article_id": lease.article_id, "token": lease.token,
                                        "fingerprint": lease.fingerprint}
        if not done:
            raise LeaseLost(f"article {lease.article_id}: lease lost before its write")
    before = yield "write/article_upsert", {"article": rows.article}
    old_ids, old_keys = _old_mentions(before)

    incoming = [e.incoming() for e in rows.entities]
    keys = sorted(set(rows.keys()) | set(old_keys))
    prefixes = sorted({preferred_id(e) for e in incoming} | {e.id for e in incoming})
    looked = yield "write/identity_lock", {"keys": keys, "prefixes": prefixes}
    holders: dict[str, list[Holder]] = {}
    taken: set[str] = set()
    if looked:
        holders = {k["key"]: [Holder(**h) for h in k["holders"]] for k in looked[0]["keys"]}
        taken = set(looked[0]["taken"])
    resolution = resolve(incoming, holders, taken)
    stored = stored_rows(rows, resolution)

    touched = {r["id"]: r for r in stored.entities}
    for old in old_ids:
        touched.setdefault(old, {"id": old, "type": "", "name": "", "new": False})
    yield from _sync_and_refresh(rows.article_id, rows.fingerprint, sorted(touched.values(), key=lambda r: r["id"]),
                                 stored.mentions, stored.relationships, stored.evidence, list(touched))
    return resolution.ids


def delete_article_script(article_id: str) -> Script:
    """Remove an article and exactly the facts that only it supported; returns whether it existed."""
    before = yield "write/article_lock", {"article_id": article_id}
    existed = bool(before and before[0]["existed"])
    old_ids, old_keys = _old_mentions(before)
    if old_keys:
        yield "write/identity_lock", {"keys": old_keys, "prefixes": []}
    entities = [{"id": i, "type": "", "name": "", "new": False} for i in old_ids]
    yield from _sync_and_refresh(article_id, "", entities, [], [], [], old_ids)
    yield "write/article_delete", {"article_id": article_id}
    return existed


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


def write_article_tx(tx: ManagedTransaction, rows: ArticleRows, lease: Lease | None = None) -> dict[str, str]:
    return dict(run_script(tx, write_article_script(rows, lease)))


def delete_article_tx(tx: ManagedTransaction, article_id: str) -> bool:
    return bool(run_script(tx, delete_article_script(article_id)))


async def delete_article_async(driver: AsyncDriver, *, article_id: str, database: str | None = None) -> bool:
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            async with driver.session(database=database) as session:
                return bool(await session.execute_write(
                    lambda tx: run_script_async(tx, delete_article_script(article_id))))
        except WriteRace:
            if attempt == WRITE_ATTEMPTS:
                raise
    raise AssertionError("unreachable")


def _retrying(what: str, fn: Any) -> Any:
    """Run a write again when it lost a race that the driver does not retry by itself: a new
    entity id taken meanwhile by another writer (constraint), or an entity gone meanwhile."""
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            return fn()
        except (ConstraintError, WriteRace) as exc:
            if attempt == WRITE_ATTEMPTS:
                raise
            log.info("%s: lost a race with another writer (%s); running it again", what, type(exc).__name__)
            time.sleep(0.05 * attempt)
    raise AssertionError("unreachable")


class GraphStore:
    """Writes through one driver; every method is one managed (retried) transaction."""

    def __init__(self, driver: Driver, database: str | None = None) -> None:
        self.driver = driver
        self.database = database

    def write_article(self, rows: ArticleRows, lease: Lease | None = None) -> dict[str, str]:
        """Write one article's facts; returns which stored id each extracted entity id became."""
        started = time.monotonic()

        def attempt() -> dict[str, str]:
            with self.driver.session(database=self.database) as session:
                return dict(session.execute_write(write_article_tx, rows, lease))

        ids: dict[str, str] = _retrying(f"article {rows.article_id}", attempt)
        log.debug("wrote article %s: %d entities, %d relations in %.0f ms", rows.article_id,
                  len(rows.entities), len(rows.relations), (time.monotonic() - started) * 1000)
        return ids

    def delete_article(self, article_id: str) -> bool:
        def attempt() -> bool:
            with self.driver.session(database=self.database) as session:
                return bool(session.execute_write(delete_article_tx, article_id))

        existed = bool(_retrying(f"delete {article_id}", attempt))
        log.info("deleted article %s (existed: %s)", article_id, existed)
        return existed

    def counts(self) -> dict[str, int]:
        records, _, _ = self.driver.execute_query(
            "MATCH (n:Entity) WITH count(n) AS nodes "
            "OPTIONAL MATCH (:Entity)-[r]->(:Entity) RETURN nodes, count(r) AS relationships",
            database_=self.database,
        )
        return dict(records[0])

    def relationships_as_of(self, on: dt.date, *, entity_id: str | None = None,
                            types: list[str] | None = None) -> list[dict[str, Any]]:
        return relationships_as_of(self.driver, on=on, entity_id=entity_id, types=types, database=self.database)


# -- time -----------------------------------------------------------------------------------------
def _as_of_params(on: dt.date, entity_id: str | None, types: list[str] | None) -> dict[str, Any]:
    wanted = [t for t in (types or STATE_TYPES) if t in STATE_TYPES]
    return {"date": on.isoformat(), "id": entity_id, "types": wanted}


def _native(row: dict[str, Any]) -> dict[str, Any]:
    return {k: (v.to_native() if hasattr(v, "to_native") else v) for k, v in row.items()}


def relationships_as_of(driver: Driver, *, on: dt.date, entity_id: str | None = None,
                        types: list[str] | None = None, database: str | None = None) -> list[dict[str, Any]]:
    """State relationships (HOLDS_POSITION, MEMBER_OF, HEADS) as they stood on a date: asserted by
    an article published on or before it; `current` is false when a later assertion (still on or
    before the date) gave the same post to someone else (see cypher/time/state_as_of.cypher)."""
    records, _, _ = driver.execute_query(cypher.query("time/state_as_of"), _as_of_params(on, entity_id, types),
                                         database_=database)
    return [_native(r.data()) for r in records]


async def relationships_as_of_async(driver: AsyncDriver, *, on: dt.date, entity_id: str | None = None,
                                    types: list[str] | None = None,
                                    database: str | None = None) -> list[dict[str, Any]]:
    records, _, _ = await driver.execute_query(cypher.query("time/state_as_of"),
                                               _as_of_params(on, entity_id, types), database_=database)
    return [_native(r.data()) for r in records]

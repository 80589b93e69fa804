"""The durable ingest queue, kept in Neo4j as one `(:IngestJob)` node per article id.

States: queued -> processing -> done | failed. A worker claims with a lease (a token and an
expiry, in server time); the article's write transaction completes the job only while the
lease is still held, so an article is never applied twice and never lost: a dead worker's
lease runs out and another worker takes the article again.
"""
from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from typing import Any

from neo4j import Driver

from graph import cypher
from graph.errors import NotFoundError
from ingest.articles import Article, ArticleError

STATES = ("queued", "processing", "done", "failed")


@dataclass(frozen=True)
class Claim:
    article_id: str
    payload: str | None
    fingerprint: str
    token: str
    attempts: int

    def article(self) -> Article:
        return Article.model_validate(json.loads(self.payload or "{}"))


def payload_of(article: Article) -> str:
    return article.model_dump_json()


class Queue:
    def __init__(self, driver: Driver, database: str | None = None) -> None:
        self.driver = driver
        self.database = database

    def _query(self, name: str, **params: Any) -> list[dict[str, Any]]:
        records, _, _ = self.driver.execute_query(cypher.query(name), params, database_=self.database)
        return [r.data() for r in records]

    def enqueue(self, articles: list[Article]) -> list[dict[str, Any]]:
        """Queue articles; returns [{article_id, status}] with status queued, processing or unchanged."""
        rows = [{"id": a.id, "payload": payload_of(a), "fingerprint": a.fingerprint()} for a in articles]
        if not rows:
            return []
        return self._query("queue/enqueue", rows=rows)

    def reject(self, errors: list[ArticleError]) -> list[dict[str, Any]]:
        """Record inputs that could not become articles as failed, with their error."""
        if not errors:
            return []
        return self._query("queue/reject", rows=[{"id": e.article_id, "error": e.error} for e in errors])

    def claim(self, worker: str, limit: int, lease_seconds: float, *, max_attempts: int = 3,
              held: Collection[str] = ()) -> list[Claim]:
        """Lease up to `limit` articles to `worker`; one whose lease already ran out `max_attempts`
        times is failed instead (it may be what kills its workers). An expired lease of the worker's
        own is taken back only when it is not among the articles it still holds (`held`)."""
        rows = self._query("queue/claim", worker=worker, limit=limit, lease_ms=int(lease_seconds * 1000),
                           max_attempts=max_attempts, held=list(held))
        return [Claim(**r) for r in rows]

    def fail(self, claim: Claim, error: str, *, permanent: bool, max_attempts: int) -> str | None:
        rows = self._query("queue/fail", article_id=claim.article_id, token=claim.token, error=error[:2000],
                           permanent=permanent, max_attempts=max_attempts)
        return rows[0]["status"] if rows else None

    def release(self, claims: list[Claim]) -> int:
        if not claims:
            return 0
        rows = [{"article_id": c.article_id, "token": c.token} for c in claims]
        return len(self._query("queue/release", rows=rows))

    def renew(self, claims: list[Claim], lease_seconds: float) -> set[str]:
        """Extend the leases still held; returns their article ids (the others were lost)."""
        if not claims:
            return set()
        rows = [{"article_id": c.article_id, "token": c.token} for c in claims]
        return {r["article_id"] for r in self._query("queue/renew", rows=rows, lease_ms=int(lease_seconds * 1000))}

    def retry(self, ids: list[str] | None) -> list[str]:
        """Queue failed articles again (all of them when `ids` is None); returns those queued."""
        return [r["article_id"] for r in self._query("queue/retry", ids=ids)]

    def stats(self) -> dict[str, int]:
        counts = {state: 0 for state in STATES}
        for r in self._query("queue/stats"):
            counts[r["status"]] = r["count"]
        return counts

    def get(self, article_id: str) -> dict[str, Any]:
        rows = self._query("queue/job_get", article_id=article_id)
        if not rows:
            raise NotFoundError(f"no article {article_id!r}")
        return rows[0]

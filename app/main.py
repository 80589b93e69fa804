"""The FastAPI application: one AsyncDriver for the process, schema applied at start-up."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.openapi.utils import get_openapi

from app import logs
from app.deps import require_read_key
from app.errors import install_error_handlers
from app.extraction import ExtractionService
from app.metrics import Metrics
from app.middleware import BodyLimitMiddleware, MetricsMiddleware
from app.models import Problem
from app.routes import articles, browser, entities, extract, graph, health, stats
from app.settings import get_api_settings
from graph import reads
from graph.driver import UNAVAILABLE, create_async_driver
from graph.schema import apply_schema_async
from graph.settings import get_neo4j_settings
from ingest.settings import get_extract_settings

log = logging.getLogger(__name__)
DESCRIPTION = """Relationship queries over a knowledge graph built from news articles. Every edge
carries its evidence: article, sentence and character offsets.

* Lists are pages in a stable order: pass a page's `next_cursor` as `cursor` for the next one
  (`next_cursor` is null on the last page); `limit` is capped.
* Errors are problem documents (`application/problem+json`): 404 unknown id, 422 bad parameter,
  413 oversized body, 503 while Neo4j is unreachable (with `Retry-After`).
* POST and DELETE routes need the `X-API-Key` header when a key is configured (`make run` prints
  it); read routes too when `NEWSGRAPH_API_PROTECT_READS` is set.
"""


async def _bootstrap_schema(app: FastAPI) -> None:
    """Apply the schema as soon as Neo4j answers, then have Neo4j plan the reads; the API serves
    (503s until Neo4j answers) meanwhile."""
    neo4j = get_neo4j_settings()
    delay = 1.0
    while True:
        try:
            count = await apply_schema_async(app.state.driver, database=neo4j.database)
            app.state.schema_ready = True
            log.info("schema in place (%d statements)", count)
            planned = await reads.warm_up(app.state.driver, database=neo4j.database)
            log.info("read queries planned: %d", planned)
            return
        except UNAVAILABLE as exc:
            log.warning("Neo4j not reachable yet (%s); retrying the schema in %.0f s", type(exc).__name__, delay)
        await asyncio.sleep(delay)
        delay = min(delay * 2, 15.0)


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    logs.configure(get_api_settings().log_format)
    app.state.driver = create_async_driver(get_neo4j_settings())
    app.state.extraction = ExtractionService(get_extract_settings().spacy_model)
    app.state.schema_ready = False
    task = asyncio.create_task(_bootstrap_schema(app))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        app.state.extraction.close()
        await app.state.driver.close()


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The generated document, plus the Problem schema that every error response refers to."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(problem.pop("$defs", {}))
    components["Problem"] = problem
    app.openapi_schema = schema
    return schema


def create_app() -> FastAPI:
    settings = get_api_settings()
    app = FastAPI(title="newsgraph", version="0.1.0", description=DESCRIPTION, lifespan=lifespan)
    install_error_handlers(app)
    app.state.metrics = Metrics()
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(MetricsMiddleware, metrics=app.state.metrics)  # outside the routes and the body limit
    protected_reads = [Depends(require_read_key)] if settings.protect_reads else []
    app.include_router(health.router)
    app.include_router(entities.router, dependencies=protected_reads)
    app.include_router(graph.router, dependencies=protected_reads)
    app.include_router(articles.router, dependencies=protected_reads)
    app.include_router(articles.write_router)
    app.include_router(extract.router)
    app.include_router(stats.router, dependencies=protected_reads)
    app.include_router(browser.router)
    browser.add_cors(app)  # Neo4j Browser, on Neo4j's origin, fetches the style and the guide from here
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    return app


app = create_app()

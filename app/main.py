"""The FastAPI application: one AsyncDriver for the process, schema applied at start-up."""
from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator

from fastapi import FastAPI

from app.errors import install_error_handlers
from app.routes import articles, browser, entities, health
from app.settings import get_api_settings
from graph.driver import UNAVAILABLE, create_async_driver
from graph.schema import apply_schema_async
from graph.settings import get_neo4j_settings

log = logging.getLogger(__name__)


async def _bootstrap_schema(app: FastAPI) -> None:
    """Apply the schema as soon as Neo4j answers; the API serves (503s) meanwhile."""
    neo4j = get_neo4j_settings()
    delay = 1.0
    while True:
        try:
            count = await apply_schema_async(app.state.driver, database=neo4j.database)
            app.state.schema_ready = True
            log.info("schema in place (%d statements)", count)
            return
        except UNAVAILABLE as exc:
            log.warning("Neo4j not reachable yet (%s); retrying the schema in %.0f s", type(exc).__name__, delay)
        await asyncio.sleep(delay)
        delay = min(delay * 2, 15.0)


@contextlib.asynccontextmanager
async def lifespan(app: FastAPI) -> AsyncIterator[None]:
    app.state.driver = create_async_driver(get_neo4j_settings())
    app.state.schema_ready = False
    task = asyncio.create_task(_bootstrap_schema(app))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await task
        await app.state.driver.close()


def create_app() -> FastAPI:
    get_api_settings()
    app = FastAPI(
        title="newsgraph",
        version="0.1.0",
        description="Relationship queries over a knowledge graph built from news articles. "
        "Every edge carries its evidence: article, sentence and character offsets.",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    app.include_router(health.router)
    app.include_router(articles.router)
    app.include_router(entities.router)
    app.include_router(browser.router)
    browser.add_cors(app)  # Neo4j Browser, on Neo4j's origin, fetches the style and the guide from here
    return app


app = create_app()

"""Operations: liveness, readiness, Prometheus metrics."""
from __future__ import annotations

import logging

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, PlainTextResponse

from app.deps import ApiSettingsDep, DriverDep, Neo4jSettingsDep
from app.errors import problem, problem_responses
from app.models import Health, Ready
from graph import reads
from graph.errors import UnavailableError
from graph.schema import schema_in_place

log = logging.getLogger(__name__)
router = APIRouter(tags=["operations"])
PROMETHEUS = "text/plain; version=0.0.4; charset=utf-8"


@router.get("/health", response_model=Health, summary="The process is up (says nothing of Neo4j)")
async def health() -> Health:
    return Health(status="ok")


@router.get("/ready", response_model=Ready, responses=problem_responses(503),
            summary="Ready to serve: Neo4j answers and every constraint and index is online")
async def ready(request: Request, driver: DriverDep, neo4j: Neo4jSettingsDep,
                api: ApiSettingsDep) -> Ready | JSONResponse:
    try:
        await reads.ping(driver, database=neo4j.database, timeout=min(api.query_timeout, 3.0))
    except UnavailableError:
        return problem(503, "Neo4j is unreachable", neo4j=False, schema_in_place=False)
    try:
        in_place = await schema_in_place(driver, database=neo4j.database)
    except Exception as exc:  # the database went away between the two queries
        log.warning("schema check failed: %s", type(exc).__name__)
        return problem(503, "Neo4j is unreachable", neo4j=False, schema_in_place=False)
    if not in_place:
        return problem(503, "the schema (constraints and indexes) is not in place yet", neo4j=True,
                       schema_in_place=False)
    return Ready(status="ready", neo4j=True, schema_in_place=True)


@router.get("/metrics", response_class=PlainTextResponse,
            responses={200: {"content": {PROMETHEUS: {"schema": {"type": "string"}}},
                             "description": "Prometheus text exposition format"}},
            summary="Prometheus metrics: requests and latencies per route template, queue depth")
async def metrics(request: Request, driver: DriverDep, neo4j: Neo4jSettingsDep) -> PlainTextResponse:
    queue: dict[str, int] | None
    try:
        queue = await reads.queue_stats(driver, database=neo4j.database, timeout=2.0)
        up = True
    except UnavailableError:
        queue, up = None, False
    body = request.app.state.metrics.render(queue=queue, neo4j_up=up)
    return PlainTextResponse(body, media_type=PROMETHEUS)

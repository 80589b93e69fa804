"""Every error response is a JSON problem document (RFC 9457), made here and only here.

Nothing of an exception but its class name reaches the log, and nothing of it the response:
no stack trace, no Cypher, no parameters.
"""
from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from neo4j.exceptions import ConnectionAcquisitionTimeoutError, ServiceUnavailable, SessionExpired, TransientError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from app.pagination import InvalidCursor
from graph.errors import ConflictError, GraphError, NotFoundError, UnavailableError

log = logging.getLogger(__name__)
PROBLEM = "application/problem+json"
RETRY_AFTER_SECONDS = 5


def problem(status: int, detail: str, *, title: str | None = None, **extra: Any) -> JSONResponse:
    body = {"type": "about:blank", "title": title or HTTPStatus(status).phrase, "status": status,
            "detail": detail, **extra}
    headers = {"Retry-After": str(RETRY_AFTER_SECONDS)} if status == 503 else None
    return JSONResponse(body, status_code=status, media_type=PROBLEM, headers=headers)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for the error statuses a route may answer with."""
    what = {
        400: "the request is malformed", 401: "a valid X-API-Key header is required",
        404: "no such entity or article", 409: "the request contradicts the stored state",
        413: "the request body is over the size limit", 422: "a parameter or the body is not valid",
        503: "Neo4j is unreachable; retry after the Retry-After seconds",
    }
    return {status: {"description": what[status],
                     "content": {PROBLEM: {"schema": {"$ref": "#/components/schemas/Problem"}}}}
            for status in statuses}


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    out = []
    for e in exc.errors():
        loc = [p if isinstance(p, (str, int)) else str(p) for p in e.get("loc", [])]
        out.append({"loc": loc, "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))})
    return out


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFoundError)
    async def not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return problem(404, str(exc))

    @app.exception_handler(ConflictError)
    async def conflict(request: Request, exc: ConflictError) -> JSONResponse:
        return problem(409, str(exc))

    @app.exception_handler(InvalidCursor)
    async def invalid_cursor(request: Request, exc: InvalidCursor) -> JSONResponse:
        return problem(422, str(exc), errors=[{"loc": ["query", "cursor"], "msg": str(exc), "type": "cursor"}])

    @app.exception_handler(UnavailableError)
    @app.exception_handler(ServiceUnavailable)
    @app.exception_handler(SessionExpired)
    @app.exception_handler(TransientError)
    @app.exception_handler(ConnectionAcquisitionTimeoutError)
    async def unavailable(request: Request, exc: Exception) -> JSONResponse:
        log.warning("Neo4j unavailable during %s %s: %s", request.method, _route(request), type(exc).__name__)
        return problem(503, "the graph database is unreachable; try again shortly")

    @app.exception_handler(GraphError)
    async def graph_error(request: Request, exc: GraphError) -> JSONResponse:
        log.error("graph error during %s %s: %s", request.method, _route(request), type(exc).__name__)
        return problem(500, "the graph store failed to answer")

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        return problem(422, "the request is not valid", errors=_validation_errors(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        response = problem(exc.status_code, str(exc.detail))
        if exc.headers:
            response.headers.update(exc.headers)
        if exc.status_code == 405:
            response.headers["Allow"] = ", ".join(_allowed_methods(request))
        return response

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled %s during %s %s", type(exc).__name__, request.method, _route(request),
                  exc_info=exc)
        return problem(500, "internal error")


def _allowed_methods(request: Request) -> list[str]:
    """Every method the OpenAPI document lists for this path (Starlette's 405 names only the methods
    of the first route whose path matched)."""
    table = getattr(request.app.state, "allowed_methods", None)
    if table is None:
        table = [(compile_path(path)[0], path.count("{"), sorted(m.upper() for m in operations))
                 for path, operations in request.app.openapi().get("paths", {}).items()]
        request.app.state.allowed_methods = table
    matches = [(params, methods) for regex, params, methods in table if regex.match(request.url.path)]
    if not matches:
        return []
    # the most literal template wins: /v1/articles/batch, not /v1/articles/{article_id}
    fewest = min(params for params, _ in matches)
    return sorted({m for params, methods in matches if params == fewest for m in methods})


def _route(request: Request) -> str:
    route = request.scope.get("route")
    return getattr(route, "path", None) or "(unrouted)"

"""Plain ASGI middleware (no per-request task or body copy): a body size limit, and per-route
metrics with one structured access-log line per request."""
from __future__ import annotations

import json
import logging
import time

from fastapi import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.errors import PROBLEM
from app.metrics import Metrics

access_log = logging.getLogger("newsgraph.access")


class BodyLimitMiddleware:
    """Answer 413 to a body over `max_bytes`: at once from Content-Length, or while it streams in."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        for name, value in scope["headers"]:
            if name == b"content-length":
                try:
                    declared = int(value)
                except ValueError:
                    await _send_problem(send, 400, "the Content-Length header is not a number")
                    return
                if declared > self.max_bytes:
                    await _send_problem(send, 413, self._detail())
                    return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise _TooLarge(self.max_bytes)
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_problem(send, 413, self._detail())

    def _detail(self) -> str:
        return f"the request body is over the limit of {self.max_bytes} bytes"


class _TooLarge(HTTPException):
    """Raised from `receive`; FastAPI passes HTTPExceptions through, so the problem handler answers 413."""

    def __init__(self, max_bytes: int) -> None:
        super().__init__(status_code=413, detail=f"the request body is over the limit of {max_bytes} bytes")


async def _send_problem(send: Send, status: int, detail: str) -> None:
    from http import HTTPStatus

    body = json.dumps({"type": "about:blank", "title": HTTPStatus(status).phrase, "status": status,
                       "detail": detail}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", PROBLEM.encode()), (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class MetricsMiddleware:
    """Count and time every request under its route template (`/v1/entities/{entity_id}`), and log it."""

    def __init__(self, app: ASGIApp, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def capture(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, capture)
        finally:
            elapsed = time.perf_counter() - started
            route = _template(scope)
            self.metrics.observe(scope["method"], route, status, elapsed)
            access_log.info("request", extra={"fields": {
                "method": scope["method"], "route": route, "status": status,
                "duration_ms": round(elapsed * 1000, 2)}})


def _template(scope: Scope) -> str:
    route = scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else "(unrouted)"

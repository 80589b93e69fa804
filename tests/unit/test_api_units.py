"""The API's own pieces without a database: cursors, metrics text, JSON logs, the body limit, the
key check, dates, full-text query escaping, temporal conversion."""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging

import pytest
from fastapi import HTTPException
from pydantic import SecretStr, ValidationError

from app import pagination
from app.deps import _check_key
from app.logs import JsonFormatter, TextFormatter
from app.metrics import Metrics
from app.middleware import BodyLimitMiddleware
from app.models import ArticleCreate
from app.settings import ApiSettings
from graph.reads import lucene_query, native


def test_cursor_round_trip_and_tampering() -> None:
    cursor = pagination.encode("relationships-of", ["NOMINATED", "person:anna", "abc"])
    assert "=" not in cursor and "/" not in cursor and "+" not in cursor  # safe in a query string
    assert pagination.decode("relationships-of", cursor, (str, str, str)) == ["NOMINATED", "person:anna", "abc"]
    with pytest.raises(pagination.InvalidCursor):
        pagination.decode("relationships", cursor, (str, str))  # another list's cursor
    with pytest.raises(pagination.InvalidCursor):
        pagination.decode("relationships-of", cursor, (str, str))  # wrong shape
    with pytest.raises(pagination.InvalidCursor):
        pagination.decode("search", pagination.encode("search", ["7.4", "x"]), (float, str))  # wrong type
    for garbage in ("", "!!!", "0" * 50, pagination.encode("x", [1])[:-3]):
        with pytest.raises(pagination.InvalidCursor):
            pagination.decode("relationships-of", garbage, (str, str, str))
    score = 7.482948303222656
    assert pagination.decode("search", pagination.encode("search", [score, "id"]), (float, str))[0] == score


def test_page_split() -> None:
    assert pagination.page([1, 2, 3], 2) == ([1, 2], True)
    assert pagination.page([1, 2], 2) == ([1, 2], False)
    assert pagination.page([], 2) == ([], False)


def test_metrics_text_format() -> None:
    metrics = Metrics()
    metrics.observe("GET", "/v1/entities/{entity_id}", 200, 0.004)
    metrics.observe("GET", "/v1/entities/{entity_id}", 200, 0.2)
    metrics.observe("GET", "/v1/entities/{entity_id}", 404, 0.001)
    text = metrics.render(queue={"queued": 3, "failed": 1}, neo4j_up=True)
    lines = text.splitlines()
    assert 'newsgraph_http_requests_total{method="GET",route="/v1/entities/{entity_id}",status="200"} 2' in lines
    assert 'newsgraph_http_requests_total{method="GET",route="/v1/entities/{entity_id}",status="404"} 1' in lines
    buckets = {line.split('le="')[1].split('"')[0]: int(line.split()[-1]) for line in lines
               if line.startswith("newsgraph_http_request_duration_seconds_bucket")}
    assert buckets["0.001"] == 1 and buckets["0.005"] == 2 and buckets["0.25"] == 3 and buckets["+Inf"] == 3
    assert 'newsgraph_queue_depth{state="queued"} 3' in lines
    assert "newsgraph_neo4j_up 1" in lines
    assert "# TYPE newsgraph_http_request_duration_seconds histogram" in lines
    down = Metrics().render(queue=None, neo4j_up=False)
    assert "newsgraph_neo4j_up 0" in down and "newsgraph_queue_depth" not in down


def test_json_log_lines() -> None:
    record = logging.LogRecord("newsgraph.access", logging.INFO, __file__, 1, "request", (), None)
    record.fields = {"route": "/v1/paths", "status": 200, "duration_ms": 1.5}
    entry = json.loads(JsonFormatter().format(record))
    assert entry["logger"] == "newsgraph.access" and entry["level"] == "INFO" and entry["message"] == "request"
    assert entry["route"] == "/v1/paths" and entry["status"] == 200
    dt.datetime.fromisoformat(entry["time"])
    try:
        raise ValueError("secret parameter value")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    entry = json.loads(JsonFormatter().format(record))
    assert entry["exception"] == "ValueError" and "Traceback" in entry["traceback"]
    plain = logging.LogRecord("newsgraph.access", logging.INFO, __file__, 1, "request", (), None)
    plain.fields = {"route": "/v1/paths", "status": 200}
    assert TextFormatter().format(plain).endswith("newsgraph.access: request route=/v1/paths status=200")


async def _call(app, method: str, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> list[dict]:  # type: ignore[no-untyped-def]
    sent: list[dict] = []
    messages = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]

    async def receive() -> dict:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        sent.append(message)

    await app({"type": "http", "method": method, "headers": headers, "path": "/"}, receive, send)
    return sent


async def _echo(scope, receive, send) -> None:  # type: ignore[no-untyped-def]
    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": str(len(body)).encode()})


def test_body_limit_by_content_length_and_while_streaming() -> None:
    limited = BodyLimitMiddleware(_echo, max_bytes=10)
    small = asyncio.run(_call(limited, "POST", [(b"content-length", b"5")], [b"12345"]))
    assert small[0]["status"] == 200 and small[1]["body"] == b"5"
    declared = asyncio.run(_call(limited, "POST", [(b"content-length", b"11")], [b"x" * 11]))
    assert declared[0]["status"] == 413
    assert json.loads(declared[1]["body"])["status"] == 413
    assert (b"content-type", b"application/problem+json") in declared[0]["headers"]
    streamed = asyncio.run(_call(limited, "POST", [], [b"x" * 6, b"x" * 6]))  # no length given: counted
    assert streamed[0]["status"] == 413 and len(streamed) == 2
    bad = asyncio.run(_call(limited, "POST", [(b"content-length", b"ten")], [b""]))
    assert bad[0]["status"] == 400
    get = asyncio.run(_call(limited, "GET", [(b"content-length", b"100")], [b""]))
    assert get[0]["status"] == 200


def test_api_key_check() -> None:
    open_settings = ApiSettings(key=None)
    _check_key(open_settings, None)  # no key configured: nothing to check
    settings = ApiSettings(key=SecretStr("s3cret"))
    _check_key(settings, "s3cret")
    for given in (None, "", "s3cre", "s3cret "):
        with pytest.raises(HTTPException) as raised:
            _check_key(settings, given)
        assert raised.value.status_code == 401


def test_article_dates_are_iso_strings_only() -> None:
    base = {"id": "a", "text": "x"}
    assert ArticleCreate.model_validate({**base, "published": "2024-02-05"}).published == dt.date(2024, 2, 5)
    assert ArticleCreate.model_validate(base).published is None
    for bad in (0, 1707091200, "1707091200", "05/02/2024", "2024-02-05T10:00:00"):
        with pytest.raises(ValidationError):
            ArticleCreate.model_validate({**base, "published": bad})


def test_lucene_query_escapes_syntax() -> None:
    assert lucene_query("Lebedev") == "(Lebedev OR Lebedev*)"
    assert lucene_query("Sergey Lebedev") == "Sergey~1 AND (Lebedev OR Lebedev*)"
    escaped = lucene_query('a" OR *:* (x)')
    assert '\\"' in escaped and "\\*\\:\\*" in escaped and "\\(x\\)" in escaped
    assert lucene_query("   ") == ""


def test_native_converts_temporal_values_anywhere() -> None:
    from neo4j.time import Date, DateTime

    row = {"a": Date(2024, 2, 5), "b": [DateTime(2024, 2, 5, 10, 0, 0)], "c": {"d": [Date(2023, 1, 1)]}, "e": 1.5,
           "f": None, "g": "s", "h": True}
    out = native(row)
    assert out["a"] == dt.date(2024, 2, 5) and isinstance(out["b"][0], dt.datetime)
    assert out["c"]["d"] == [dt.date(2023, 1, 1)]
    assert (out["e"], out["f"], out["g"], out["h"]) == (1.5, None, "s", True)


def test_one_relationships_file_per_type_differing_only_in_the_type() -> None:
    from graph import cypher
    from graph.reads import relationships_query
    from ingest.model import RELATION_TYPES

    texts = {t: cypher.query(relationships_query(t)) for t in RELATION_TYPES}
    assert sum(1 for n in cypher.names("read") if n.startswith("read/relationships_")) == len(RELATION_TYPES)
    reference = texts["HEADS"].replace("HEADS", "{T}")
    for rel_type, text in texts.items():
        assert f"[r:{rel_type}]" in text
        assert text.replace(rel_type, "{T}") == reference, rel_type

"""Operations against the real Neo4j: health, readiness, metrics, JSON logs, the OpenAPI document,
protected reads, and the API riding out a Neo4j that goes away and comes back."""
from __future__ import annotations

import json
import os
import time

import httpx
import pytest

from tests.conftest import ROOT
from tests.integration.api_support import api_process, seed_graph


@pytest.fixture(scope="module")
def graph(driver, api_url):  # type: ignore[no-untyped-def]
    seed_graph(driver)
    return api_url


def test_health_and_ready(graph) -> None:  # type: ignore[no-untyped-def]
    assert httpx.get(graph + "/health", timeout=5).json() == {"status": "ok"}
    assert httpx.get(graph + "/ready", timeout=5).json() == {"status": "ready", "neo4j": True, "schema_in_place": True}


def test_metrics_per_route_template_and_queue_depth(graph) -> None:  # type: ignore[no-untyped-def]
    for i in range(3):
        httpx.get(f"{graph}/v1/entities/person:metrics-{i}", timeout=5)
    text = httpx.get(graph + "/metrics", timeout=5)
    assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
    lines = text.text.splitlines()
    counted = [line for line in lines if line.startswith(
        'newsgraph_http_requests_total{method="GET",route="/v1/entities/{entity_id}",status="404"}')]
    assert len(counted) == 1 and int(counted[0].split()[-1]) >= 3
    assert not any("person:metrics-" in line for line in lines)  # templates, not concrete paths
    assert any(line.startswith('newsgraph_http_request_duration_seconds_bucket{method="GET",'
                               'route="/v1/entities/{entity_id}",le="+Inf"}') for line in lines)
    assert "newsgraph_neo4j_up 1" in lines
    assert any(line.startswith('newsgraph_queue_depth{state="queued"}') for line in lines)


def test_openapi_documents_every_route_with_examples(graph) -> None:  # type: ignore[no-untyped-def]
    doc = httpx.get(graph + "/openapi.json", timeout=5).json()
    schemas = doc["components"]["schemas"]
    operations = {(method.upper(), path): op for path, item in doc["paths"].items() for method, op in item.items()}
    expected = {
        ("GET", "/v1/entities"), ("GET", "/v1/entities/{entity_id}"), ("GET", "/v1/entities/{entity_id}/relationships"),
        ("GET", "/v1/entities/{entity_id}/neighbourhood"), ("GET", "/v1/relationships"), ("GET", "/v1/paths"),
        ("POST", "/v1/articles"), ("POST", "/v1/articles/batch"), ("GET", "/v1/articles/{article_id}"),
        ("GET", "/v1/articles/{article_id}/graph"), ("DELETE", "/v1/articles/{article_id}"),
        ("POST", "/v1/articles/{article_id}/retry"), ("POST", "/v1/extract"), ("GET", "/v1/stats"),
        ("GET", "/v1/schema"), ("GET", "/health"), ("GET", "/ready"), ("GET", "/metrics"),
    }
    assert expected <= set(operations)
    for (method, path), op in operations.items():
        if not path.startswith("/v1/"):
            continue
        assert op.get("summary"), (method, path)
        ok = next(code for code in op["responses"] if code.startswith("2"))
        content = op["responses"][ok].get("content", {}).get("application/json")
        if content:  # the success body's model carries an example, or its items' model does
            ref = content["schema"]["$ref"].rsplit("/", 1)[-1]
            item_ref = schemas[ref].get("properties", {}).get("items", {}).get("items", {}).get("$ref", "")
            examples = schemas[ref].get("examples") or schemas.get(item_ref.rsplit("/", 1)[-1], {}).get("examples")
            assert examples, (method, path, ref)
        for code in ("422", "503"):
            if code in op["responses"]:
                assert "application/problem+json" in op["responses"][code]["content"], (method, path, code)
        if method in ("POST", "DELETE"):
            assert op.get("security"), (method, path)  # the API key
            assert "401" in op["responses"]
    assert "Problem" in schemas


def test_unsupported_methods_are_405_problems_with_allow(graph) -> None:  # type: ignore[no-untyped-def]
    resp = httpx.put(graph + "/v1/articles/some-article", timeout=5)
    assert resp.status_code == 405 and resp.headers["content-type"] == "application/problem+json"
    assert resp.headers["allow"] == "DELETE, GET"
    batch = httpx.request("OPTIONS", graph + "/v1/articles/batch", timeout=5)
    assert batch.status_code == 405 and batch.headers["allow"] == "POST"
    assert httpx.delete(graph + "/v1/entities", timeout=5).headers["allow"] == "GET"


def test_protected_reads_and_json_logs(neo4j_env, graph) -> None:  # type: ignore[no-untyped-def]
    with api_process(neo4j_env, NEWSGRAPH_API_KEY="read-key", NEWSGRAPH_API_PROTECT_READS="true") as url:
        denied = httpx.get(url + "/v1/entities", params={"q": "Anna"}, timeout=10)
        assert denied.status_code == 401 and denied.headers["content-type"] == "application/problem+json"
        allowed = httpx.get(url + "/v1/entities", params={"q": "Anna"}, headers={"X-API-Key": "read-key"}, timeout=10)
        assert allowed.status_code == 200 and allowed.json()["items"]
        assert httpx.get(url + "/v1/stats", timeout=10).status_code == 401
        assert httpx.get(url + "/health", timeout=10).status_code == 200  # operations stay open
        doc = httpx.get(url + "/openapi.json", timeout=10).json()
        assert doc["paths"]["/v1/entities"]["get"].get("security")
        port = url.rsplit(":", 1)[1]
    lines = (ROOT / ".pytest_cache" / f"api-server-{port}.log").read_text().splitlines()
    entries = [json.loads(line) for line in lines if line.startswith("{")]
    access = [e for e in entries if e["logger"] == "newsgraph.access"]
    first = next(e for e in access if e["route"] == "/v1/entities")
    assert first["status"] == 401 and first["method"] == "GET"
    assert all(isinstance(e["duration_ms"], float) for e in access)
    assert not any("Anna" in line for line in lines)  # parameters stay out of the logs


def test_the_api_rides_out_a_neo4j_restart(graph, neo4j_env) -> None:  # type: ignore[no-untyped-def]
    if os.environ.get("NEWSGRAPH_TEST_NEO4J_URI"):
        pytest.skip("the test database is not ours to stop")
    from graph.local_server import LocalServer
    from graph.settings import get_local_server_settings, get_neo4j_settings

    server = LocalServer(get_local_server_settings(), get_neo4j_settings())
    assert server.pid() is not None
    entity = graph + "/v1/entities/person:anna-petrova/relationships"
    assert httpx.get(entity, timeout=10).status_code == 200
    server.stop()
    try:
        started = time.monotonic()
        for path in ("/v1/entities/person:anna-petrova/relationships", "/v1/entities?q=Anna", "/v1/stats",
                     "/v1/paths?from=person:anna-petrova&to=person:boris-ivanov"):
            resp = httpx.get(graph + path, timeout=30)
            assert resp.status_code == 503, (path, resp.text)
            assert resp.headers["content-type"] == "application/problem+json"
            assert resp.headers["retry-after"] == "5"
            assert "Traceback" not in resp.text and "neo4j" not in resp.json()["detail"].lower()
        submit = httpx.post(graph + "/v1/articles", json={"id": "during-outage", "text": "The commission met."},
                            headers={"X-API-Key": "test-key"}, timeout=30)
        assert submit.status_code == 503
        assert time.monotonic() - started < 20  # answered, not hung
        assert httpx.get(graph + "/health", timeout=5).status_code == 200
        ready = httpx.get(graph + "/ready", timeout=10)
        assert ready.status_code == 503 and ready.json()["neo4j"] is False
        assert "newsgraph_neo4j_up 0" in httpx.get(graph + "/metrics", timeout=10).text.splitlines()
    finally:
        server.start()
    # back without restarting the API
    deadline = time.monotonic() + 60
    while httpx.get(graph + "/ready", timeout=10).status_code != 200:
        assert time.monotonic() < deadline, "the API did not recover"
        time.sleep(0.5)
    resp = httpx.get(entity, timeout=10)
    assert resp.status_code == 200 and len(resp.json()["items"]) == 5

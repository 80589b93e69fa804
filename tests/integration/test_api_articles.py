"""Articles over HTTP against the real Neo4j: submit one or a batch, status, the article's own
graph, delete, retry, extraction without storage; the API key; body size limits."""
from __future__ import annotations

import httpx
import pytest

from graph.queue import Queue
from ingest.articles import Article
from ingest.settings import WorkerSettings
from ingest.worker import Worker
from tests.conftest import graph_counts

KEY = {"X-API-Key": "test-key"}  # what the `api_url` fixture configures
TEXT = ("The Central Election Commission registered Ivan Petrov as a candidate in the presidential election, "
        "the commission said on Monday. Petrov was nominated by the Green Party.")


@pytest.fixture()
def api(clean_db, api_url):  # type: ignore[no-untyped-def]
    return api_url


def post(url: str, path: str, body: object, headers: dict[str, str] | None = KEY) -> httpx.Response:
    return httpx.post(url + path, json=body, headers=headers, timeout=30)


def drain(driver, extractor) -> None:  # type: ignore[no-untyped-def]
    stats = Worker(driver, extractor, WorkerSettings(poll_interval=0.1)).run(drain=True)
    assert stats.failed == 0


def test_write_routes_need_the_key(api) -> None:  # type: ignore[no-untyped-def]
    article = {"id": "keyed", "text": TEXT}
    for headers in (None, {"X-API-Key": "wrong"}):
        for method, path, body in (("POST", "/v1/articles", article), ("POST", "/v1/articles/batch",
                                                                        {"articles": [article]}),
                                   ("POST", "/v1/extract", {"text": TEXT}), ("DELETE", "/v1/articles/keyed", None),
                                   ("POST", "/v1/articles/keyed/retry", None)):
            resp = httpx.request(method, api + path, json=body, headers=headers, timeout=10)
            assert resp.status_code == 401, (method, path, resp.text)
            assert resp.headers["content-type"] == "application/problem+json"
    # reads stay open unless NEWSGRAPH_API_PROTECT_READS is set (test_api_operations checks that)
    assert httpx.get(api + "/v1/articles/keyed", timeout=10).status_code == 404


def test_submit_status_graph_and_delete(api, clean_db, extractor) -> None:  # type: ignore[no-untyped-def]
    article = {"id": "api-submitted", "text": TEXT, "title": "Petrov registered", "published": "2024-03-04",
               "url": "https://news.test/petrov", "outlet": "Test Wire"}
    accepted = post(api, "/v1/articles", article)
    assert accepted.status_code == 202 and accepted.json() == {"id": "api-submitted", "status": "queued"}
    status = httpx.get(api + "/v1/articles/api-submitted", timeout=10).json()
    assert status["status"] == "queued" and status["stored"] is False
    assert httpx.get(api + "/v1/articles/api-submitted/graph", timeout=10).json()["relations"] == []

    drain(clean_db, extractor)
    status = httpx.get(api + "/v1/articles/api-submitted", timeout=10).json()
    assert status["status"] == "done" and status["stored"] and status["title"] == "Petrov registered"
    assert status["published"] == "2024-03-04" and status["entities"] >= 2 and status["evidence"] >= 1
    assert post(api, "/v1/articles", article).json()["status"] == "unchanged"

    graph = httpx.get(api + "/v1/articles/api-submitted/graph", timeout=10).json()
    assert graph["article_id"] == "api-submitted"
    # the stored graph is what extraction of the same article gives
    extracted = post(api, "/v1/extract", {k: article[k] for k in ("id", "text", "published")}).json()
    as_set = lambda g: {(r["type"], r["source"], r["target"]) for r in g["relations"]}  # noqa: E731
    assert as_set(graph) == as_set(extracted) and as_set(graph)
    assert {e["id"] for e in graph["entities"]} == {e["id"] for e in extracted["entities"]}
    for rel in graph["relations"]:
        for ev in rel["evidence"]:
            assert TEXT[ev["start"]:ev["end"]] == ev["sentence"]

    before = graph_counts(clean_db)
    assert before["articles"] == 1 and before["relationships"] >= 1
    deleted = httpx.delete(api + "/v1/articles/api-submitted", headers=KEY, timeout=10)
    assert deleted.status_code == 204 and deleted.content == b""
    assert graph_counts(clean_db) == {"entities": 0, "relationships": 0, "evidence": 0, "mentions": 0, "articles": 0}
    for path in ("/v1/articles/api-submitted", "/v1/articles/api-submitted/graph"):
        assert httpx.get(api + path, timeout=10).status_code == 404
    again = httpx.delete(api + "/v1/articles/api-submitted", headers=KEY, timeout=10)
    assert again.status_code == 404 and again.headers["content-type"] == "application/problem+json"


def test_extract_stores_nothing(api, clean_db) -> None:  # type: ignore[no-untyped-def]
    before = graph_counts(clean_db)
    resp = post(api, "/v1/extract", {"text": TEXT, "published": "2024-03-04"})
    assert resp.status_code == 200, resp.text
    body = resp.json()
    assert set(body) == {"article_id", "entities", "relations"}
    names = {e["name"] for e in body["entities"]}
    assert "Ivan Petrov" in names
    for rel in body["relations"]:
        assert 0 <= rel["confidence"] <= 1 and rel["evidence"]
        assert {rel["source"], rel["target"]} <= {e["id"] for e in body["entities"]}
    assert graph_counts(clean_db) == before
    records, _, _ = clean_db.execute_query("MATCH (j:IngestJob) RETURN count(j) AS n")
    assert records[0]["n"] == 0
    html = post(api, "/v1/extract", {"text": "<html><body><p>Hello</p><div>x</div></body></html>"})
    assert html.status_code == 422 and html.headers["content-type"] == "application/problem+json"


def test_batch(api, clean_db) -> None:  # type: ignore[no-untyped-def]
    batch = {"articles": [
        {"id": "batch-1", "text": TEXT},
        {"id": "batch-2", "text": "<html><body><p>not an article</p><div>x</div></body></html>"},
        {"id": "batch-3", "text": TEXT + " More words follow here."},
    ]}
    resp = post(api, "/v1/articles/batch", batch)
    assert resp.status_code == 202, resp.text
    body = resp.json()
    assert [(i["id"], i["status"]) for i in body["items"]] == [("batch-1", "queued"), ("batch-2", "rejected"),
                                                               ("batch-3", "queued")]
    assert "HTML" in body["items"][1]["error"]
    assert (body["accepted"], body["rejected"]) == (2, 1)
    assert httpx.get(api + "/v1/articles/batch-2", timeout=10).status_code == 404
    assert httpx.get(api + "/v1/articles/batch-3", timeout=10).json()["status"] == "queued"
    too_many = post(api, "/v1/articles/batch", {"articles": [{"id": f"b{i}", "text": TEXT} for i in range(101)]})
    assert too_many.status_code == 422
    assert post(api, "/v1/articles/batch", {"articles": []}).status_code == 422


def test_retry(api, clean_db) -> None:  # type: ignore[no-untyped-def]
    queue = Queue(clean_db)
    queue.enqueue([Article(id="will-fail", text=TEXT)])
    [claim] = queue.claim("test-worker", 1, 60)
    assert queue.fail(claim, "boom", permanent=True, max_attempts=3) == "failed"
    failed = httpx.get(api + "/v1/articles/will-fail", timeout=10).json()
    assert failed["status"] == "failed" and failed["error"] == "boom"

    retried = httpx.post(api + "/v1/articles/will-fail/retry", headers=KEY, timeout=10)
    assert retried.status_code == 202, retried.text
    assert retried.json()["status"] == "queued" and retried.json()["attempts"] == 0
    not_failed = httpx.post(api + "/v1/articles/will-fail/retry", headers=KEY, timeout=10)
    assert not_failed.status_code == 409 and "queued" in not_failed.json()["detail"]
    unknown = httpx.post(api + "/v1/articles/nobody/retry", headers=KEY, timeout=10)
    assert unknown.status_code == 404


@pytest.mark.parametrize("body", [
    {"id": "bad id with spaces", "text": TEXT},
    {"id": "no-text"},
    {"id": "empty", "text": ""},
    {"id": "html", "text": "<html><body><p>Hello</p><div>x</div></body></html>"},
    {"id": "date", "text": TEXT, "published": "not a date"},
])
def test_bad_articles_are_422_problems(api, body) -> None:  # type: ignore[no-untyped-def]
    resp = post(api, "/v1/articles", body)
    assert resp.status_code == 422, resp.text
    assert resp.headers["content-type"] == "application/problem+json"
    assert resp.json()["status"] == 422


def test_oversized_bodies_are_413(api) -> None:  # type: ignore[no-untyped-def]
    # over the article limit (1 MB by default) but under the body limit (2 MB): the article check
    big_text = ("The commission registered the candidate. " * 27_000)[:1_100_000]
    resp = post(api, "/v1/articles", {"id": "big", "text": big_text})
    assert resp.status_code == 413 and resp.headers["content-type"] == "application/problem+json"
    assert "over the limit" in resp.json()["detail"]
    # over the body limit, announced by Content-Length: refused before it is read
    huge = b'{"id": "huge", "text": "' + b"a" * 2_100_000 + b'"}'
    resp = httpx.post(api + "/v1/articles", content=huge, headers={**KEY, "content-type": "application/json"},
                      timeout=30)
    assert resp.status_code == 413 and resp.json()["status"] == 413

    # and streamed without a length (chunked): cut off while it arrives
    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"id": "huge", "text": "'
        for _ in range(30):
            yield b"a" * 100_000
        yield b'"}'

    resp = httpx.post(api + "/v1/extract", content=chunks(), headers={**KEY, "content-type": "application/json"},
                      timeout=30)
    assert resp.status_code == 413 and resp.headers["content-type"] == "application/problem+json"
    assert httpx.get(api + "/health", timeout=5).status_code == 200


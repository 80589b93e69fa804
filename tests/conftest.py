"""Shared fixtures.

Integration tests (tests/integration/) run against a real Neo4j: by default a `test` instance of
the local server (`graph.local_server`) on its own ports and with a fresh database, started once
per session and stopped at the end. Set NEWSGRAPH_TEST_NEO4J_URI (and NEO4J_USER/NEO4J_PASSWORD)
to use a server you run yourself instead; its database is wiped, so never point it at real data.
"""
from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV_CORPUS = SHARED / "corpus" / "dev.jsonl"
GOLD_DIR = SHARED / "corpus" / "gold" / "dev"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.integration)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def dev_articles() -> list[dict]:
    return [json.loads(line) for line in DEV_CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def seed_article(dev_articles: list[dict]) -> dict:
    return dev_articles[0]


@pytest.fixture(scope="session")
def extractor():  # type: ignore[no-untyped-def]
    from ingest.extract import Extractor
    from ingest.settings import ExtractSettings

    return Extractor(ExtractSettings().spacy_model)


# -- the real Neo4j ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def neo4j_env() -> Iterator[dict[str, str]]:
    """Environment for code and subprocesses that talk to the test database."""
    from graph.local_server import LocalServer
    from graph.settings import DEFAULT_PASSWORD, LocalServerSettings, Neo4jSettings

    external = os.environ.get("NEWSGRAPH_TEST_NEO4J_URI")
    server = None
    if external:
        env = {"NEO4J_URI": external, "NEO4J_USER": os.environ.get("NEO4J_USER", "neo4j"),
               "NEO4J_PASSWORD": os.environ.get("NEO4J_PASSWORD", DEFAULT_PASSWORD)}
    else:
        bolt = int(os.environ.get("NEWSGRAPH_TEST_BOLT_PORT", "7688"))
        http = int(os.environ.get("NEWSGRAPH_TEST_HTTP_PORT", "7475"))
        env = {"NEO4J_URI": f"bolt://127.0.0.1:{bolt}", "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": DEFAULT_PASSWORD,
               "NEWSGRAPH_NEO4J_INSTANCE": "test", "NEWSGRAPH_NEO4J_BOLT_PORT": str(bolt),
               "NEWSGRAPH_NEO4J_HTTP_PORT": str(http)}
        local = LocalServerSettings(instance="test", bolt_port=bolt, http_port=http)
        server = LocalServer(local, Neo4jSettings(uri=env["NEO4J_URI"], password=DEFAULT_PASSWORD))
        server.stop()
        shutil.rmtree(server.dir / "data", ignore_errors=True)  # a fresh database every session
        server.start()
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    _clear_settings_caches()
    try:
        yield env
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        _clear_settings_caches()
        if server is not None:
            server.stop()


def _clear_settings_caches() -> None:
    from app.settings import get_api_settings
    from graph.settings import get_local_server_settings, get_neo4j_settings
    from ingest.settings import get_extract_settings, get_worker_settings

    for getter in (get_neo4j_settings, get_local_server_settings, get_extract_settings, get_worker_settings,
                   get_api_settings):
        getter.cache_clear()


@pytest.fixture(scope="session")
def neo4j_settings(neo4j_env: dict[str, str]):  # type: ignore[no-untyped-def]
    from graph.settings import Neo4jSettings

    return Neo4jSettings()


@pytest.fixture(scope="session")
def driver(neo4j_settings):  # type: ignore[no-untyped-def]
    from graph.driver import create_driver, wait_for
    from graph.schema import apply_schema

    drv = create_driver(neo4j_settings)
    wait_for(drv, timeout=60)
    apply_schema(drv)
    yield drv
    drv.close()


@pytest.fixture()
def clean_db(driver):  # type: ignore[no-untyped-def]
    """An empty graph (schema kept) for a test that counts nodes."""
    with driver.session() as session:  # CALL IN TRANSACTIONS needs an auto-commit transaction
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()
    return driver


def graph_counts(driver) -> dict[str, int]:  # type: ignore[no-untyped-def]
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n:Entity) RETURN count(n) AS entities } "
        "CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships } "
        "CALL () { MATCH (n:Evidence) RETURN count(n) AS evidence } "
        "CALL () { MATCH (:Article)-[m:MENTIONS]->() RETURN count(m) AS mentions } "
        "CALL () { MATCH (n:Article) RETURN count(n) AS articles } "
        "RETURN entities, relationships, evidence, mentions, articles"
    )
    return dict(records[0])


@pytest.fixture(scope="session")
def api_url(neo4j_env: dict[str, str]) -> Iterator[str]:
    """A real `newsgraph serve` process on a free port, against the test database."""
    import httpx

    port = free_port()
    env = {**os.environ, **neo4j_env, "NEWSGRAPH_API_KEY": "test-key"}
    log_path = ROOT / ".pytest_cache" / "api-server.log"
    log_path.parent.mkdir(exist_ok=True)
    with open(log_path, "wb") as log:
        proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--port", str(port)], cwd=ROOT,
                                env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.3)
    else:
        proc.kill()
        raise RuntimeError("the API did not start:\n" + log_path.read_text(errors="replace")[-2000:])
    yield url
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()

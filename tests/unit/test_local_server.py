"""The local Neo4j server's configuration and its messages when Java or Maven are missing."""
from __future__ import annotations

from pathlib import Path

import pytest

from graph import local_server
from graph.errors import LocalServerError
from graph.local_server import LocalServer, min_heap
from graph.settings import LocalServerSettings, Neo4jSettings


def _server(tmp_path: Path, **kw: object) -> LocalServer:
    return LocalServer(LocalServerSettings(home=tmp_path, instance="unit", **kw), Neo4jSettings())


def test_config_names_ports_dirs_and_memory(tmp_path: Path) -> None:
    server = _server(tmp_path, bolt_port=17687, http_port=17474, post_connect_cmd="play http://x/guide.html")
    server.write_config()
    conf = (tmp_path / "unit" / "conf" / "neo4j.conf").read_text()
    assert "server.bolt.listen_address=127.0.0.1:17687" in conf
    assert "server.http.listen_address=127.0.0.1:17474" in conf
    assert f"server.directories.data={tmp_path / 'unit' / 'data'}" in conf
    assert "server.memory.pagecache.size=256m" in conf and "dbms.usage_report.enabled=false" in conf
    assert "--add-opens=java.base/java.nio=ALL-UNNAMED" in conf
    assert "browser.post_connect_cmd=play http://x/guide.html" in conf
    assert server.browser_url == "http://localhost:17474/browser/"


def test_missing_maven_and_java_say_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(local_server.shutil, "which", lambda name: None)
    with pytest.raises(LocalServerError, match="Java 17"):
        _server(tmp_path).assemble()
    monkeypatch.setattr(local_server.shutil, "which", lambda name: "/usr/bin/java" if name == "java" else None)
    monkeypatch.setattr(local_server, "check_java", lambda: "/usr/bin/java")
    with pytest.raises(LocalServerError, match="apt-get install maven"):
        _server(tmp_path).assemble()


def test_stop_and_status_when_nothing_runs(tmp_path: Path) -> None:
    server = _server(tmp_path)
    assert server.stop() is False
    assert server.status().running is False


def test_min_heap() -> None:
    assert min_heap("1g") == "524288k"
    assert min_heap("512m") == "262144k"

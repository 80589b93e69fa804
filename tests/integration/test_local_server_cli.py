"""`newsgraph neo4j start|status` against the running test instance: idempotent, addresses printed."""
from __future__ import annotations

import os
import subprocess
import sys

import httpx

from tests.conftest import ROOT


def test_start_is_idempotent_and_status_reports(neo4j_env) -> None:  # type: ignore[no-untyped-def]
    if "NEWSGRAPH_NEO4J_INSTANCE" not in neo4j_env:
        return  # an external server: nothing of ours to start
    env = {**os.environ, **neo4j_env}
    start = subprocess.run([sys.executable, "-m", "app.cli", "neo4j", "start"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=120)
    assert start.returncode == 0, start.stderr
    assert "Bolt:    bolt://127.0.0.1:" in start.stdout and "/browser/" in start.stdout
    status = subprocess.run([sys.executable, "-m", "app.cli", "neo4j", "status"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert status.returncode == 0 and "is running" in status.stdout
    browser = httpx.get(f"http://127.0.0.1:{neo4j_env['NEWSGRAPH_NEO4J_HTTP_PORT']}/browser/", timeout=10)
    assert browser.status_code == 200 and "<html" in browser.text.lower()

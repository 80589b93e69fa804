"""`newsgraph extract` as a user runs it: JSON Lines in input order, errors on stderr."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import DEV_CORPUS, ROOT


def _run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "app.cli", "extract", *args], cwd=ROOT, input=stdin,
                          capture_output=True, timeout=300, check=False)


def test_extract_dev_corpus_in_input_order() -> None:
    proc = _run(str(DEV_CORPUS))
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]
    ids = [json.loads(line)["article_id"] for line in proc.stdout.decode().splitlines()]
    expected = [json.loads(line)["id"] for line in DEV_CORPUS.read_text().splitlines() if line.strip()]
    assert ids == expected


def test_extract_from_stdin_and_bad_lines(tmp_path: Path) -> None:
    good = json.dumps({"id": "s1", "text": "The commission registered Ivan Petrov as a candidate for the election."})
    proc = _run("-", stdin=(good + "\n{broken\n").encode())
    assert proc.returncode == 1
    lines = [json.loads(line) for line in proc.stdout.decode().splitlines()]
    assert [line["article_id"] for line in lines] == ["s1", "stdin:2"]
    assert "error" in lines[1] and "not valid JSON" in proc.stderr.decode()

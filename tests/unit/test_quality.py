"""The measured quality bar on the dev corpus, scored by ../shared/eval/score.py as a user would:
`newsgraph extract` in a subprocess, then the scorer on its output."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import DEV_CORPUS, GOLD_DIR, ROOT, SHARED

RELATION_F1 = 0.90
RELATION_PRECISION = 0.93
ENTITY_F1 = 0.90


def _extract(out: Path, seed: str = "0") -> None:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    with open(out, "wb") as fh:
        proc = subprocess.run([sys.executable, "-m", "app.cli", "extract", str(DEV_CORPUS)], cwd=ROOT, env=env,
                              stdout=fh, stderr=subprocess.PIPE, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr.decode()[-2000:]


def test_dev_corpus_scores_above_the_bar(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    _extract(out)
    proc = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), "--gold", str(GOLD_DIR),
                           "--pred", str(out), "--json"], capture_output=True, text=True, timeout=120, check=True)
    summary = json.loads(proc.stdout)
    relations, entities, dates = summary["relations"], summary["entities"], summary["dates"]
    report = json.dumps(summary, indent=1)
    assert not summary["articles_without_prediction"], report
    assert relations["f1"] >= RELATION_F1 and relations["precision"] >= RELATION_PRECISION, report
    assert entities["f1"] >= ENTITY_F1 and entities["duplicates"] == 0, report
    assert dates["wrong"] == 0 and dates["right"] > 0, report


def test_extraction_is_deterministic(tmp_path: Path) -> None:
    """Same input, same output, whatever Python's hash seed: ids, aliases, order and all."""
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    _extract(first, seed="1")
    _extract(second, seed="2")
    assert first.read_bytes() == second.read_bytes()

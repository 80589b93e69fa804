"""The Cypher of newsgraph lives in `cypher/**/*.cypher`, one statement per file; load it by name.

`query("write/facts_sync")` returns the file's text. Files are read once and cached; they
take parameters only, never formatted values, so the same text can be pasted into Neo4j Browser.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import LiteralString, cast

from graph.settings import CHECKOUT

CYPHER_DIR = CHECKOUT / "cypher"


@cache
def query(name: str) -> LiteralString:
    path = CYPHER_DIR / f"{name}.cypher"
    if not path.is_file() or CYPHER_DIR not in path.resolve().parents:
        raise KeyError(f"no Cypher file {name!r} under {CYPHER_DIR}")
    return cast(LiteralString, path.read_text(encoding="utf-8").strip())


def names(folder: str = "") -> list[str]:
    """Every statement's name, e.g. ["queue/claim", ...], sorted; optionally under one folder."""
    root = CYPHER_DIR / folder if folder else CYPHER_DIR
    return sorted(str(p.relative_to(CYPHER_DIR).with_suffix("")) for p in root.rglob("*.cypher"))


def all_statements() -> dict[str, str]:
    return {name: query(name) for name in names()}


def path_of(name: str) -> Path:
    return CYPHER_DIR / f"{name}.cypher"

"""The Cypher files: one statement each, parameters only, every name the code loads exists."""
from __future__ import annotations

import re

from graph import cypher
from tests.conftest import ROOT


def test_one_statement_per_file_and_no_formatting() -> None:
    statements = cypher.all_statements()
    assert len(statements) > 20
    for name, text in statements.items():
        code = "\n".join(line for line in text.splitlines() if not line.strip().startswith("//"))
        assert ";" not in code.rstrip(";"), f"{name}: more than one statement"
        assert "%s" not in code and "{0}" not in code, f"{name}: looks string-formatted"


def test_every_loaded_name_exists() -> None:
    used = set()
    for path in [*ROOT.joinpath("graph").rglob("*.py"), *ROOT.joinpath("app").rglob("*.py"),
                 *ROOT.joinpath("ingest").rglob("*.py")]:
        used |= set(re.findall(r'"((?:read|write|queue|schema)/[a-z_]+)"', path.read_text()))
    assert used, "no Cypher names found in the code"
    missing = used - set(cypher.names())
    assert not missing, f"code loads Cypher files that do not exist: {missing}"

"""Build newsgraph's Neo4j Browser artefacts from their sources.

    python browser/build.py            write browser/guide.html and browser/newsgraph-favorites.zip
    python browser/build.py --check    exit 1 when the committed artefacts differ from a fresh build

The guide (`guide.src.html`) names its queries by marker lines; each becomes a runnable block with
exactly the text of `cypher/guide/NAME.cypher`, so the guide, the favourites and the files people
paste are one and the same. The favourites zip holds the read-only statements of `cypher/`, one
folder per `cypher/` folder, as the Browser's Favorites import expects (`folder/name.cypher`; a
favourite's name is the first line of its text when that line is a `//` comment).
"""
from __future__ import annotations

import argparse
import html
import io
import re
import sys
import zipfile
from pathlib import Path

BROWSER_DIR = Path(__file__).resolve().parent
ROOT = BROWSER_DIR.parent
CYPHER_DIR = ROOT / "cypher"
GUIDE_SOURCE = BROWSER_DIR / "guide.src.html"
GUIDE = BROWSER_DIR / "guide.html"
FAVORITES = BROWSER_DIR / "newsgraph-favorites.zip"
STYLE = BROWSER_DIR / "style.grass"

# Folders of cypher/ whose statements only read; write, queue and schema statements change the graph
# and have no place among a person's favourites.
FAVORITE_FOLDERS = {"guide": "newsgraph guide", "read": "newsgraph reads"}
MARKER = re.compile(r"^[ \t]*<!-- cypher (guide/[a-z0-9_]+) -->[ \t]*$", re.MULTILINE)
SOURCE_COMMENT = re.compile(r"\A<!--.*?-->\s*", re.DOTALL)
# A fixed timestamp keeps the zip byte-for-byte reproducible (zip dates start in 1980).
ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def cypher_text(name: str) -> str:
    path = CYPHER_DIR / f"{name}.cypher"
    if not path.is_file():
        raise SystemExit(f"browser/build.py: the guide names {name!r}, but {path} does not exist")
    return path.read_text(encoding="utf-8").strip()


def guide_names() -> list[str]:
    return sorted(f"guide/{p.stem}" for p in (CYPHER_DIR / "guide").glob("*.cypher"))


def build_guide() -> str:
    source = SOURCE_COMMENT.sub("", GUIDE_SOURCE.read_text(encoding="utf-8"), count=1)
    used = MARKER.findall(source)
    unused = sorted(set(guide_names()) - set(used))
    if unused:
        raise SystemExit(f"browser/build.py: cypher/guide files the guide does not use: {unused}")

    def runnable(match: re.Match[str]) -> str:
        name = match.group(1)
        indent = match.group(0)[: len(match.group(0)) - len(match.group(0).lstrip())]
        return (f'{indent}<pre class="pre-scrollable code runnable" data-cypher="{name}">'
                f"{html.escape(cypher_text(name), quote=False)}</pre>")

    body = MARKER.sub(runnable, source)
    return "<!DOCTYPE html>\n<!-- Built by browser/build.py from browser/guide.src.html; do not edit. -->\n" + body


def favorite_entries() -> list[tuple[str, str]]:
    """(path in the zip, statement text) for every favourite, sorted."""
    entries = []
    for folder, label in FAVORITE_FOLDERS.items():
        for path in sorted((CYPHER_DIR / folder).glob("*.cypher")):
            entries.append((f"{label}/{path.name}", path.read_text(encoding="utf-8").strip() + "\n"))
    return entries


def build_favorites() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in favorite_entries():
            info = zipfile.ZipInfo(name, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def artefacts() -> dict[Path, bytes]:
    return {GUIDE: build_guide().encode("utf-8"), FAVORITES: build_favorites()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail when the committed artefacts are stale")
    args = parser.parse_args(argv)
    stale = []
    for path, content in artefacts().items():
        if path.exists() and path.read_bytes() == content:
            continue
        if args.check:
            stale.append(path.relative_to(ROOT))
        else:
            path.write_bytes(content)
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print(f"stale: {', '.join(map(str, stale))}; run `python browser/build.py`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Neo4j Browser assets without a browser: the style parses as the Browser parses it, the guide and the
favourites are current and hold exactly the cypher/ files, the API serves them with CORS, and
`make run`, docker-compose and the API agree on the post-connect command."""
from __future__ import annotations

import io
import re
import subprocess
import zipfile
from html.parser import HTMLParser
from typing import get_args

import pytest
import yaml
from fastapi.testclient import TestClient

from app.routes.browser import FAVORITES_PATH, GUIDE_PATH, STYLE_PATH, allowed_origins, post_connect_cmd
from app.settings import ApiSettings
from browser import build
from graph import cypher
from graph.settings import LocalServerSettings
from ingest.model import RELATION_TYPES, EntityType
from tests.conftest import ROOT

LABELS = [*get_args(EntityType), "PoliticalParty", "Article", "Evidence", "IngestJob"]


def parse_grass(text: str) -> list[tuple[str, dict[str, str]]]:
    """The Browser's GRASS parser, rule for rule: single quotes toggle strings (and are dropped), braces
    outside strings open and close a rule, whitespace outside rules is dropped, props split on ; and :."""
    rules: list[tuple[str, str]] = []
    in_string = in_props = False
    keyword = props = ""
    for c in text:
        if c == "'":
            in_string = not in_string
            continue
        if c == "{" and not in_string:
            in_props = True
            continue
        if c == "}" and not in_string:
            in_props = False
            rules.append((keyword, props))
            keyword = props = ""
            continue
        if in_props:
            props += c
        elif not c.isspace():
            keyword += c
    assert not keyword.strip() and not in_string and not in_props, "style.grass ends inside a rule or a string"
    parsed = []
    for selector, body in rules:
        values = {}
        for prop in body.split(";"):
            key, _, value = prop.partition(":")
            if key.strip() and value.strip():
                values[key.strip()] = value.strip()
        parsed.append((selector, values))
    return parsed


def style_for(rules: list[tuple[str, dict[str, str]]], tag: str, classes: list[str]) -> dict[str, str]:
    """What the Browser computes for an item: every rule whose classes it has, later rules winning."""
    props: dict[str, str] = {}
    for selector, values in rules:
        head, *needed = selector.split(".")
        if head == tag and all(c in classes for c in needed):
            props.update(values)
    return props


# -- the style --------------------------------------------------------------------------------
def test_style_gives_each_label_a_colour_and_a_caption() -> None:
    rules = parse_grass((ROOT / "browser" / "style.grass").read_text())
    selectors = [s for s, _ in rules]
    assert len(selectors) == len(set(selectors)), "a selector appears twice"
    assert all(re.fullmatch(r"(node|relationship)(\.[A-Za-z_]+)?", s) for s in selectors), selectors
    colours = {}
    for label in LABELS:
        labels = ["Entity", label] if label in get_args(EntityType) else [label]
        if label == "PoliticalParty":
            labels = ["Entity", "Organization", "PoliticalParty"]
        props = style_for(rules, "node", labels)
        assert re.fullmatch(r"#[0-9A-F]{6}", props.get("color", "")), f"{label} has no colour"
        assert props.get("caption"), f"{label} has no caption"
        colours[label] = props["color"]
    for label in get_args(EntityType):
        assert style_for(rules, "node", ["Entity", label])["caption"] == "{name}", label
    assert len({colours[label] for label in [*get_args(EntityType), "PoliticalParty"]}) == 7, \
        "entity types share a colour"


def test_style_captions_relationships_by_type() -> None:
    rules = parse_grass((ROOT / "browser" / "style.grass").read_text())
    for rel_type in [*RELATION_TYPES, "MENTIONS", "FROM"]:
        assert style_for(rules, "relationship", [rel_type])["caption"] == "<type>", rel_type


# -- the guide --------------------------------------------------------------------------------
class GuideParser(HTMLParser):
    """Slides, each with its runnable blocks as (data-cypher name or None, text)."""

    def __init__(self) -> None:
        super().__init__()
        self.slides: list[list[tuple[str | None, str]]] = []
        self.title = ""
        self._in: str | None = None
        self._name: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "slide":
            self.slides.append([])
        elif tag == "pre" and "runnable" in (found.get("class") or "").split():
            self._in, self._name, self._text = "pre", found.get("data-cypher"), ""
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre" and self._in == "pre":
            self.slides[-1].append((self._name, self._text.strip()))
            self._in = None
        elif tag == "title":
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._in == "pre":
            self._text += data
        elif self._in == "title":
            self.title += data


def parsed_guide() -> GuideParser:
    parser = GuideParser()
    parser.feed((ROOT / "browser" / "guide.html").read_text())
    return parser


def test_committed_artefacts_match_a_fresh_build() -> None:
    for path, content in build.artefacts().items():
        assert path.read_bytes() == content, f"{path.name} is stale: run `make browser-assets`"
    assert build.artefacts() == build.artefacts(), "the build is not reproducible"


def test_guide_runs_every_guide_query_as_written() -> None:
    guide = parsed_guide()
    assert guide.title.strip() == "newsgraph: exploring the news graph"
    assert len(guide.slides) >= 7
    blocks = [block for slide in guide.slides for block in slide]
    named = [name for name, _ in blocks if name]
    assert sorted(named) == cypher.names("guide"), "each cypher/guide file appears exactly once"
    for name, text in blocks:
        if name:
            assert text == cypher.query(name), f"the guide's {name} differs from its file"
        else:
            assert text.startswith(":param {"), f"a runnable block that is neither a query file nor a :param: {text}"


def test_guide_sets_every_parameter_before_the_query_that_needs_it() -> None:
    for slide in parsed_guide().slides:
        have: set[str] = set()
        for name, text in slide:
            if name is None:
                have = set(re.findall(r"(\w+):", text))  # `:param {...}` replaces all parameters
                continue
            needed = set(re.findall(r"\$(\w+)", text))
            assert needed <= have, f"{name} needs {sorted(needed - have)} and its slide does not set them"


def test_guide_covers_the_walk_through() -> None:
    named = set(cypher.names("guide"))
    for topic in ("delegation_heads", "nominations", "candidacy_decisions", "path_between_people",
                  "edge_evidence", "article_contribution"):
        assert f"guide/{topic}" in named


# -- the favourites ---------------------------------------------------------------------------
def test_favourites_zip_holds_the_read_queries() -> None:
    archive = zipfile.ZipFile(io.BytesIO((ROOT / "browser" / "newsgraph-favorites.zip").read_bytes()))
    entries = {info.filename: archive.read(info).decode() for info in archive.infolist()}
    expected = {f"{build.FAVORITE_FOLDERS[name.split('/')[0]]}/{name.split('/')[1]}.cypher": cypher.query(name)
                for name in cypher.names() if name.split("/")[0] in build.FAVORITE_FOLDERS}
    assert {k: v.strip() for k, v in entries.items()} == expected
    assert {k.split("/")[0] for k in entries} == {"newsgraph guide", "newsgraph reads"}
    # the Browser names a favourite after its first line when that is a comment
    names = [text.splitlines()[0] for text in entries.values()]
    assert all(n.startswith("// ") for n in names) and len(set(names)) == len(names)


# -- the API ----------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def client() -> TestClient:
    from app.main import create_app

    return TestClient(create_app())  # no `with`: the lifespan (and Neo4j) is not needed for these routes


def test_api_serves_style_guide_and_favourites(client: TestClient) -> None:
    style = client.get(STYLE_PATH)
    assert style.status_code == 200 and style.headers["content-type"].startswith("text/plain")
    assert style.content == (ROOT / "browser" / "style.grass").read_bytes()
    guide = client.get(GUIDE_PATH, headers={"host": "localhost:8123"})
    assert guide.status_code == 200 and guide.headers["content-type"].startswith("text/html")
    assert "{{api_base}}" not in guide.text and ":style http://localhost:8123/browser/style.grass" in guide.text
    favourites = client.get(FAVORITES_PATH)
    assert favourites.headers["content-type"] == "application/zip"
    assert favourites.content == (ROOT / "browser" / "newsgraph-favorites.zip").read_bytes()


def test_cors_lets_the_browser_in_and_no_one_else(client: TestClient) -> None:
    preflight = {"Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "pragma,sentry-trace"}
    allowed = client.options(GUIDE_PATH, headers={"Origin": "http://localhost:7474", **preflight})
    assert allowed.status_code == 200
    assert allowed.headers["access-control-allow-origin"] == "http://localhost:7474"
    simple = client.get(STYLE_PATH, headers={"Origin": "http://127.0.0.1:7474"})
    assert simple.headers["access-control-allow-origin"] == "http://127.0.0.1:7474"
    stranger = client.get(STYLE_PATH, headers={"Origin": "http://example.com"})
    assert "access-control-allow-origin" not in stranger.headers
    assert client.options(GUIDE_PATH, headers={"Origin": "http://example.com", **preflight}).status_code == 400


def test_allowed_origins_follow_the_local_browser_port() -> None:
    api = ApiSettings(cors_origins=["https://browser.example"])
    origins = allowed_origins(api, LocalServerSettings(http_port=7481))
    assert origins == ["https://browser.example", "http://localhost:7481", "http://127.0.0.1:7481"]


# -- post-connect: make run, docker-compose and the API agree ------------------------------------
def test_run_sh_and_compose_set_the_post_connect_command() -> None:
    run_sh = (ROOT / "scripts" / "run.sh").read_text()
    default = re.search(r'NEWSGRAPH_NEO4J_POST_CONNECT_CMD:-"([^"]+)"', run_sh)
    assert default, "scripts/run.sh does not set NEWSGRAPH_NEO4J_POST_CONNECT_CMD"
    assert default.group(1).replace("$PORT", "8000") == post_connect_cmd("http://localhost:8000")
    neo4j = yaml.safe_load((ROOT / "docker-compose.yml").read_text())["services"]["neo4j"]["environment"]
    assert neo4j["NEO4J_browser_post__connect__cmd"] == post_connect_cmd("http://localhost:8000")
    assert post_connect_cmd("http://localhost:8000/") == (
        "style http://localhost:8000/browser/style.grass; play http://localhost:8000/browser/guide.html")


def test_ensure_chromium_accepts_an_installed_browser() -> None:
    done = subprocess.run(["bash", str(ROOT / "scripts" / "ensure-chromium.sh")], capture_output=True, text=True,
                          env={"PATH": "/usr/bin:/bin", "NEWSGRAPH_CHROMIUM": "/bin/echo"}, timeout=30)
    assert done.returncode == 0 and done.stdout == "" and "Installing" not in done.stderr

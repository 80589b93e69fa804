"""Neo4j Browser in a real headless Chromium, against the test Neo4j with the seed article ingested.

The Browser connects with the connect form, runs what `browser.post_connect_cmd` runs (the style and
the guide, fetched from a real `newsgraph serve` across origins), takes the favourites zip dropped on
it, steps to the guide's second slide, runs its query with the guide's play icon, and the result frame
must show the seed's people, drawn in the style's colours. The screenshot it saves is the README's:
NEWSGRAPH_BROWSER_SCREENSHOT says where it goes (`make browser-screenshot` writes docs/neo4j-browser.png).

Chromium is Debian's (scripts/ensure-chromium.sh installs it; `make test` runs that first). Playwright
drives it through `executable_path`; it never downloads a browser of its own.
"""
from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.routes.browser import post_connect_cmd
from graph import cypher
from graph.queue import Queue
from ingest.articles import Article
from ingest.settings import WorkerSettings
from ingest.worker import Worker
from tests.conftest import ROOT

# Root needs --no-sandbox; the rest keeps a browser on a closed network from calling home.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TIMEOUT_MS = 30_000
# What a drag and drop of a file onto the Browser dispatches; the Browser takes .zip files as favourites.
DROP_FILE = """async ([url, name]) => {
  const response = await fetch(url);
  const data = new DataTransfer();
  data.items.add(new File([await response.arrayBuffer()], name));
  const target = document.querySelector('.filedrop');
  for (const type of ['dragenter', 'dragover', 'drop'])
    target.dispatchEvent(new DragEvent(type, {dataTransfer: data, bubbles: true, cancelable: true}));
  return response.status;
}"""
GUIDE_QUERY = "guide/entity_graph"


def chromium_path() -> str:
    found = os.environ.get("NEWSGRAPH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("Chromium is not installed: run scripts/ensure-chromium.sh (make test does)")
    return found


def grass_colour(label: str) -> str:
    style = (ROOT / "browser" / "style.grass").read_text()
    rule = re.search(rf"node\.{label} \{{(.*?)\}}", style, re.DOTALL)
    assert rule, f"style.grass has no rule for {label}"
    colour = re.search(r"\bcolor: (#[0-9A-Fa-f]{6});", rule.group(1))
    assert colour
    return colour.group(1).lower()


@pytest.fixture()
def seed_ingested(clean_db, extractor, seed_article):  # type: ignore[no-untyped-def]
    Queue(clean_db).enqueue([Article.model_validate(seed_article)])
    stats = Worker(clean_db, extractor, WorkerSettings(poll_interval=0.1)).run(drain=True)
    assert stats.done == 1 and stats.failed == 0
    return clean_db


@pytest.fixture()
def page(tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # a fresh profile: nothing remembered from an earlier run (credentials, styles, guides)
        context = playwright.chromium.launch_persistent_context(
            tmp_path / "profile", executable_path=chromium_path(), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1600, "height": 1000},
        )
        context.set_default_timeout(TIMEOUT_MS)
        try:
            yield context.pages[0] if context.pages else context.new_page()
        finally:
            context.close()


def node_captions(frame) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Caption -> fill colour of every node drawn in a result frame (captions wrap over lines)."""
    pairs = frame.locator("svg g.node").evaluate_all(
        "gs => gs.map(g => [Array.from(g.querySelectorAll('text.caption')).map(t => t.textContent).join(' '),"
        " (g.querySelector('circle.b-outline') || {getAttribute: () => ''}).getAttribute('fill')])")
    return {" ".join(caption.split()): (fill or "").lower() for caption, fill in pairs}


def test_browser_shows_the_seed_graph_styled_and_guided(seed_ingested, api_url, neo4j_env, page) -> None:  # type: ignore[no-untyped-def]
    http_port = neo4j_env.get("NEWSGRAPH_NEO4J_HTTP_PORT")
    if http_port is None:
        pytest.skip("an external test server (NEWSGRAPH_TEST_NEO4J_URI) has no known Browser address")
    bolt_port = neo4j_env["NEWSGRAPH_NEO4J_BOLT_PORT"]
    # the Browser fetches remote content from allow-listed hosts only, localhost by default
    api_base = api_url.replace("127.0.0.1", "localhost")

    page.goto(f"http://localhost:{http_port}/browser/")
    page.get_by_test_id("bolt-scheme-select").select_option("bolt://")
    page.get_by_test_id("boltaddress").fill(f"localhost:{bolt_port}")
    page.get_by_test_id("username").fill(neo4j_env["NEO4J_USER"])
    page.get_by_test_id("password").fill(neo4j_env["NEO4J_PASSWORD"])
    page.get_by_test_id("connect").click()
    page.get_by_text("You are connected as user").wait_for()

    for command in post_connect_cmd(api_base).split(";"):
        page.get_by_test_id("activeEditor").click()
        page.keyboard.type(":" + command.strip())
        page.keyboard.press("Enter")

    page.locator("[data-testid=frame]", has_text="node.Person").first.wait_for()  # the style frame lists its rules
    guide = page.locator("[data-testid=frame]", has=page.get_by_test_id("carousel"))
    guide.get_by_text("newsgraph: exploring the news graph").wait_for()

    # the favourites zip, from the API, dropped on the Browser as a person drops a file
    assert page.evaluate(DROP_FILE, [f"{api_base}/browser/favorites.zip", "newsgraph-favorites.zip"]) == 200
    page.get_by_test_id("navigationFavorites").click()
    page.get_by_test_id("expandFolder-newsgraph guide").click()
    folder = page.get_by_test_id("savedScriptsFolder-newsgraph guide")
    expected = {cypher.query(name).splitlines()[0].removeprefix("// ") for name in cypher.names("guide")}
    folder.get_by_text(sorted(expected)[0]).wait_for()
    assert set(folder.inner_text().splitlines()[1:]) == expected

    guide.get_by_test_id("nextSlide").click()
    runnable = guide.locator(f'pre[data-cypher="{GUIDE_QUERY}"]')
    query = (ROOT / "cypher" / f"{GUIDE_QUERY}.cypher").read_text().strip()
    assert runnable.evaluate("e => e.textContent.trim()") == query, "the guide runs its cypher file as written"
    runnable.locator("i.fa-play-circle-o").click()

    command = page.get_by_test_id("frameCommand").filter(has_text=query.splitlines()[0])
    result = page.locator("[data-testid=frame]").filter(has=command).first
    wanted = {"Sergey Lebedev", "Ilham Aliyev"}
    deadline = time.monotonic() + TIMEOUT_MS / 1000
    captions: dict[str, str] = {}
    while time.monotonic() < deadline and not wanted <= captions.keys():
        page.wait_for_timeout(250)
        captions = node_captions(result)
    assert wanted <= captions.keys(), f"the result frame shows {sorted(captions)}"
    # drawn in the style's colours, so the style was fetched and applied
    assert captions["Sergey Lebedev"] == captions["Ilham Aliyev"] == grass_colour("Person")
    assert "HEADS" in result.locator("svg g.relationship text").all_text_contents()

    page.wait_for_timeout(1500)  # let the force layout settle before the picture
    shot = Path(os.environ.get("NEWSGRAPH_BROWSER_SCREENSHOT") or ROOT / ".pytest_cache" / "neo4j-browser.png")
    shot.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 20_000


def test_favourites_only_read(driver) -> None:  # type: ignore[no-untyped-def]
    """Favourites are clicked without a second thought: none of them may write."""
    from browser.build import favorite_entries

    for name, text in favorite_entries():
        with driver.session() as session:
            summary = session.run("EXPLAIN " + text).consume()
        assert summary.query_type == "r", f"{name} is a {summary.query_type!r} statement"

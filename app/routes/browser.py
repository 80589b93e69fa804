"""Neo4j Browser's companions: the style (GRASS), the guide and the favourites, served for `:style`,
`:play` / `:guide` and the Favorites import.

The Browser runs on Neo4j's origin and fetches these from the API's, so CORS (`add_cors`) must
allow its origin. The files are built by `browser/build.py` and read once.
"""
from __future__ import annotations

import html
from functools import cache

from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, PlainTextResponse, Response

from app.settings import ApiSettings, get_api_settings
from graph.settings import CHECKOUT, LocalServerSettings, get_local_server_settings

BROWSER_DIR = CHECKOUT / "browser"
STYLE_PATH = "/browser/style.grass"
GUIDE_PATH = "/browser/guide.html"
FAVORITES_PATH = "/browser/favorites.zip"
API_BASE_TOKEN = "{{api_base}}"
# The Browser fetches the style and the guide on every connect; a fresh copy after an upgrade matters
# more than the few bytes a cache would save.
NO_CACHE = {"Cache-Control": "no-cache"}

router = APIRouter(tags=["browser"])


def post_connect_cmd(api_base: str) -> str:
    """Neo4j's `browser.post_connect_cmd`: apply the style and open the guide, from the API at `api_base`.

    The Browser only fetches from hosts on `browser.remote_content_hostname_whitelist`, whose default
    is "guides.neo4j.com,localhost": so `api_base` names the API as localhost, not 127.0.0.1.
    """
    base = api_base.rstrip("/")
    return f"style {base}{STYLE_PATH}; play {base}{GUIDE_PATH}"


def allowed_origins(api: ApiSettings, local: LocalServerSettings) -> list[str]:
    """The origins that may read the API from a web page: the configured ones, plus the local
    Neo4j's Browser on whatever HTTP port it was given."""
    browser = [f"http://{host}:{local.http_port}" for host in ("localhost", "127.0.0.1")]
    return list(dict.fromkeys([*api.cors_origins, *browser]))


def add_cors(app: FastAPI) -> None:
    # Reads only. The Browser adds headers of its own (no-cache, tracing) that change between versions,
    # and a preflight that names one not listed fails, so any header is allowed on these GETs.
    app.add_middleware(CORSMiddleware, allow_origins=allowed_origins(get_api_settings(), get_local_server_settings()),
                       allow_methods=["GET"], allow_headers=["*"], max_age=600)


@cache
def _read(name: str) -> bytes:
    return (BROWSER_DIR / name).read_bytes()


@router.get(STYLE_PATH, response_class=PlainTextResponse, summary="Neo4j Browser style (GRASS)")
async def style() -> PlainTextResponse:
    return PlainTextResponse(_read("style.grass"), headers=NO_CACHE)


@router.get(GUIDE_PATH, response_class=HTMLResponse, summary="Neo4j Browser guide, for :play and :guide")
async def guide(request: Request) -> HTMLResponse:
    # the guide's own commands (`:style`, `:play`) point back at the address the Browser used
    base = html.escape(str(request.base_url).rstrip("/"))
    return HTMLResponse(_read("guide.html").decode("utf-8").replace(API_BASE_TOKEN, base), headers=NO_CACHE)


@router.get(FAVORITES_PATH, summary="newsgraph's read queries as Neo4j Browser favourites (zip)",
            response_class=Response, responses={200: {"content": {"application/zip": {}}}})
async def favorites() -> Response:
    return Response(_read("newsgraph-favorites.zip"), media_type="application/zip",
                    headers={**NO_CACHE, "Content-Disposition": 'attachment; filename="newsgraph-favorites.zip"'})

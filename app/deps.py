"""FastAPI dependencies: the one AsyncDriver of the process, settings, and the API key check."""
from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request
from neo4j import AsyncDriver

from app.settings import ApiSettings, get_api_settings
from graph.settings import Neo4jSettings, get_neo4j_settings
from ingest.settings import ExtractSettings, get_extract_settings


def get_driver(request: Request) -> AsyncDriver:
    return request.app.state.driver


DriverDep = Annotated[AsyncDriver, Depends(get_driver)]
ApiSettingsDep = Annotated[ApiSettings, Depends(get_api_settings)]
Neo4jSettingsDep = Annotated[Neo4jSettings, Depends(get_neo4j_settings)]
ExtractSettingsDep = Annotated[ExtractSettings, Depends(get_extract_settings)]


def _check_key(settings: ApiSettings, given: str | None) -> None:
    if settings.key is None:
        return
    if given is None or not secrets.compare_digest(given.encode(), settings.key.get_secret_value().encode()):
        raise HTTPException(status_code=401, detail="a valid X-API-Key header is required")


def require_write_key(settings: ApiSettingsDep,
                      x_api_key: Annotated[str | None, Header(description="API key for write routes")] = None) -> None:
    _check_key(settings, x_api_key)


def require_read_key(settings: ApiSettingsDep,
                     x_api_key: Annotated[str | None, Header(description="API key, when reads are protected")] = None
                     ) -> None:
    if settings.protect_reads:
        _check_key(settings, x_api_key)

"""FastAPI dependencies: the one AsyncDriver of the process, settings, the extractor, the API key check."""
from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import APIKeyHeader
from neo4j import AsyncDriver

from app.extraction import ExtractionService
from app.settings import ApiSettings, get_api_settings
from graph.settings import Neo4jSettings, get_neo4j_settings
from ingest.settings import ExtractSettings, get_extract_settings


def get_driver(request: Request) -> AsyncDriver:
    return request.app.state.driver


def get_extraction(request: Request) -> ExtractionService:
    return request.app.state.extraction


DriverDep = Annotated[AsyncDriver, Depends(get_driver)]
ExtractionDep = Annotated[ExtractionService, Depends(get_extraction)]
ApiSettingsDep = Annotated[ApiSettings, Depends(get_api_settings)]
Neo4jSettingsDep = Annotated[Neo4jSettings, Depends(get_neo4j_settings)]
ExtractSettingsDep = Annotated[ExtractSettings, Depends(get_extract_settings)]

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False,
                              description="The API key (`NEWSGRAPH_API_KEY`); `make run` prints it")
ApiKeyDep = Annotated[str | None, Depends(api_key_header)]


def _check_key(settings: ApiSettings, given: str | None) -> None:
    if settings.key is None:
        return
    if given is None or not secrets.compare_digest(given.encode(), settings.key.get_secret_value().encode()):
        raise HTTPException(status_code=401, detail="a valid X-API-Key header is required",
                            headers={"WWW-Authenticate": "X-API-Key"})


def require_write_key(settings: ApiSettingsDep, x_api_key: ApiKeyDep) -> None:
    _check_key(settings, x_api_key)


def require_read_key(settings: ApiSettingsDep, x_api_key: ApiKeyDep) -> None:
    """Added to the read routers only when NEWSGRAPH_API_PROTECT_READS is set, so that the OpenAPI
    document marks exactly the routes that check the key."""
    _check_key(settings, x_api_key)

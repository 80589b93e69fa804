"""Settings of the HTTP API (`NEWSGRAPH_API_*`), read once."""
from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class ApiSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_API_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = 8000
    key: SecretStr | None = None  # when set, write routes need the X-API-Key header
    protect_reads: bool = False  # when true, read routes need it too
    max_body_bytes: int = 2_000_000
    max_page_size: int = 200
    default_page_size: int = 50
    max_batch_articles: int = 100
    max_evidence: int = 20  # evidence sentences per relationship in one response
    max_path_hops: int = 4  # also the upper bound written into read/paths_shortest.cypher
    max_paths: int = 25
    max_neighbourhood_nodes: int = 500
    query_timeout: float = 10.0  # seconds a read may take before the caller gets a 503
    log_format: Literal["json", "text"] = "json"
    cors_origins: list[str] = ["http://localhost:7474", "http://127.0.0.1:7474"]


@lru_cache
def get_api_settings() -> ApiSettings:
    return ApiSettings()

"""Settings for everything that talks to Neo4j, read from the environment once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

CHECKOUT = Path(__file__).resolve().parents[1]
NEO4J_VERSION = "5.26.30"
BROWSER_VERSION = "5.24.0"
DEFAULT_PASSWORD = "newsgraph-local"


class Neo4jSettings(BaseSettings):
    """How to reach the database (`NEO4J_*`)."""

    model_config = SettingsConfigDict(env_prefix="NEO4J_", extra="ignore")

    uri: str = "bolt://127.0.0.1:7687"
    user: str = "neo4j"
    password: SecretStr = SecretStr(DEFAULT_PASSWORD)
    database: str = "neo4j"
    connection_timeout: float = 5.0
    max_connection_pool_size: int = 50


class LocalServerSettings(BaseSettings):
    """The Neo4j server that newsgraph assembles and runs without Docker (`NEWSGRAPH_NEO4J_*`)."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_NEO4J_", extra="ignore")

    home: Path = CHECKOUT / ".neo4j"
    instance: str = "local"
    version: str = NEO4J_VERSION
    browser_version: str = BROWSER_VERSION
    bolt_port: int = 7687
    http_port: int = 7474
    heap: str = "1g"
    pagecache: str = "256m"
    start_timeout: float = 180.0
    post_connect_cmd: str = ""


@lru_cache
def get_neo4j_settings() -> Neo4jSettings:
    return Neo4jSettings()


@lru_cache
def get_local_server_settings() -> LocalServerSettings:
    return LocalServerSettings()

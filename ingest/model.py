"""What extraction produces for one article: the JSON contract of ../shared/SCHEMA.md."""
from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field

EntityType = Literal["Person", "Organization", "Country", "Location", "Delegation", "Election"]

RELATION_TYPES = (
    "HEADS", "HOLDS_POSITION", "MEMBER_OF", "REPRESENTS", "NOMINATED", "APPROVED_CANDIDACY",
    "REJECTED_CANDIDACY", "CANDIDATE_IN", "CALLED_ELECTION", "WON", "OBSERVES", "VISITS", "MET_WITH",
)
# relationships that are events and carry a date when the text gives one
EVENT_TYPES = frozenset(
    {"NOMINATED", "APPROVED_CANDIDACY", "REJECTED_CANDIDACY", "CALLED_ELECTION", "WON", "VISITS", "MET_WITH"}
)
# relationships that describe a state; the store keeps the dates of the articles asserting them
STATE_TYPES = frozenset({"HOLDS_POSITION", "MEMBER_OF", "HEADS"})
SYMMETRIC_TYPES = frozenset({"MET_WITH"})


class Evidence(BaseModel):
    """A sentence that supports a relationship, with its character offsets in the article text."""

    sentence: str
    start: int
    end: int
    pattern: str | None = None


class Entity(BaseModel):
    id: str
    type: EntityType
    name: str
    aliases: list[str] = Field(default_factory=list)
    properties: dict[str, Any] = Field(default_factory=dict)


class Relation(BaseModel):
    type: str
    source: str
    target: str
    confidence: float = Field(ge=0.0, le=1.0)
    properties: dict[str, Any] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(default_factory=list)


class Extraction(BaseModel):
    article_id: str
    entities: list[Entity] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)

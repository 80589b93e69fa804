"""HTTP request and response models; nothing here leaks into `graph/` or `ingest/`."""
from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from ingest.articles import ID_PATTERN

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
EntityType = Literal["Person", "Organization", "PoliticalParty", "Country", "Location", "Delegation", "Election"]
RelationType = Literal[
    "HEADS", "HOLDS_POSITION", "MEMBER_OF", "REPRESENTS", "NOMINATED", "APPROVED_CANDIDACY",
    "REJECTED_CANDIDACY", "CANDIDATE_IN", "CALLED_ELECTION", "WON", "OBSERVES", "VISITS", "MET_WITH",
]
Direction = Literal["out", "in", "both"]
JobStatus = Literal["new", "queued", "processing", "done", "failed"]


def _examples(*examples: dict[str, Any]) -> ConfigDict:
    return ConfigDict(json_schema_extra={"examples": list(examples)})


# -- errors and operations ---------------------------------------------------------------------
class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """An error, as an RFC 9457 problem document (media type application/problem+json)."""

    model_config = _examples({"type": "about:blank", "title": "Not Found", "status": 404,
                              "detail": "no entity 'person:nobody'"})

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[FieldError] | None = None


class Health(BaseModel):
    model_config = _examples({"status": "ok"})

    status: Literal["ok"]


class Ready(BaseModel):
    model_config = _examples({"status": "ready", "neo4j": True, "schema_in_place": True})

    status: Literal["ready"]
    neo4j: bool
    schema_in_place: bool


# -- entities ----------------------------------------------------------------------------------
class EntityRef(BaseModel):
    """The other end of a relationship, or one end of a hop."""

    id: str
    name: str | None
    type: str | None


class EntitySummary(BaseModel):
    model_config = _examples({"id": "person:sergey-lebedev", "name": "Sergey Lebedev", "type": "Person",
                              "labels": ["Person"], "aliases": ["Lebedev"], "score": 7.48})

    id: str
    name: str
    type: str
    labels: list[str]
    aliases: list[str] = []
    score: float | None = Field(None, description="full-text relevance; only in search results")


class EntityPage(BaseModel):
    model_config = _examples({"items": [{"id": "person:sergey-lebedev", "name": "Sergey Lebedev", "type": "Person",
                                         "labels": ["Person"], "aliases": ["Lebedev"], "score": 7.48}],
                              "next_cursor": None})

    items: list[EntitySummary]
    next_cursor: str | None = Field(None, description="pass as `cursor` for the next page; null on the last page")


class EntityDetail(BaseModel):
    model_config = _examples({
        "id": "person:sergey-lebedev", "name": "Sergey Lebedev", "type": "Person", "labels": ["Person"],
        "aliases": ["Lebedev"], "properties": {}, "first_seen": "2024-02-05T10:00:00Z",
        "last_seen": "2024-02-05T10:00:00Z", "article_count": 2, "mention_count": 5, "relationship_count": 4})

    id: str
    name: str
    type: str
    labels: list[str]
    aliases: list[str]
    properties: dict[str, Any] = Field(description="type-specific properties, e.g. an election's country and date")
    first_seen: dt.datetime | None = None
    last_seen: dt.datetime | None = None
    article_count: int = Field(description="articles that mention the entity")
    mention_count: int = Field(description="evidence sentences in which the entity is an end of a relationship")
    relationship_count: int


# -- relationships -----------------------------------------------------------------------------
class EvidenceOut(BaseModel):
    """A sentence that supports a relationship; `start`/`end` are character offsets in the article text."""

    article_id: str
    title: str | None = None
    url: str | None = None
    published: dt.date | None = None
    sentence: str
    start: int
    end: int
    confidence: float | None = None
    pattern: str | None = None


class RelationshipProperties(BaseModel):
    title: str | None = Field(None, description="the post, for HOLDS_POSITION")
    date: dt.date | None = Field(None, description="the event's date (the most supported one)")
    dates: list[dt.date] = Field([], description="every event date the evidence gives")
    vote_share: float | None = Field(None, description="for WON, where given")
    election: str | None = Field(None, description="for NOMINATED, where given")
    first_asserted: dt.date | None = Field(None, description="earliest publication date of a supporting article")
    last_asserted: dt.date | None = Field(None, description="latest publication date of a supporting article")


_EVIDENCE_EXAMPLE = {"article_id": "seed-cis-delegation", "title": "CIS observers in Baku", "url": "",
                     "published": "2024-02-05",
                     "sentence": "The CEC approved the candidacy of Ilham Aliyev on December 19.",
                     "start": 1290, "end": 1352, "confidence": 0.9, "pattern": "approved-candidacy"}
_PROPS_EXAMPLE = {"title": None, "date": "2023-12-19", "dates": ["2023-12-19"], "vote_share": None, "election": None,
                  "first_asserted": "2024-02-05", "last_asserted": "2024-02-05"}


class RelationshipOut(BaseModel):
    """One relationship seen from an entity: its type, which way it points, the other end."""

    model_config = _examples({
        "type": "APPROVED_CANDIDACY", "key": "1acc97b0b53900c322d929a3a9df6cbb", "direction": "in",
        "other": {"id": "organization:central-election-commission-of-azerbaijan",
                  "name": "Central Election Commission of Azerbaijan", "type": "Organization"},
        "properties": _PROPS_EXAMPLE, "confidence": 0.9, "support": 1, "evidence": [_EVIDENCE_EXAMPLE]})

    type: str
    key: str
    direction: Direction = Field(description="out: the entity is the source; in: the target; both: symmetric type")
    other: EntityRef
    properties: RelationshipProperties
    confidence: float | None
    support: int | None = Field(None, description="number of supporting articles")
    evidence: list[EvidenceOut]


class RelationshipPage(BaseModel):
    items: list[RelationshipOut]
    next_cursor: str | None = None


class EdgeOut(BaseModel):
    """One relationship with both of its ends."""

    model_config = _examples({
        "type": "NOMINATED", "key": "5c1f0c1c0e1c2d7e9f8a8b7c6d5e4f3a",
        "source": {"id": "organization:new-azerbaijan-party", "name": "New Azerbaijan Party", "type": "Organization"},
        "target": {"id": "person:ilham-aliyev", "name": "Ilham Aliyev", "type": "Person"},
        "properties": _PROPS_EXAMPLE, "confidence": 0.85, "support": 1, "evidence": [_EVIDENCE_EXAMPLE]})

    type: str
    key: str
    source: EntityRef
    target: EntityRef
    properties: RelationshipProperties
    confidence: float | None
    support: int | None = None
    evidence: list[EvidenceOut]


class EdgePage(BaseModel):
    items: list[EdgeOut]
    next_cursor: str | None = None


class PathHop(BaseModel):
    type: str
    key: str
    from_: EntityRef = Field(alias="from", serialization_alias="from")
    to: EntityRef
    direction: Literal["forward", "backward"] = Field(
        description="forward: the relationship points from `from` to `to` as stored; backward: the other way")
    properties: RelationshipProperties
    confidence: float | None
    support: int | None = None
    evidence: list[EvidenceOut]

    model_config = ConfigDict(populate_by_name=True)


class PathOut(BaseModel):
    length: int
    hops: list[PathHop]


class PathPage(BaseModel):
    model_config = _examples({"items": [{"length": 1, "hops": [{
        "type": "HEADS", "key": "0f3e", "from": {"id": "person:sergey-lebedev", "name": "Sergey Lebedev",
                                                  "type": "Person"},
        "to": {"id": "delegation:cis", "name": "CIS delegation", "type": "Delegation"}, "direction": "forward",
        "properties": _PROPS_EXAMPLE, "confidence": 0.93, "support": 2, "evidence": [_EVIDENCE_EXAMPLE]}]}],
        "next_cursor": None})

    items: list[PathOut]
    next_cursor: str | None = None


class GraphNode(BaseModel):
    id: str
    name: str | None
    type: str | None
    labels: list[str]
    depth: int = Field(description="hops from the centre")


class GraphEdge(BaseModel):
    key: str
    type: str
    source: str
    target: str
    confidence: float | None
    support: int | None = None
    date: dt.date | None = None
    title: str | None = None


class Neighbourhood(BaseModel):
    model_config = _examples({
        "centre": "person:sergey-lebedev",
        "nodes": [{"id": "person:sergey-lebedev", "name": "Sergey Lebedev", "type": "Person", "labels": ["Person"],
                   "depth": 0},
                  {"id": "delegation:cis", "name": "CIS delegation", "type": "Delegation", "labels": ["Delegation"],
                   "depth": 1}],
        "edges": [{"key": "0f3e", "type": "HEADS", "source": "person:sergey-lebedev", "target": "delegation:cis",
                   "confidence": 0.93, "support": 2, "date": None, "title": None}],
        "truncated": False})

    centre: str
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = Field(description="true when the node cap (or the edge cap, four per node) cut the subgraph")


# -- articles ----------------------------------------------------------------------------------
def _iso_date(value: Any) -> Any:
    """Dates arrive as YYYY-MM-DD; a number is not a date (pydantic would read it as epoch seconds)."""
    if isinstance(value, dt.date) or value is None:
        return value
    if not isinstance(value, str) or not ISO_DATE.fullmatch(value):
        raise ValueError("expected an ISO date (YYYY-MM-DD)")
    return value


IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


class ArticleBase(BaseModel):
    title: str = Field("", max_length=2000)
    url: str = Field("", max_length=4000)
    outlet: str = Field("", max_length=500)
    published: IsoDate | None = None


_ARTICLE_EXAMPLE = {
    "id": "seed-cis-delegation", "title": "CIS observers in Baku", "outlet": "Trend News Agency",
    "published": "2024-02-05",
    "text": "A delegation headed by Secretary General of the CIS Sergey Lebedev is on a visit to Azerbaijan.",
}


class ArticleCreate(ArticleBase):
    """An article to ingest; the worker extracts it and writes its facts."""

    model_config = _examples(_ARTICLE_EXAMPLE)

    id: str = Field(pattern=ID_PATTERN, max_length=200)
    text: str = Field(min_length=1)


class ArticleBatch(BaseModel):
    model_config = _examples({"articles": [_ARTICLE_EXAMPLE]})

    articles: list[ArticleCreate] = Field(min_length=1, max_length=100)


class ArticleAccepted(BaseModel):
    model_config = _examples({"id": "seed-cis-delegation", "status": "queued"})

    id: str
    status: Literal["queued", "processing", "unchanged"]


class BatchItem(BaseModel):
    id: str
    status: Literal["queued", "processing", "unchanged", "rejected"]
    error: str | None = Field(None, description="why the article was rejected; it was not queued")


class BatchAccepted(BaseModel):
    model_config = _examples({"items": [{"id": "seed-cis-delegation", "status": "queued", "error": None}],
                              "accepted": 1, "rejected": 0})

    items: list[BatchItem]
    accepted: int = Field(description="articles queued, or left alone because their content is already stored")
    rejected: int


class ArticleStatus(BaseModel):
    model_config = _examples({"id": "seed-cis-delegation", "status": "done", "attempts": 1, "error": None,
                              "stored": True, "title": "CIS observers in Baku", "url": "",
                              "outlet": "Trend News Agency", "published": "2024-02-05", "entities": 11,
                              "relations": 11, "evidence": 13})

    id: str
    status: JobStatus
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


class ExtractRequest(ArticleBase):
    """A text to extract from; nothing is stored."""

    model_config = _examples({"id": "sample", "published": "2024-02-05",
                              "text": "A delegation headed by Secretary General of the CIS Sergey Lebedev "
                                      "is on a visit to Azerbaijan."})

    id: str = Field("text", pattern=ID_PATTERN, max_length=200)
    text: str = Field(min_length=1)


class ExtractedEvidence(BaseModel):
    sentence: str
    start: int
    end: int
    pattern: str | None = None


class ExtractedEntity(BaseModel):
    id: str
    type: str
    name: str
    aliases: list[str] = []
    properties: dict[str, Any] = {}


class ExtractedRelation(BaseModel):
    type: str
    source: str
    target: str
    confidence: float
    properties: dict[str, Any] = {}
    evidence: list[ExtractedEvidence] = []


class ExtractionOut(BaseModel):
    """One article's extraction: the JSON of the graph contract (SCHEMA.md)."""

    model_config = _examples({
        "article_id": "seed",
        "entities": [{"id": "person:sergey-lebedev", "type": "Person", "name": "Sergey Lebedev",
                      "aliases": ["Lebedev"], "properties": {}},
                     {"id": "delegation:cis", "type": "Delegation", "name": "CIS delegation", "aliases": [],
                      "properties": {}}],
        "relations": [{"type": "HEADS", "source": "person:sergey-lebedev", "target": "delegation:cis",
                       "confidence": 0.93, "properties": {},
                       "evidence": [{"sentence": "A delegation headed by ...", "start": 0, "end": 96,
                                     "pattern": "heads-headed-by"}]}]})

    article_id: str
    entities: list[ExtractedEntity]
    relations: list[ExtractedRelation]


# -- schema and stats --------------------------------------------------------------------------
class Stats(BaseModel):
    model_config = _examples({
        "labels": {"Entity": 247, "Person": 94, "Article": 15, "Evidence": 131},
        "relationship_types": {"HEADS": 14, "NOMINATED": 18, "MENTIONS": 267},
        "queue": {"queued": 0, "processing": 0, "done": 15, "failed": 0}})

    labels: dict[str, int] = Field(description="nodes per label")
    relationship_types: dict[str, int] = Field(description="relationships per type")
    queue: dict[str, int] = Field(description="ingest jobs per state")


class RelationTypeInfo(BaseModel):
    type: str
    kind: Literal["event", "state", "other"]
    symmetric: bool
    properties: list[str]


class SchemaInfo(BaseModel):
    model_config = _examples({
        "entity_types": ["Person", "Organization"],
        "relationship_types": [{"type": "HEADS", "kind": "state", "symmetric": False,
                                "properties": ["confidence", "support", "first_asserted", "last_asserted"]}],
        "labels": ["Entity", "Article", "Evidence", "IngestJob"]})

    entity_types: list[str]
    relationship_types: list[RelationTypeInfo]
    labels: list[str] = Field(description="every node label in the graph, entity types included")

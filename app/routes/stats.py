"""The graph's vocabulary and its size: counts per label and relationship type, queue depth."""
from __future__ import annotations

from typing import Literal

from fastapi import APIRouter

from app.deps import ApiSettingsDep, DriverDep, Neo4jSettingsDep
from app.errors import problem_responses
from app.models import RelationTypeInfo, SchemaInfo, Stats
from graph import reads
from ingest.model import EVENT_TYPES, RELATION_TYPES, STATE_TYPES, SYMMETRIC_TYPES

router = APIRouter(prefix="/v1", tags=["schema and stats"])
ENTITY_TYPES = ["Person", "Organization", "PoliticalParty", "Country", "Location", "Delegation", "Election"]
COMMON_PROPERTIES = ["confidence", "support", "articles", "sentence", "asserted", "first_asserted", "last_asserted"]
TYPE_PROPERTIES = {"HOLDS_POSITION": ["title"], "WON": ["vote_share"], "NOMINATED": ["election"]}


@router.get("/stats", response_model=Stats, responses=problem_responses(401, 503),
            summary="Counts per node label and relationship type, and the ingest queue by state")
async def stats(driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep) -> Stats:
    counts = await reads.graph_counts(driver, database=neo4j.database, timeout=api.query_timeout)
    queue = await reads.queue_stats(driver, database=neo4j.database, timeout=api.query_timeout)
    return Stats(labels=counts["labels"], relationship_types=counts["relationship_types"], queue=queue)


@router.get("/schema", response_model=SchemaInfo, responses=problem_responses(401, 503),
            summary="The graph's vocabulary: entity types, relationship types and their properties, labels")
async def schema(driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep) -> SchemaInfo:
    counts = await reads.graph_counts(driver, database=neo4j.database, timeout=api.query_timeout)
    types = []
    for t in RELATION_TYPES:
        kind: Literal["event", "state", "other"] = (
            "event" if t in EVENT_TYPES else "state" if t in STATE_TYPES else "other")
        extra = (["date", "dates"] if kind == "event" else []) + TYPE_PROPERTIES.get(t, [])
        types.append(RelationTypeInfo(type=t, kind=kind, symmetric=t in SYMMETRIC_TYPES,
                                      properties=COMMON_PROPERTIES + extra))
    return SchemaInfo(entity_types=ENTITY_TYPES, relationship_types=types, labels=sorted(counts["labels"]))

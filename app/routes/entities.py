from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query

from app.deps import ApiSettingsDep, DriverDep, Neo4jSettingsDep, require_read_key
from app.models import EntityDetail, EntityPage, EntitySummary, EvidenceOut, OtherEnd, RelationshipOut, RelationshipPage
from graph import reads
from ingest.model import RELATION_TYPES

router = APIRouter(prefix="/v1/entities", tags=["entities"], dependencies=[Depends(require_read_key)])
ENTITY_TYPE_PATTERN = "^(Person|Organization|PoliticalParty|Country|Location|Delegation|Election)$"
EntityId = Annotated[str, Path(max_length=300, examples=["person:sergey-lebedev"])]


@router.get("", response_model=EntityPage, summary="Full-text search over entity names and aliases")
async def search_entities(
    driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep,
    q: Annotated[str, Query(min_length=1, max_length=200, examples=["Lebedev"])],
    type: Annotated[str | None, Query(pattern=ENTITY_TYPE_PATTERN)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
) -> EntityPage:
    rows = await reads.search_entities(driver, query=q, type=type, limit=min(limit, api.max_page_size),
                                       database=neo4j.database)
    return EntityPage(items=[EntitySummary(id=r["id"], name=r["name"], type=_main_type(r["labels"]),
                                           aliases=r["aliases"] or [], score=r["score"]) for r in rows])


def _main_type(labels: list[str]) -> str:
    return next((label for label in labels if label != "PoliticalParty"), labels[0] if labels else "Entity")


@router.get("/{entity_id}", response_model=EntityDetail, responses={404: {"description": "unknown entity"}},
            summary="One entity")
async def get_entity(entity_id: EntityId, driver: DriverDep, neo4j: Neo4jSettingsDep) -> EntityDetail:
    row = await reads.get_entity(driver, id=entity_id, database=neo4j.database)
    e = dict(row["entity"])
    hidden = {"id", "name", "aliases", "type", "first_seen", "last_seen"}
    props = {k: v for k, v in e.items() if k not in hidden}
    return EntityDetail(id=e["id"], name=e["name"], type=e.get("type") or _main_type(row["labels"]),
                        labels=row["labels"], aliases=e.get("aliases") or [], properties=props,
                        article_count=row["article_count"])


@router.get("/{entity_id}/relationships", response_model=RelationshipPage,
            responses={404: {"description": "unknown entity"}}, summary="An entity's relationships with evidence")
async def entity_relationships(
    entity_id: EntityId, driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep,
    type: Annotated[list[str] | None, Query(description="relationship types to keep")] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
) -> RelationshipPage:
    types = [t for t in type if t in RELATION_TYPES] if type else None
    rows = await reads.entity_relationships(driver, id=entity_id, types=types, limit=min(limit, api.max_page_size),
                                            database=neo4j.database)
    items = [
        RelationshipOut(
            type=r["type"], direction="out" if r["outgoing"] else "in",
            other=OtherEnd(id=r["other_id"], name=r["other_name"], type=r["other_type"]),
            confidence=r["confidence"], date=r["date"], title=r["title"],
            vote_share=r["vote_share"], support=r["support"],
            evidence=[EvidenceOut(**ev) for ev in r["evidence"]],
        )
        for r in rows
    ]
    return RelationshipPage(items=items)

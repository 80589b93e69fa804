"""Entities: search, list by type, one entity, its relationships, its neighbourhood."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Response

from app import pagination
from app.deps import ApiSettingsDep, DriverDep, Neo4jSettingsDep
from app.errors import problem_responses
from app.models import (
    Direction,
    EntityDetail,
    EntityPage,
    EntitySummary,
    EntityType,
    GraphEdge,
    GraphNode,
    Neighbourhood,
    RelationshipOut,
    RelationshipPage,
    RelationType,
)
from app.routes import convert
from app.routes.filters import Cursor, FiltersDep, Limit
from graph import reads

router = APIRouter(prefix="/v1/entities", tags=["entities"])
EntityId = Annotated[str, Path(min_length=1, max_length=300, examples=["person:sergey-lebedev"],
                               description="an entity id, e.g. `person:sergey-lebedev`")]


@router.get("", response_model=EntityPage, responses=problem_responses(401, 422, 503),
            summary="Search entities by name or alias, or list them by type",
            description="With `q`: full-text search over names and aliases, best match first (a misspelt "
            "word still matches; the last word may be a prefix). Without `q`: entities in id order. "
            "`type` keeps one type either way.")
async def search_entities(
    driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep, limit: Limit = 50, cursor: Cursor = None,
    q: Annotated[str | None, Query(min_length=1, max_length=200, examples=["Lebedev"],
                                   description="words of a name or alias")] = None,
    type: Annotated[EntityType | None, Query(description="keep one entity type")] = None,
) -> EntityPage:
    size = min(limit, api.max_page_size)
    if q is not None and q.strip():
        after = pagination.decode("search", cursor, (float, str)) if cursor else None
        rows = await reads.search_entities(driver, query=q, type=type, limit=size + 1,
                                           after=(after[0], after[1]) if after else None,
                                           database=neo4j.database, timeout=api.query_timeout)
        items, more = pagination.page(rows, size)
        next_cursor = pagination.encode("search", [items[-1]["score"], items[-1]["id"]]) if more else None
    else:
        after_id = pagination.decode("entities", cursor, (str,))[0] if cursor else None
        rows = await reads.list_entities(driver, type=type, limit=size + 1, after=after_id,
                                         database=neo4j.database, timeout=api.query_timeout)
        items, more = pagination.page(rows, size)
        next_cursor = pagination.encode("entities", [items[-1]["id"]]) if more else None
    return EntityPage(
        items=[EntitySummary(id=r["id"], name=r["name"] or r["id"], type=r["type"] or convert.main_type(r["labels"]),
                             labels=r["labels"], aliases=r["aliases"] or [], score=r["score"]) for r in items],
        next_cursor=next_cursor)


@router.get("/{entity_id}", response_model=EntityDetail, responses=problem_responses(401, 404, 422, 503),
            summary="One entity: aliases, type, properties, mention and article counts")
async def get_entity(entity_id: EntityId, driver: DriverDep, neo4j: Neo4jSettingsDep,
                     api: ApiSettingsDep) -> EntityDetail:
    row = await reads.get_entity(driver, id=entity_id, database=neo4j.database, timeout=api.query_timeout)
    e = row["entity"]
    return EntityDetail(
        id=e["id"], name=e.get("name") or e["id"], type=e.get("type") or convert.main_type(row["labels"]),
        labels=row["labels"], aliases=e.get("aliases") or [], properties=row["properties"],
        first_seen=e.get("first_seen"), last_seen=e.get("last_seen"), article_count=row["article_count"],
        mention_count=row["evidence_count"], relationship_count=row["relationship_count"])


@router.get("/{entity_id}/relationships", response_model=RelationshipPage,
            responses=problem_responses(401, 404, 422, 503),
            summary="An entity's relationships, with the other end, properties, confidence and evidence",
            description="In a stable order: relationship type, the other end's id, key. Filters combine with AND.")
async def entity_relationships(
    entity_id: EntityId, driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep, filters: FiltersDep,
    limit: Limit = 50, cursor: Cursor = None,
    direction: Annotated[Direction, Query(description="out: the entity is the source; in: the target; both")] = "both",
    other_type: Annotated[EntityType | None, Query(description="keep relationships whose other end has this type")]
    = None,
) -> Response:
    size = min(limit, api.max_page_size)
    after = pagination.decode("relationships-of", cursor, (str, str, str)) if cursor else None
    rows = await reads.entity_relationships(
        driver, id=entity_id, types=filters.types, direction=direction, other_type=other_type,
        min_confidence=filters.min_confidence, since=filters.since, until=filters.until, as_of=filters.as_of,
        limit=size + 1, after=(after[0], after[1], after[2]) if after else None,
        evidence_limit=min(filters.evidence, api.max_evidence), database=neo4j.database, timeout=api.query_timeout)
    items, more = pagination.page(rows, size)
    next_cursor = (pagination.encode("relationships-of", [items[-1]["type"], items[-1]["other_id"], items[-1]["key"]])
                   if more else None)
    page = RelationshipPage(items=[
        RelationshipOut(type=r["type"], key=r["key"], direction=r["direction"], other=convert.ref(r, "other"),
                        properties=convert.properties(r), confidence=r["confidence"], support=r["support"],
                        evidence=convert.evidence(r["evidence"]))
        for r in items], next_cursor=next_cursor)
    # built and validated once above; FastAPI would validate the whole page a second time
    return Response(page.model_dump_json(), media_type="application/json")


@router.get("/{entity_id}/neighbourhood", response_model=Neighbourhood,
            responses=problem_responses(401, 404, 422, 503),
            summary="The subgraph around an entity, as nodes and edges ready to draw",
            description="Ring by ring up to `depth` hops, strongest links first, at most `max_nodes` nodes "
            "(the centre included); `truncated` says whether the cap cut it.")
async def neighbourhood(
    entity_id: EntityId, driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep,
    depth: Annotated[int, Query(ge=1, le=3, description="hops from the entity")] = 1,
    max_nodes: Annotated[int, Query(ge=1, le=500, description="node cap, the centre included")] = 100,
    type: Annotated[list[RelationType] | None, Query(description="relationship types to follow")]
    = None,
) -> Neighbourhood:
    result = await reads.neighbourhood(driver, id=entity_id, depth=depth,
                                       max_nodes=min(max_nodes, api.max_neighbourhood_nodes), types=type,
                                       database=neo4j.database, timeout=api.query_timeout)
    return Neighbourhood(
        centre=entity_id,
        nodes=[GraphNode(id=n["id"], name=n["name"], type=n["type"] or convert.main_type(n["labels"]),
                         labels=n["labels"], depth=n["depth"]) for n in result["nodes"]],
        edges=[GraphEdge(**e) for e in result["edges"]], truncated=result["truncated"])


"""Across the graph: relationships by type and date ("who nominated whom since January"), and paths."""
from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from app import pagination
from app.deps import ApiSettingsDep, DriverDep, Neo4jSettingsDep
from app.errors import problem_responses
from app.models import EdgeOut, EdgePage, EntityType, PathHop, PathOut, PathPage
from app.routes import convert
from app.routes.filters import Cursor, FiltersDep, Limit
from graph import reads

router = APIRouter(prefix="/v1", tags=["graph"])


@router.get("/relationships", response_model=EdgePage, responses=problem_responses(401, 422, 503),
            summary="Relationships across the graph, e.g. ?type=NOMINATED&since=2024-01-01",
            description="In a stable order: relationship type, then key. Same filters and evidence as an "
            "entity's relationships, plus the types of both ends.")
async def relationships(
    driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep, filters: FiltersDep, limit: Limit = 50,
    cursor: Cursor = None,
    source_type: Annotated[EntityType | None, Query(description="keep relationships from this entity type")] = None,
    target_type: Annotated[EntityType | None, Query(description="keep relationships to this entity type")] = None,
) -> EdgePage:
    size = min(limit, api.max_page_size)
    after = pagination.decode("relationships", cursor, (str, str)) if cursor else None
    rows = await reads.relationships(
        driver, types=filters.types, source_type=source_type, target_type=target_type,
        min_confidence=filters.min_confidence, since=filters.since, until=filters.until, as_of=filters.as_of,
        limit=size + 1, after=(after[0], after[1]) if after else None,
        evidence_limit=min(filters.evidence, api.max_evidence), database=neo4j.database, timeout=api.query_timeout)
    items, more = pagination.page(rows, size)
    next_cursor = pagination.encode("relationships", [items[-1]["type"], items[-1]["key"]]) if more else None
    return EdgePage(items=[
        EdgeOut(type=r["type"], key=r["key"], source=convert.ref(r, "source"), target=convert.ref(r, "target"),
                properties=convert.properties(r), confidence=r["confidence"], support=r["support"],
                evidence=convert.evidence(r["evidence"]))
        for r in items], next_cursor=next_cursor)


@router.get("/paths", response_model=PathPage, responses=problem_responses(401, 404, 422, 503),
            summary="Shortest paths between two entities, each hop with its evidence",
            description="All shortest paths (of the least length, at most `max_hops`) over the contract's "
            "relationships in either direction, in a stable order; none when the entities are further apart "
            "(or are the same entity).")
async def paths(
    driver: DriverDep, neo4j: Neo4jSettingsDep, api: ApiSettingsDep,
    source: Annotated[str, Query(alias="from", min_length=1, max_length=300, examples=["person:sergey-lebedev"],
                                 description="the entity id to start from")],
    target: Annotated[str, Query(alias="to", min_length=1, max_length=300, examples=["person:ilham-aliyev"],
                                 description="the entity id to reach")],
    max_hops: Annotated[int, Query(ge=1, le=4, description="longest path to look for")] = 3,
    limit: Annotated[int, Query(ge=1, le=25, description="paths per page")] = 10,
    evidence: Annotated[int, Query(ge=0, le=20, description="evidence sentences per hop")] = 1,
    cursor: Cursor = None,
) -> PathPage:
    after = pagination.decode("paths", cursor, (list,))[0] if cursor else None
    if after is not None and not all(isinstance(k, str) for k in after):
        raise pagination.InvalidCursor("the cursor is damaged")
    size = min(limit, api.max_paths)
    rows = await reads.shortest_paths(driver, source=source, target=target,
                                      max_hops=min(max_hops, api.max_path_hops), limit=size + 1, after=after,
                                      evidence_limit=min(evidence, api.max_evidence), database=neo4j.database,
                                      timeout=api.query_timeout)
    items, more = pagination.page(rows, size)
    next_cursor = pagination.encode("paths", [items[-1]["keys"]]) if more else None
    return PathPage(items=[
        PathOut(length=len(p["hops"]), hops=[
            PathHop.model_validate({"type": h["type"], "key": h["key"], "from": h["from"], "to": h["to"],
                                    "direction": "forward" if h["forward"] else "backward",
                                    "properties": convert.properties(h), "confidence": h["confidence"],
                                    "support": h["support"], "evidence": convert.evidence(h["evidence"])})
            for h in p["hops"]])
        for p in items], next_cursor=next_cursor)

"""Query parameters shared by the relationship routes: types, confidence, dates, "as of", paging."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Query

from app.models import IsoDate, RelationType

Limit = Annotated[int, Query(ge=1, le=200, description="page size (capped by NEWSGRAPH_API_MAX_PAGE_SIZE)")]
Cursor = Annotated[str | None, Query(max_length=2000, description="`next_cursor` of the previous page")]


@dataclass(frozen=True)
class Filters:
    types: list[str] | None
    min_confidence: float | None
    since: dt.date | None
    until: dt.date | None
    as_of: dt.date | None
    evidence: int


def relationship_filters(
    type: Annotated[list[RelationType] | None, Query(
        description="relationship types to keep (repeat the parameter for several)", examples=[["NOMINATED"]])]
    = None,
    min_confidence: Annotated[float | None, Query(ge=0.0, le=1.0, description="keep confidence >= this")] = None,
    since: Annotated[IsoDate | None, Query(
        description="keep relationships dated on or after this day: an event's date, or for undated ones the "
        "publication date of an article asserting them", examples=["2024-01-01"])] = None,
    until: Annotated[IsoDate | None, Query(description="keep relationships dated on or before this day")] = None,
    as_of: Annotated[IsoDate | None, Query(
        description="the graph as known on this day: relationships asserted by an article published on or "
        "before it (events also dated no later), with only that evidence")] = None,
    evidence: Annotated[int, Query(ge=0, le=20, description="evidence sentences per relationship, best first")] = 3,
) -> Filters:
    return Filters(types=list(type) if type else None, min_confidence=min_confidence, since=since, until=until,
                   as_of=as_of, evidence=evidence)


FiltersDep = Annotated[Filters, Depends(relationship_filters)]

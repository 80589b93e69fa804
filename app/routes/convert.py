"""Storage rows (from `graph.reads`) into response models."""
from __future__ import annotations

from typing import Any

from app.models import EntityRef, EvidenceOut, RelationshipProperties


def main_type(labels: list[str]) -> str:
    return next((label for label in labels if label != "PoliticalParty"), labels[0] if labels else "Entity")


def properties(row: dict[str, Any]) -> RelationshipProperties:
    return RelationshipProperties(
        title=row.get("title"), date=row.get("date"), dates=row.get("dates") or [],
        vote_share=row.get("vote_share"), election=_text(row.get("election")),
        first_asserted=row.get("first_asserted"), last_asserted=row.get("last_asserted"))


def evidence(rows: list[dict[str, Any]]) -> list[EvidenceOut]:
    # an OPTIONAL MATCH without evidence yields one all-null entry
    return [EvidenceOut(**ev) for ev in rows if ev.get("article_id") is not None and ev.get("sentence") is not None]


def ref(row: dict[str, Any], prefix: str) -> EntityRef:
    return EntityRef(id=row[f"{prefix}_id"], name=row.get(f"{prefix}_name"), type=row.get(f"{prefix}_type"))


def _text(value: Any) -> str | None:
    return None if value is None else str(value)

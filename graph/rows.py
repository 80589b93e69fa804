"""Storage rows: one article's extraction turned into the parameter rows the write Cypher takes.

Keys are content-derived so that writing the same article twice touches the same nodes:
a relationship's key is its (type, source, target) - with the ends sorted for symmetric types -
and a piece of evidence's key adds the article and the sentence offsets.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ingest.articles import Article
from ingest.model import SYMMETRIC_TYPES, Extraction

PRIMITIVE = (str, int, float, bool)


def relationship_key(rel_type: str, source: str, target: str) -> str:
    if rel_type in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    return hashlib.sha1(f"{rel_type}|{source}|{target}".encode()).hexdigest()[:32]


def _flat(props: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties are primitives or lists of them; drop the rest."""
    out: dict[str, Any] = {}
    for k, v in props.items():
        if isinstance(v, PRIMITIVE) or (isinstance(v, list) and all(isinstance(x, PRIMITIVE) for x in v)):
            out[k] = v
    return out


@dataclass
class ArticleRows:
    article_id: str
    article: dict[str, Any]
    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    relationships: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)


def article_rows(article: Article, extraction: Extraction, *, dateline: str | None = None) -> ArticleRows:
    rows = ArticleRows(
        article_id=article.id,
        article={
            "id": article.id, "title": article.title, "url": article.url, "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "dateline": dateline, "sha256": article.sha256, "fingerprint": article.fingerprint(),
            "text": article.text, "entity_count": len(extraction.entities),
            "relation_count": len(extraction.relations),
        },
    )
    for e in sorted(extraction.entities, key=lambda e: e.id):
        props = _flat({k: v for k, v in e.properties.items() if k not in {"party"}})
        rows.entities.append({"id": e.id, "type": e.type, "name": e.name, "props": props,
                              "party": bool(e.properties.get("party"))})
        forms = list(dict.fromkeys([e.name, *e.aliases]))
        rows.mentions.append({"entity_id": e.id, "forms": forms})
    seen: set[str] = set()
    for r in extraction.relations:
        key = relationship_key(r.type, r.source, r.target)
        source, target = r.source, r.target
        if r.type in SYMMETRIC_TYPES and target < source:
            source, target = target, source
        if key not in seen:
            seen.add(key)
            rows.relationships.append({"key": key, "type": r.type, "source": source, "target": target})
        for ev in r.evidence:
            ev_key = hashlib.sha1(f"{article.id}|{key}|{ev.start}|{ev.end}".encode()).hexdigest()[:32]
            props = {
                "rel_key": key, "article_id": article.id, "type": r.type, "source": source, "target": target,
                "sentence": ev.sentence, "start": ev.start, "end": ev.end, "confidence": r.confidence,
                "pattern": ev.pattern,
                **_flat({k: r.properties.get(k) for k in ("date", "title", "vote_share", "election")
                         if r.properties.get(k) is not None}),
            }
            rows.evidence.append({"key": ev_key, "props": props})
    rows.relationships.sort(key=lambda r: r["key"])
    rows.evidence.sort(key=lambda r: r["key"])
    return rows

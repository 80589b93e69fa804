"""Storage rows: one article's extraction turned into the parameter rows the write Cypher takes.

Two steps. `article_rows` needs no database: the article, its entities with their identity keys
(graph.identity) and its relations, all still under the extraction's own ids. Once the store has
read the keys' holders and decided which stored node each entity is, `stored_rows` maps them to
stored ids: mentions (one per stored entity), relationships and evidence. Keys are derived from
content, so writing the same article twice touches the same nodes: a relationship's key is its
(type, source, target) - ends sorted for symmetric types - and a piece of evidence's key adds the
article and the sentence offsets.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from graph.identity import Incoming, Keys, Resolution, article_context, entity_keys
from ingest.articles import Article
from ingest.model import SYMMETRIC_TYPES, Extraction

PRIMITIVE = (str, int, float, bool)
# relationship facts carried by evidence; each evidence row names them all (None when absent)
# so that rewriting evidence also clears a fact the new text no longer gives
EVIDENCE_FACTS = ("date", "title", "vote_share", "election")
# entity properties the store computes itself; an extracted property of that name is not kept
RESERVED = frozenset({"id", "type", "name", "aliases", "first_seen", "last_seen", "article_count", "derived"})


def relationship_key(rel_type: str, source: str, target: str) -> str:
    if rel_type in SYMMETRIC_TYPES and target < source:
        source, target = target, source
    return hashlib.sha1(f"{rel_type}|{source}|{target}".encode()).hexdigest()[:32]


def evidence_key(article_id: str, rel_key: str, start: int, end: int) -> str:
    return hashlib.sha1(f"{article_id}|{rel_key}|{start}|{end}".encode()).hexdigest()[:32]


def _flat(props: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties are primitives or lists of them; drop the rest."""
    out: dict[str, Any] = {}
    for k, v in props.items():
        if isinstance(v, PRIMITIVE) or (isinstance(v, list) and v and all(isinstance(x, PRIMITIVE) for x in v)
                                        and len({type(x) for x in v}) == 1):
            out[k] = v
    return out


@dataclass
class EntityRow:
    """One extracted entity, under its extracted id."""

    id: str
    type: str
    name: str
    aliases: list[str]
    props: dict[str, Any]
    party: bool
    keys: Keys

    def incoming(self) -> Incoming:
        return Incoming(id=self.id, type=self.type, keys=self.keys)


@dataclass
class RelationRow:
    type: str
    source: str
    target: str
    confidence: float
    props: dict[str, Any]
    evidence: list[dict[str, Any]]  # {sentence, start, end, pattern}


@dataclass
class ArticleRows:
    article_id: str
    article: dict[str, Any]
    entities: list[EntityRow] = field(default_factory=list)
    relations: list[RelationRow] = field(default_factory=list)

    @property
    def fingerprint(self) -> str:
        return str(self.article["fingerprint"])

    def keys(self) -> list[str]:
        return sorted({k for e in self.entities for k in e.keys.locked})


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
    plain = [{"type": e.type, "name": e.name, "aliases": e.aliases, "props": e.properties}
             for e in extraction.entities]
    ctx = article_context(plain, text_scope=article.sha256[:16])
    for e in sorted(extraction.entities, key=lambda e: e.id):
        props = _flat({k: v for k, v in e.properties.items() if k != "party" and k not in RESERVED})
        rows.entities.append(EntityRow(
            id=e.id, type=e.type, name=e.name, aliases=list(dict.fromkeys(e.aliases)), props=props,
            party=bool(e.properties.get("party")),
            keys=entity_keys(e.type, e.name, e.aliases, e.properties, ctx),
        ))
    for r in extraction.relations:
        rows.relations.append(RelationRow(
            type=r.type, source=r.source, target=r.target, confidence=r.confidence, props=dict(r.properties),
            evidence=[{"sentence": ev.sentence, "start": ev.start, "end": ev.end, "pattern": ev.pattern}
                      for ev in r.evidence],
        ))
    return rows


@dataclass
class StoredRows:
    """The rows of one article under stored ids, ready for the write Cypher."""

    entities: list[dict[str, Any]] = field(default_factory=list)       # {id, type, name, new}
    mentions: list[dict[str, Any]] = field(default_factory=list)       # {entity_id, props}
    relationships: list[dict[str, Any]] = field(default_factory=list)  # {key, type, source, target}
    evidence: list[dict[str, Any]] = field(default_factory=list)       # {key, props}


def _fuller(a: str, b: str) -> str:
    return max(a, b, key=lambda s: (len(s), s))


def stored_rows(rows: ArticleRows, resolution: Resolution) -> StoredRows:
    """Map an article's rows to stored ids. Two extracted entities may meet in one node: their
    mentions merge; a relation whose ends meet is dropped (nothing relates to itself here)."""
    out = StoredRows()
    mentions: dict[str, dict[str, Any]] = {}
    for e in rows.entities:
        sid = resolution.ids[e.id]
        m = mentions.get(sid)
        if m is None:
            m = mentions[sid] = {"type": e.type, "name": e.name, "forms": [], "keys": [], "props": {},
                                 "party": False}
            out.entities.append({"id": sid, "type": e.type, "name": e.name, "new": sid in resolution.new})
        m["name"] = _fuller(m["name"], e.name)
        m["forms"] = list(dict.fromkeys([*m["forms"], e.name, *e.aliases]))
        m["keys"] = sorted({*m["keys"], *e.keys.all})
        m["party"] = m["party"] or e.party
        for k, v in e.props.items():
            m["props"].setdefault(k, v)
    for sid, m in mentions.items():
        props: dict[str, Any] = {"name": m["name"], "surface_forms": m["forms"], "keys": m["keys"],
                                 "party": m["party"]}
        props.update({f"p_{k}": v for k, v in sorted(m["props"].items())})
        out.mentions.append({"entity_id": sid, "props": props})

    relationships: dict[str, dict[str, Any]] = {}
    evidence: dict[str, dict[str, Any]] = {}
    for r in rows.relations:
        source, target = resolution.ids.get(r.source), resolution.ids.get(r.target)
        if source is None or target is None or source == target:
            continue
        if r.type in SYMMETRIC_TYPES and target < source:
            source, target = target, source
        key = relationship_key(r.type, source, target)
        relationships.setdefault(key, {"key": key, "type": r.type, "source": source, "target": target})
        facts = _flat({k: r.props.get(k) for k in EVIDENCE_FACTS if r.props.get(k) is not None})
        for ev in r.evidence:
            ev_key = evidence_key(rows.article_id, key, ev["start"], ev["end"])
            props = {"key": ev_key, "rel_key": key, "article_id": rows.article_id, "type": r.type,
                     "source": source, "target": target, "sentence": ev["sentence"], "start": ev["start"],
                     "end": ev["end"], "pattern": ev["pattern"], "confidence": r.confidence,
                     **{k: facts.get(k) for k in EVIDENCE_FACTS}}
            old = evidence.get(ev_key)
            if old is None or props["confidence"] > old["props"]["confidence"]:
                evidence[ev_key] = {"key": ev_key, "props": props}
    out.entities.sort(key=lambda r: r["id"])
    out.mentions.sort(key=lambda r: r["entity_id"])
    out.relationships = sorted(relationships.values(), key=lambda r: r["key"])
    out.evidence = sorted(evidence.values(), key=lambda r: r["key"])
    return out

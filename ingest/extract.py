"""From articles to `Extraction`s: stream texts through the pipeline, then attach ids and dates.

`Extractor.extract` takes articles in order and yields one result per article in the same
order: an `Extraction`, or an `ArticleError` when something in that article went wrong (the
others go on). Texts are streamed through `nlp.pipe` in batches.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ingest.articles import Article, ArticleError
from ingest.dates import Partial, prepare_text, resolve
from ingest.lexicon import load_lexicon
from ingest.model import EVENT_TYPES, SYMMETRIC_TYPES, Entity, Evidence, Extraction, Relation
from ingest.pipeline import DocGraph, load_pipeline
from ingest.relations import Found, is_party
from ingest.resolve import EntityRecord, slug

log = logging.getLogger(__name__)

ELECTION_DATE_VERBS = {"hold", "take", "schedule", "set", "slate", "plan", "due", "fix", "call"}


class Extractor:
    """Holds the loaded pipeline; one per process."""

    def __init__(self, model: str, *, batch_size: int = 16) -> None:
        self.model = model
        self.batch_size = batch_size
        self.nlp: Language = load_pipeline(model)

    def extract(self, articles: Iterable[Article | ArticleError]) -> Iterator[Extraction | ArticleError]:
        """Extractions in input order; errors pass through in their place."""
        pending: list[Article | ArticleError] = []
        for item in articles:
            pending.append(item)
            if len(pending) >= self.batch_size:
                yield from self._batch(pending)
                pending = []
        if pending:
            yield from self._batch(pending)

    def _batch(self, items: list[Article | ArticleError]) -> Iterator[Extraction | ArticleError]:
        good = [a for a in items if isinstance(a, Article)]
        results: dict[int, Extraction | ArticleError] = {}
        with self.nlp.memory_zone():
            docs = self.nlp.pipe(((prepare_text(a.text), a) for a in good), as_tuples=True,
                                 batch_size=self.batch_size)
            for doc, article in docs:
                try:
                    results[id(article)] = build_extraction(doc, article)
                except Exception as exc:  # one article's bug must not stop the batch
                    log.exception("extraction failed for article %s", article.id)
                    results[id(article)] = ArticleError(article.id, f"extraction failed: {type(exc).__name__}: {exc}")
        for item in items:
            yield results[id(item)] if isinstance(item, Article) else item


# -- assembling one article's extraction -------------------------------------------------------
def _sentence_evidence(sent: Span, pattern: str, text: str) -> Evidence:
    """The sentence, sliced from the article's own text (the parsed text differs in the dateline)."""
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(sentence=text[start:end], start=start, end=end, pattern=pattern)


def _dates_in_order(doc: Doc, anchor: dt.date | None) -> dict[int, Partial]:
    """Every DATE entity resolved, keyed by its first token; "the same day" takes the last full date."""
    out: dict[int, Partial] = {}
    last: Partial | None = None
    for ent in doc.ents:
        if ent.label_ != "DATE":
            continue
        same_day = re.search(r"\bsame day\b", ent.text, re.IGNORECASE)
        partial = last if same_day else resolve(ent.text, anchor)
        if partial is not None:
            out[ent.start] = partial
            if partial.day:
                last = partial
    return out


def _date_under(token: Token, dates: dict[int, Partial], skip: set[int]) -> Partial | None:
    """A date phrase attached to a trigger: "on December 19 approved", "was received on January 5"."""
    for child in token.children:
        if child.i in skip:
            continue
        candidates = [child] if child.ent_type_ == "DATE" else []
        if child.dep_ == "prep" and child.lower_ in {"on", "in", "at", "since", "during"}:
            candidates += [c for c in child.children if c.dep_ == "pobj"]
        for c in candidates:
            if c.ent_type_ == "DATE":
                start = c.i
                while start > 0 and doc_token(c, start - 1).ent_iob_ == "I":
                    start -= 1
                hit = dates.get(start) or dates.get(c.left_edge.i)
                if hit is not None:
                    return hit
    return None


def doc_token(token: Token, i: int) -> Token:
    return token.doc[i]


def _event_date(found: Found, dates: dict[int, Partial]) -> str | None:
    node = found.trigger
    for _ in range(3):
        if node is None:
            return None
        hit = _date_under(node, dates, set())
        if hit is not None:
            return hit.iso
        if node.dep_ in {"xcomp", "conj", "acl", "relcl", "pcomp", "pobj", "dobj", "prep", "advcl"}:
            node = node.head
        else:
            break
    return None


def _election_dates(doc: Doc, graph: DocGraph, dates: dict[int, Partial]) -> dict[int, Partial]:
    """Dates of elections: "the September 10 election", "the election to be held on February 7, 2024"."""
    out: dict[int, Partial] = {}
    for m in graph.mentions:
        if m.type != "Election" or m.entity < 0 or m.entity in out:
            continue
        noun = doc[m.end - 1]
        hit: Partial | None = None
        for child in noun.lefts:
            if child.ent_type_ == "DATE":
                hit = dates.get(child.left_edge.i) or dates.get(child.i)
        if hit is None:
            for clause in noun.children:
                if clause.dep_ in {"relcl", "acl"} and clause.lemma_ in ELECTION_DATE_VERBS:
                    hit = _date_under(clause, dates, set())
        if hit is None and noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_ in ELECTION_DATE_VERBS:
            hit = _date_under(noun.head, dates, set())
        if hit is not None:
            out[m.entity] = hit
    return out


def _election_name(record: EntityRecord) -> str:
    props = record.props
    year = str(props.get("date", ""))[:4] or str(props.get("year", "") or "")
    kind = props.get("kind", "")
    noun = "referendum" if kind == "referendum" else "election"
    words = [year, props.get("country", ""), "" if kind == "referendum" else kind, noun]
    return " ".join(w for w in words if w)


def build_extraction(doc: Doc, article: Article) -> Extraction:
    graph: DocGraph = doc._.newsgraph
    anchor = article.published
    dates = _dates_in_order(doc, anchor)
    lexicon = load_lexicon()

    for entity, partial in _election_dates(doc, graph, dates).items():
        record = graph.entities[entity]
        if partial.day and "date" not in record.props:
            record.props["date"] = partial.day.isoformat()
        if partial.year and "year" not in record.props:
            record.props["year"] = partial.year

    # relations first: they decide which generic entities are worth keeping
    relations: dict[tuple[str, int, int], dict[str, Any]] = {}
    for f in graph.found:
        s, t = f.source, f.target
        if f.type in SYMMETRIC_TYPES and t < s:
            s, t = t, s
        key = (f.type, s, t)
        row = relations.get(key)
        evidence = _sentence_evidence(f.sentence, f.pattern, article.text)
        if row is None:
            row = relations[key] = {"type": f.type, "s": s, "t": t, "confidence": f.confidence,
                                    "props": dict(f.props), "evidence": [evidence]}
        else:
            row["confidence"] = max(row["confidence"], f.confidence)
            for k, v in f.props.items():
                row["props"].setdefault(k, v)
            if all(e.start != evidence.start for e in row["evidence"]):
                row["evidence"].append(evidence)
        if f.type in EVENT_TYPES and f.want_date and "date" not in row["props"]:
            date = _event_date(f, dates)
            if date:
                row["props"]["date"] = date

    used = {r["s"] for r in relations.values()} | {r["t"] for r in relations.values()}
    ids: dict[int, str] = {}
    taken: set[str] = set()
    entities: list[Entity] = []
    for index, record in enumerate(graph.entities):
        if not record.mentions:
            continue
        if record.type in {"Delegation", "Election"} and index not in used:
            continue
        if record.type == "Election" and "kind" not in record.props:
            continue
        props = _public_props(record, graph, lexicon)
        if record.type == "Election":
            record.name = _election_name(record)
            base = "election:" + slug(record.name.removesuffix(" election"))
        elif record.type == "Delegation" and record.props.get("unnamed"):
            base = f"delegation:{slug(article.id)}"
        elif record.type == "Delegation":
            base = "delegation:" + slug(record.name.removesuffix(" delegation"))
        else:
            base = f"{record.type.lower()}:{slug(record.name)}"
        entity_id, n = base, 2
        while entity_id in taken:
            entity_id, n = f"{base}-{n}", n + 1
        taken.add(entity_id)
        ids[index] = entity_id
        aliases = [a for a in record.aliases if a.lower() not in {record.name.lower()}]
        entities.append(Entity.model_validate({"id": entity_id, "type": record.type, "name": record.name,
                                               "aliases": aliases, "properties": props}))

    out_relations = [
        Relation(type=r["type"], source=ids[r["s"]], target=ids[r["t"]], confidence=r["confidence"],
                 properties=r["props"], evidence=r["evidence"])
        for r in relations.values() if r["s"] in ids and r["t"] in ids
    ]
    _delegation_destinations(entities, out_relations)
    return Extraction(article_id=article.id, entities=entities, relations=out_relations)


def _public_props(record: EntityRecord, graph: DocGraph, lexicon: Any) -> dict[str, Any]:
    props: dict[str, Any] = {}
    if record.type == "Organization":
        if record.acronym:
            props["acronym"] = record.acronym
        if record.props.get("country"):
            props["country"] = record.props["country"]
        if is_party(record, lexicon):
            props["party"] = True
    elif record.type == "Delegation":
        senders = [graph.entities[s].name for s in record.props.get("senders", [])]
        if senders:
            props["sender"] = senders[0] if len(senders) == 1 else senders
    elif record.type == "Election":
        for k in ("country", "kind", "date", "year", "extraordinary"):
            if record.props.get(k) is not None:
                props[k] = record.props[k]
        if "date" in props:
            props.pop("year", None)
    return props


def _delegation_destinations(entities: list[Entity], relations: list[Relation]) -> None:
    names = {e.id: e for e in entities}
    for r in relations:
        if r.type == "VISITS" and names[r.source].type == "Delegation" and names[r.target].type == "Country":
            names[r.source].properties.setdefault("destination", names[r.target].name)

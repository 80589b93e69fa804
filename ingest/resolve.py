"""Within-article entity resolution: one entity per real thing, carrying every surface form.

Rules, in the order they apply:

- countries meet on their short English name ("the Republic of Azerbaijan" -> "Azerbaijan");
- organizations meet on their name, on an acronym defined in brackets ("Central Election
  Commission (CEC)"), and on the name without its trailing "of <Country>";
- a one-word person mention joins the full name it ends (or starts) with, the nearest one
  before it when several fit; two full names with one surname and near-identical first names
  ("Sergei"/"Sergey") are one person;
- delegations meet on their sender; "the delegation", "the mission", "the guests" refer to the
  delegation last named before them;
- elections meet on kind, country and date; "the election", "the vote" refer to the election
  last named before them (or the first one named, when none is named before).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ingest.lexicon import Lexicon, fold
from ingest.mentions import Mention


@dataclass
class EntityRecord:
    type: str
    name: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    acronym: str | None = None
    id: str = ""

    def add_alias(self, alias: str) -> None:
        alias = alias.strip()
        if alias and fold(alias) != fold(self.name) and all(fold(alias) != fold(a) for a in self.aliases):
            self.aliases.append(alias)

    def names(self) -> set[str]:
        return {fold(self.name), *(fold(a) for a in self.aliases)}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def _similar_first_names(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[:3] != b[:3]:
        return False
    # one edit apart: Sergei/Sergey, Andrei/Andrey, Aleksandr/Alexandr
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))


class Resolver:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def __call__(self, doc: Doc, mentions: list[Mention], main_country: str | None) -> list[EntityRecord]:
        entities: list[EntityRecord] = []
        self._countries(mentions, entities)
        self._locations(mentions, entities)
        self._organizations(doc, mentions, entities)
        self._people(mentions, entities)
        self._delegations(doc, mentions, entities)
        self._elections(mentions, entities, main_country)
        return entities

    def _new(self, entities: list[EntityRecord], mention_index: int, m: Mention, **kw: Any) -> EntityRecord:
        record = EntityRecord(type=m.type, name=kw.pop("name", m.name), **kw)
        record.mentions.append(mention_index)
        m.entity = len(entities)
        entities.append(record)
        return record

    def _join(self, entities: list[EntityRecord], entity: int, mention_index: int, m: Mention) -> None:
        entities[entity].mentions.append(mention_index)
        m.entity = entity
        entities[entity].add_alias(m.name)

    def _countries(self, mentions: list[Mention], entities: list[EntityRecord]) -> None:
        by_name: dict[str, int] = {}
        for i, m in enumerate(mentions):
            if m.type != "Country":
                continue
            if m.name in by_name:
                self._join(entities, by_name[m.name], i, m)
            else:
                self._new(entities, i, m)
                by_name[m.name] = m.entity
            surface = m.props.get("surface")
            if surface:
                entities[m.entity].add_alias(re.sub(r"^(?i:the) ", "", surface))

    def _locations(self, mentions: list[Mention], entities: list[EntityRecord]) -> None:
        by_name: dict[str, int] = {}
        for i, m in enumerate(mentions):
            if m.type != "Location":
                continue
            key = fold(m.name)
            if key in by_name:
                self._join(entities, by_name[key], i, m)
            else:
                self._new(entities, i, m, name=m.name.title() if m.name.isupper() else m.name)
                by_name[key] = m.entity

    def _of_country(self, doc: Doc, m: Mention, mentions_by_start: dict[int, Mention]) -> str | None:
        """The country in "X of Azerbaijan" / "X (CEC) of Azerbaijan" right after the mention."""
        j = m.end
        if j < len(doc) and doc[j].text == "(":
            while j < len(doc) and doc[j].text != ")" and j - m.end < 6:
                j += 1
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "of":
            k = j + 1 + (doc[j + 1].lower_ == "the")
            other = mentions_by_start.get(k)
            if other is not None and other.type == "Country":
                return other.name
        return None

    def _organizations(self, doc: Doc, mentions: list[Mention], entities: list[EntityRecord]) -> None:
        index: dict[str, int] = {}  # folded name / alias / acronym -> entity
        by_start = {m.start: m for m in mentions}
        pending_short: list[int] = []
        for i, m in enumerate(mentions):
            if m.type != "Organization":
                continue
            name = re.sub(r"^(?i:the) ", "", m.name)
            country = self._of_country(doc, m, by_start)
            full = f"{name} of {country}" if country and not name.endswith(country) else name
            keys = [fold(full), fold(name)]
            if m.acronym:
                keys.append(fold(m.acronym))
            found = next((index[k] for k in keys if k in index), None)
            if found is None and len(name.split()) == 1 and name.isupper():
                pending_short.append(i)  # a bare acronym: resolve once every definition is known
                continue
            if found is None:
                record = self._new(entities, i, m, name=full)
                if country:
                    record.props["country"] = country
                found = m.entity
            else:
                self._join(entities, found, i, m)
                record = entities[found]
                if len(fold(full)) > len(fold(record.name)) and fold(record.name) in fold(full):
                    record.add_alias(record.name)
                    record.name = full
                    if country:
                        record.props["country"] = country
            for alias in {name, full, m.name}:
                record.add_alias(alias)
            if m.acronym:
                record.acronym = record.acronym or m.acronym
                record.add_alias(m.acronym)
            for k in keys:
                index.setdefault(k, found)
        for i in pending_short:
            m = mentions[i]
            key = fold(m.name)
            if key in index:
                self._join(entities, index[key], i, m)
            else:
                record = self._new(entities, i, m)
                record.acronym = m.name
                index[key] = m.entity

    def _people(self, mentions: list[Mention], entities: list[EntityRecord]) -> None:
        full: list[int] = []  # entity indices of people named with two or more words
        for i, m in enumerate(mentions):
            if m.type != "Person" or len(m.name.split()) < 2:
                continue
            words = m.name.split()
            same = next(
                (e for e in full if fold(entities[e].name) == fold(m.name)
                 or (fold(entities[e].name.split()[-1]) == fold(words[-1])
                     and _similar_first_names(entities[e].name.split()[0], words[0]))),
                None,
            )
            if same is None:
                self._new(entities, i, m)
                full.append(m.entity)
                entities[m.entity].add_alias(words[-1])
            else:
                self._join(entities, same, i, m)
        for i, m in enumerate(mentions):
            if m.type != "Person" or len(m.name.split()) != 1:
                continue
            word = fold(m.name)
            fits = [e for e in full if word in {fold(w) for w in entities[e].name.split()}]
            if len(fits) > 1:
                before = [e for e in fits if min(mentions[k].start for k in entities[e].mentions) < m.start]
                fits = before[-1:] if before else fits[:1]
            if fits:
                self._join(entities, fits[0], i, m)
            else:
                by_word = next((e for e in range(len(entities)) if entities[e].type == "Person"
                                and fold(entities[e].name) == word), None)
                if by_word is None:
                    self._new(entities, i, m)
                else:
                    self._join(entities, by_word, i, m)

    def _delegations(self, doc: Doc, mentions: list[Mention], entities: list[EntityRecord]) -> None:
        by_sender: dict[int, int] = {}
        last: int | None = None
        first_named: int | None = None
        generic_first: list[int] = []
        by_start = {m.start: m for m in mentions}
        for i, m in enumerate(mentions):
            if m.type != "Delegation":
                continue
            sender_start = m.props.get("sender_mention")
            sender = by_start.get(sender_start) if sender_start is not None else None
            if sender is not None and sender.entity >= 0:
                if sender.entity in by_sender:
                    self._join(entities, by_sender[sender.entity], i, m)
                else:
                    sender_record = entities[sender.entity]
                    short = sender_record.acronym or sender_record.name
                    record = self._new(entities, i, m, name=f"{short} delegation")
                    record.props["sender"] = sender_record.name
                    record.props["sender_entity"] = sender.entity
                    by_sender[sender.entity] = m.entity
                    record.add_alias(m.name)
                    for noun in ("delegation", "mission", "observers", "observer mission", "observation mission"):
                        record.add_alias(f"{short} {noun}")
                        if sender_record.acronym:
                            record.add_alias(f"{sender_record.name} {noun}")
                last = m.entity
                first_named = first_named if first_named is not None else m.entity
            elif last is not None:
                self._join(entities, last, i, m)
            else:
                generic_first.append(i)
        for i in generic_first:
            m = mentions[i]
            if first_named is not None:
                self._join(entities, first_named, i, m)
            else:
                generic = next((e for e, r in enumerate(entities) if r.type == "Delegation"), None)
                if generic is None:
                    record = self._new(entities, i, m, name="delegation")
                    record.props["unnamed"] = True
                else:
                    self._join(entities, generic, i, m)

    def _elections(self, mentions: list[Mention], entities: list[EntityRecord], main_country: str | None) -> None:
        index: dict[tuple[str, str, str], int] = {}
        last: int | None = None
        generic_before: list[int] = []
        for i, m in enumerate(mentions):
            if m.type != "Election":
                continue
            if m.generic:
                if last is not None:
                    self._join(entities, last, i, m)
                else:
                    generic_before.append(i)
                continue
            kind = m.props["kind"]
            country = m.props.get("country") or main_country or ""
            when = str(m.props.get("date") or m.props.get("year") or "")
            key = (kind, country, when)
            loose = next((e for (k, c, w), e in index.items() if k == kind and c == country
                          and (not when or not w or w[:4] == when[:4])), None)
            found = index.get(key, loose)
            if found is None:
                record = self._new(entities, i, m)
                record.props.update({k: v for k, v in m.props.items()
                                     if k in {"kind", "extraordinary", "year", "date"}})
                if country:
                    record.props["country"] = country
                index[key] = m.entity
                last = m.entity
            else:
                self._join(entities, found, i, m)
                record = entities[found]
                for k in ("year", "date", "extraordinary"):
                    if k in m.props and k not in record.props:
                        record.props[k] = m.props[k]
                last = found
        first = next((e for e, r in enumerate(entities) if r.type == "Election"), None)
        for i in generic_before:
            if first is not None:
                self._join(entities, first, i, mentions[i])


def main_country(mentions: list[Mention], dateline_country: str | None) -> str | None:
    """The country an article is about: the dateline's, else the one mentioned most."""
    if dateline_country:
        return dateline_country
    counts = Counter(m.name for m in mentions if m.type == "Country")
    return counts.most_common(1)[0][0] if counts else None

"""The relation engine: pattern rows (data, `patterns/relations.jsonl`) applied to a parsed Doc.

Each row names a relationship type, a *kind* of construction and its arguments:

- `verb` / `noun`: a trigger lemma; `source` and `target` are roles of its frame
  (`agent`, `patient`, `prep:<word>`, `poss`, `compound`, `described`, `governor_agent`,
  `subtree`, `context`, `self`), alternatives separated by `|` and tried in order. `through`
  lists nouns that stand for their "of" argument ("approved the *candidacy* of X").
  `governor` requires the trigger to be governed by one of those lemmas ("refused to register");
  `particle` requires a particle ("put forward"); `passive` requires a voice.
- `title`: "Secretary General of the CIS Sergey Lebedev", "CEC chairman X", "X, chairwoman of Y".
- `sender`: a delegation and the organization or country that sent it ("the CIS mission").
- `bracket_party`: "X (Party)" right after a person's name.

A negated, modal or hypothetical trigger ("did not register", "may nominate", "plans to field")
yields nothing; nor does a former title ("former president X").
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.frames import Frame, build_frame, governing_verb, with_conjuncts
from ingest.lexicon import Lexicon, fold
from ingest.mentions import Mention, Title
from ingest.resolve import EntityRecord

PATTERN_FILE = Path(__file__).resolve().parent / "patterns" / "relations.jsonl"
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}


@dataclass(frozen=True)
class Pattern:
    id: str
    type: str
    kind: str
    source_types: frozenset[str]
    target_types: frozenset[str]
    confidence: float
    lemmas: frozenset[str] = frozenset()
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    through: frozenset[str] = frozenset()
    governor: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    passive: bool | None = None
    date: bool = False
    titles: str | None = None
    derive_from: frozenset[str] = frozenset()

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> Pattern:
        return cls(
            id=row["id"], type=row["type"], kind=row["kind"],
            source_types=frozenset(row.get("source_types", [])),
            target_types=frozenset(row.get("target_types", [])),
            confidence=float(row.get("confidence", 0.8)),
            lemmas=frozenset(row.get("lemmas", [])),
            source=tuple(row.get("source", "").split("|")) if row.get("source") else (),
            target=tuple(row.get("target", "").split("|")) if row.get("target") else (),
            through=frozenset(row.get("through", [])),
            governor=frozenset(row.get("governor", [])),
            particle=frozenset(row.get("particle", [])),
            passive=row.get("passive"),
            date=bool(row.get("date", False)),
            titles=row.get("titles"),
            derive_from=frozenset(row.get("from", [])),
        )


def load_patterns(path: Path = PATTERN_FILE) -> list[Pattern]:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("//"):
            try:
                rows.append(Pattern.from_row(json.loads(line)))
            except (KeyError, ValueError) as exc:
                raise ValueError(f"{path.name}:{number}: bad pattern row: {exc}") from exc
    return rows


@dataclass
class Found:
    """One relationship the rules found, before ids and dates are attached."""

    type: str
    source: int  # entity index
    target: int
    confidence: float
    sentence: Span
    pattern: str
    trigger: Token | None = None
    props: dict[str, Any] = field(default_factory=dict)
    want_date: bool = False


class DocView:
    """Lookups over one Doc's mentions and entities that every construction needs."""

    def __init__(self, doc: Doc, mentions: list[Mention], titles: list[Title],
                 entities: list[EntityRecord], lexicon: Lexicon) -> None:
        self.doc = doc
        self.mentions = mentions
        self.titles = titles
        self.entities = entities
        self.lex = lexicon
        self.at: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.start - m.end):  # longest first; inner ones win
            if m.entity < 0:
                continue
            for i in range(m.start, m.end):
                self.at[i] = m
        self.by_start = {m.start: m for m in mentions if m.entity >= 0}
        self.title_at = {i: t for t in titles for i in range(t.start, t.end)}
        self.titled: dict[int, int] = {}  # token of a "Title of ORG Person" unit -> person entity
        self.main_election = self._main_election()

    def _main_election(self) -> int | None:
        counts: dict[int, int] = {}
        for m in self.mentions:
            if m.type == "Election" and m.entity >= 0:
                counts[m.entity] = counts.get(m.entity, 0) + 1
        return max(counts, key=lambda e: counts[e]) if counts else None

    def type_of(self, entity: int) -> str:
        return self.entities[entity].type

    def mention_entity(self, token: Token) -> int | None:
        m = self.at.get(token.i)
        return m.entity if m is not None else None

    def antecedent(self, token: Token, types: frozenset[str]) -> int | None:
        """The entity a pronoun or a role noun ("the commission", "the secretary") refers back to."""
        word = token.lower_
        if word in PRONOUNS and "Person" in types:
            for m in reversed(self.mentions):
                if m.start < token.i and m.type == "Person" and m.entity >= 0:
                    return m.entity
            return None
        if word in GROUP_PRONOUNS:
            for m in reversed(self.mentions):
                if m.start < token.i and m.entity >= 0 and m.type in types & {"Organization", "Delegation"}:
                    return m.entity
            return None
        if token.pos_ == "NOUN" and token.lemma_ in self.lex.org_head_nouns and "Organization" in types:
            for m in reversed(self.mentions):
                if m.start < token.i and m.type == "Organization" and m.entity >= 0 and \
                        token.lemma_ in fold(self.entities[m.entity].name).split():
                    return m.entity
        if token.pos_ == "NOUN" and "Person" in types and fold(token.text) in self.lex.titles:
            for t in reversed(self.titles):
                if t.start < token.i and fold(token.text) in fold(t.text):
                    person = self.titled.get(t.start)
                    if person is not None:
                        return person
        return None

    def resolve(self, token: Token, types: frozenset[str]) -> list[tuple[int, float]]:
        """Entities (with a confidence factor) that an argument token stands for."""
        out: list[tuple[int, float]] = []
        for t in with_conjuncts([token]):
            found = self._resolve_one(t, types)
            if found is not None and found not in out:
                out.append(found)
        return out

    def _resolve_one(self, token: Token, types: frozenset[str]) -> tuple[int, float] | None:
        entity = self.mention_entity(token)
        if entity is not None and self.type_of(entity) in types:
            return entity, 1.0
        if token.i in self.titled and "Person" in types:
            return self.titled[token.i], 1.0
        for other in [*token.children, token.head]:
            if other.dep_ == "appos" or token.dep_ == "appos":
                e = self.mention_entity(other)
                if e is not None and self.type_of(e) in types and (other.head == token or token.head == other):
                    return e, 0.95
        # "the mission's head X": a compound/flat name under a common noun
        for child in token.children:
            if child.dep_ in {"compound", "flat"}:
                e = self.mention_entity(child)
                if e is not None and self.type_of(e) in types and token.pos_ == "PROPN":
                    return e, 0.9
        e = self.antecedent(token, types)
        if e is not None and self.type_of(e) in types:
            return e, 0.85
        return None


def _sentence_of(token: Token) -> Span:
    return token.sent


def _blocked(trigger: Token, lex: Lexicon) -> bool:
    """Negated, modal or hypothetical: "did not register", "may nominate", "plans to field"."""
    node = trigger
    for _ in range(4):
        for child in node.children:
            if child.dep_ == "neg" or child.lower_ in {"not", "n't", "never"}:
                return True
            if child.dep_ == "aux" and child.lower_ in lex.modal_words:
                return True
        if node.dep_ in {"xcomp", "ccomp"} and node.head.lemma_ in lex.hypothetical_verbs | lex.negation_words:
            return True
        if node.dep_ in {"xcomp", "conj", "acl", "pcomp", "advcl"} and node.head is not node:
            node = node.head
            if node.pos_ not in {"VERB", "AUX", "NOUN"}:
                break
            if node.lemma_ in lex.hypothetical_verbs:
                return True
        else:
            break
    return False


class RelationEngine:
    def __init__(self, patterns: list[Pattern], lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.patterns = patterns
        self.verb_rows: dict[str, list[Pattern]] = {}
        self.noun_rows: dict[str, list[Pattern]] = {}
        self.other_rows: dict[str, list[Pattern]] = {}
        for p in patterns:
            if p.kind in {"verb", "noun"}:
                table = self.verb_rows if p.kind == "verb" else self.noun_rows
                for lemma in p.lemmas:
                    table.setdefault(lemma, []).append(p)
            else:
                self.other_rows.setdefault(p.kind, []).append(p)

    def __call__(self, view: DocView) -> list[Found]:
        found: list[Found] = []
        found.extend(self._titles(view))  # first: it also links title tokens to people
        found.extend(self._senders(view))
        found.extend(self._bracket_parties(view))
        for token in view.doc:
            if token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBN", "VBG", "VBD"}:
                rows = self.verb_rows.get(token.lemma_.lower()) or self.verb_rows.get(token.lower_)
                if rows:
                    found.extend(self._verb(view, token, rows))
            if token.pos_ in {"NOUN", "PROPN"}:
                rows = self.noun_rows.get(token.lemma_.lower()) or self.noun_rows.get(token.lower_)
                if rows:
                    found.extend(self._noun(view, token, rows))
        found.extend(self._derived(view, found))
        return found

    def _derived(self, view: DocView, found: list[Found]) -> Iterator[Found]:
        """Relations that follow from others: a nominated or registered person runs in the election."""
        for p in self.other_rows.get("derive", []):
            for f in list(found):
                if f.type not in p.derive_from:
                    continue
                person = f.target if p.source == ("target",) else f.source
                if view.type_of(person) not in p.source_types:
                    continue
                anchor = f.trigger if f.trigger is not None else f.sentence.root
                for e, factor in self._arguments(view, p.target, p.target_types, None, anchor, frozenset(), set()):
                    yield Found(p.type, person, e, round(min(f.confidence, p.confidence) * factor, 3),
                                f.sentence, p.id)

    # -- roles ----------------------------------------------------------------------------
    def _role_tokens(self, view: DocView, role: str, frame: Frame | None, trigger: Token,
                     through: frozenset[str]) -> list[Token]:
        if role == "agent":
            tokens = frame.agents if frame else []
        elif role == "patient":
            tokens = frame.patients if frame else []
        elif role.startswith("prep:"):
            word = role[5:]
            if frame is not None:
                tokens = frame.preps.get(word, [])
            else:
                tokens = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == word
                          for o in with_conjuncts([x for x in c.children if x.dep_ == "pobj"])]
        elif role == "poss":
            tokens = [c for c in trigger.children if c.dep_ == "poss"]
        elif role == "compound":
            tokens = [c for c in trigger.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < trigger.i]
        elif role == "self":
            tokens = [trigger]
        elif role == "governor_agent":
            verb = governing_verb(trigger)
            tokens = build_frame(verb).agents if verb is not None else []
        elif role == "described":
            tokens = self._described(trigger)
        else:
            tokens = []
        out: list[Token] = []
        for t in tokens:
            if t.lemma_ in through:
                inner = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                         for o in with_conjuncts([x for x in c.children if x.dep_ == "pobj"])]
                inner += [c for c in t.children if c.dep_ == "poss"]
                out.extend(inner)
            else:
                out.append(t)
        return out

    @staticmethod
    def _described(noun: Token) -> list[Token]:
        """The person a role noun describes: "X, the nominee of Y"; "Y candidate X"; "X is Y's candidate"."""
        if noun.dep_ == "appos":
            return [noun.head]
        appos = [c for c in noun.children if c.dep_ == "appos"]
        if appos:
            return appos
        if noun.dep_ in {"compound", "nmod"} and noun.head.pos_ == "PROPN":
            return [noun.head]
        if noun.dep_ == "attr":
            return [c for c in noun.head.children if c.dep_ == "nsubj"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head
            return [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        return []

    def _arguments(self, view: DocView, roles: tuple[str, ...], types: frozenset[str], frame: Frame | None,
                   trigger: Token, through: frozenset[str], exclude: set[int]) -> list[tuple[int, float]]:
        for role in roles:
            if role == "context":
                if "Election" in types:
                    e = self._sentence_election(view, trigger) or view.main_election
                    if e is not None:
                        return [(e, 0.8)]
                continue
            if role == "subtree":
                hits = []
                for t in trigger.subtree:
                    e = view.mention_entity(t)
                    if e is not None and view.type_of(e) in types and e not in exclude and e not in hits:
                        hits.append(e)
                if hits:
                    return [(hits[0], 0.95)]
                continue
            tokens = self._role_tokens(view, role, frame, trigger, through)
            out: list[tuple[int, float]] = []
            for t in tokens:
                for e, factor in view.resolve(t, types):
                    if e not in exclude and all(e != o for o, _ in out):
                        out.append((e, factor))
            if out:
                return out
        return []

    def _sentence_election(self, view: DocView, trigger: Token) -> int | None:
        sent = trigger.sent
        for t in sent:
            m = view.at.get(t.i)
            if m is not None and m.type == "Election":
                return m.entity
        return None

    # -- verbs and nouns ------------------------------------------------------------------
    def _verb(self, view: DocView, verb: Token, rows: list[Pattern]) -> Iterator[Found]:
        frame = build_frame(verb)
        blocked = _blocked(verb, self.lex)
        for p in rows:
            if p.passive is not None and p.passive != frame.passive:
                continue
            if p.particle and not any(c.dep_ == "prt" and c.lower_ in p.particle for c in verb.children):
                continue
            if p.governor:
                if not (verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_ in p.governor):
                    continue
                if _blocked(verb.head, self.lex):
                    continue
            elif blocked:
                continue
            yield from self._emit(view, p, frame, verb)

    def _noun(self, view: DocView, noun: Token, rows: list[Pattern]) -> Iterator[Found]:
        governor = governing_verb(noun)
        if governor is not None and _blocked(governor, self.lex):
            return
        for p in rows:
            yield from self._emit(view, p, None, noun)

    def _emit(self, view: DocView, p: Pattern, frame: Frame | None, trigger: Token) -> Iterator[Found]:
        sources = self._arguments(view, p.source, p.source_types, frame, trigger, p.through, set())
        if not sources:
            return
        exclude = {e for e, _ in sources}
        targets = self._arguments(view, p.target, p.target_types, frame, trigger, p.through, exclude)
        for s, fs in sources:
            for t, ft in targets:
                if s == t:
                    continue
                yield Found(p.type, s, t, round(p.confidence * fs * ft, 3), _sentence_of(trigger), p.id,
                            trigger=trigger, want_date=p.date)

    # -- constructions --------------------------------------------------------------------
    def _titles(self, view: DocView) -> Iterator[Found]:
        rows = self.other_rows.get("title", [])
        if not rows:
            return
        doc = view.doc
        for title in view.titles:
            person, org = self._title_construction(view, title)
            if person is None:
                continue
            for i in range(title.start, title.end):
                view.titled.setdefault(i, person)
            view.titled.setdefault(title.start, person)
            if org is None or title.former:
                continue
            for p in rows:
                if view.type_of(person) not in p.source_types or view.type_of(org) not in p.target_types:
                    continue
                if p.titles == "head_titles" and fold(title.text.removeprefix("Acting ")) not in self.lex.head_titles:
                    continue
                props = {"title": title.text} if p.type == "HOLDS_POSITION" else {}
                yield Found(p.type, person, org, p.confidence, doc[title.start].sent, p.id, props=props)

    def _skip_brackets(self, doc: Doc, j: int) -> int:
        if j < len(doc) and doc[j].text == "(":
            k = j
            while k < len(doc) and doc[k].text != ")" and k - j < 8:
                k += 1
            return k + 1
        return j

    def _org_after(self, view: DocView, j: int) -> tuple[int | None, int]:
        """An organization or country starting at j (after "of [the]"), and where it ends."""
        doc = view.doc
        while j < len(doc) and doc[j].lower_ in {"the"}:
            j += 1
        m = view.at.get(j)
        if m is None or m.type not in {"Organization", "Country", "Delegation"}:
            return None, j
        end = self._skip_brackets(doc, m.end)
        # "of the Central Election Commission (CEC) of Azerbaijan"
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            k = end + 1 + (doc[end + 1].lower_ == "the")
            inner = view.at.get(k)
            if inner is not None and inner.type in {"Country", "Location"}:
                end = self._skip_brackets(doc, inner.end)
        return m.entity, end

    def _title_construction(self, view: DocView, title: Title) -> tuple[int | None, int | None]:
        doc = view.doc
        lex = self.lex
        n = len(doc)
        org: int | None = None
        # (a) "Secretary General of the CIS Sergey Lebedev" / "head of the mission X"
        j = title.end
        if j < n and doc[j].lower_ in {"of", "at", "for"}:
            org, j = self._org_after(view, j + 1)
        m = view.at.get(j)
        if m is not None and m.type == "Person" and m.start == j:
            if org is None:
                org = self._org_before(view, title.start)
            return m.entity, org
        # (c) "X, chairwoman of the CEC" / "X, the commission's acting chairman"
        before = self._org_before(view, title.start)
        k = title.start - 1
        while k >= 0 and doc[k].lower_ in {"the", "a", "an"}:
            k -= 1
        if before is not None:
            # skip the organization itself: "X, the CEC chairman"
            m_org = view.at.get(k)
            if m_org is not None:
                k = m_org.start - 1
                while k >= 0 and doc[k].lower_ in {"the", "a", "an", "'s", "’s"}:
                    k -= 1
        if k >= 0 and doc[k].text == ",":
            m = view.at.get(k - 1)
            if m is not None and m.type == "Person":
                return m.entity, org if org is not None else before
        # (e) "the commission's acting chairman, Yelena Smirnova"
        if j < n and doc[j].text == ",":
            m = view.at.get(j + 1)
            if m is not None and m.type == "Person" and m.start == j + 1:
                return m.entity, org if org is not None else before
        del lex
        return None, None

    def _org_before(self, view: DocView, start: int) -> int | None:
        """"CEC chairman X", "the commission's chairman": the organization right before a title."""
        doc = view.doc
        k = start - 1
        if k >= 0 and doc[k].lower_ in {"'s", "’s"}:
            k -= 1
        if k < 0:
            return None
        m = view.at.get(k)
        if m is not None and m.type in {"Organization", "Country", "Delegation"}:
            return m.entity
        country = self.lex.country_of_adjective(doc[k].text)
        if country:
            for e, record in enumerate(view.entities):
                if record.type == "Country" and record.name == country:
                    return e
        if doc[k].pos_ == "NOUN":
            return view.antecedent(doc[k], frozenset({"Organization"}))
        return None

    def _senders(self, view: DocView) -> Iterator[Found]:
        for p in self.other_rows.get("sender", []):
            seen: set[tuple[int, int]] = set()
            for m in view.mentions:
                if m.type != "Delegation" or m.entity < 0 or "sender_mention" not in m.props:
                    continue
                sender = view.by_start.get(m.props["sender_mention"])
                if sender is None or sender.entity < 0 or view.type_of(sender.entity) not in p.target_types:
                    continue
                key = (m.entity, sender.entity)
                if key not in seen:
                    seen.add(key)
                    yield Found(p.type, m.entity, sender.entity, p.confidence, view.doc[m.start].sent, p.id)

    def _bracket_parties(self, view: DocView) -> Iterator[Found]:
        doc = view.doc
        for p in self.other_rows.get("bracket_party", []):
            for m in view.mentions:
                if m.type != "Person" or m.entity < 0 or m.end + 2 >= len(doc) or doc[m.end].text != "(":
                    continue
                inner = view.at.get(m.end + 1)
                if inner is None or inner.type != "Organization":
                    continue
                close = self._skip_brackets(doc, m.end)
                if close - 1 != inner.end or doc[inner.end].text != ")":
                    continue
                if not is_party(view.entities[inner.entity], self.lex):
                    continue
                yield Found(p.type, m.entity, inner.entity, p.confidence, doc[m.start].sent, p.id)


def is_party(record: EntityRecord, lex: Lexicon) -> bool:
    names = [fold(n) for n in [record.name, *record.aliases]]
    return any(word in name.split() for name in names for word in ("party", "front", "movement", "alliance",
                                                                    "coalition", "bloc"))

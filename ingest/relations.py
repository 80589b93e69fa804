"""The relation engine: pattern rows (data, `patterns/relations.jsonl`) applied to a parsed Doc.

Each row names a relationship type, a *kind* of construction and its arguments:

- `verb` / `noun`: a trigger lemma; `source` and `target` are roles of its frame
  (`agent`, `patient`, `prep:<word>`, `poss`, `compound`, `described`, `governor_agent`,
  `subtree`, `context`, `self`), alternatives separated by `|` and tried in order. `through`
  lists nouns that stand for their "of" argument ("approved the *candidacy* of X").
  `governor` requires the trigger to be governed by one of those lemmas ("refused to register",
  "will carry the party's banner");
  `particle` requires a particle ("put forward"); `passive` requires a voice. A row with
  `lists: true` also applies to the people a later list names ("The CEC registered 17
  candidates. Among them are A, B and C.").
- `title`: "Secretary General of the CIS Sergey Lebedev", "CEC chairman X", "X, chairwoman of Y".
- `sender`: a delegation and the organization or country that sent it ("the CIS mission").
- `bracket_party`: "X (Party)" right after a person's name; `person_of_party`: "X of the Y party".
- `led_compound`: "the Phiri-led mission".
- `derive`: a relation that follows from others (a nominated person runs in the election).

A negated, modal or hypothetical trigger ("did not register", "may nominate", "plans to field")
yields nothing; nor does a former title ("former president X").
"""
from __future__ import annotations

import itertools
import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from ingest.frames import (
    RELATIVE_PRONOUNS,
    Frame,
    _nonperson_before,
    build_frame,
    candidate_over_party,
    governing_verb,
    is_passive,
    list_items,
    person_above,
    prep_objects,
    repeated_prep,
    small_clause,
    stranded_phrases,
    stray_object,
)
from ingest.lexicon import Lexicon, fold
from ingest.mentions import (
    ELECTED_OFFICES,
    FOREIGN_PARTY_WORDS,
    HYPHENS,
    NOUN_PARTY_NAMES,
    NUMBER_WORDS,
    PAIR_WORDS,
    PARTY_NOUNS,
    PERSON_NOUNS,
    SENDING_VERBS,
    Mention,
    Title,
    describes_a_body,
    doc_text,
    is_person_noun,
    name_before_whose,
    number_of,
    tokens_among,
    voted_into,
    word_ids,
)
from ingest.resolve import OF_TAIL, EntityRecord, home_team, in_aside, told_as_past, year_of
from ingest.timeline import REPORTING_VERBS

log = logging.getLogger(__name__)

PATTERN_FILE = Path(__file__).resolve().parent / "patterns" / "relations.jsonl"
ELECTION_OFFICER = re.compile(r"\b((election|electoral) commissioners?|electoral officer|supervisor of elections)$")
UNCONFIRMED_VERBS = {"claim", "predict", "expect", "hope", "seek", "want", "promise", "forecast", "pray", "vow",
                     "celebrate", "eye", "project"}
ROLE_NOUNS = {"counterpart", "host", "colleague", "successor", "predecessor", "rival", "opponent", "challenger"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}
GROUP_PRONOUNS = {"it", "its", "they", "them", "their"}
# what a party names someone when it nominates ("named X its candidate"), and verbs that give a post
NOMINEE_NOUNS = {"candidate", "nominee", "flagbearer", "flag-bearer", "standard-bearer", "pick", "choice",
                 "contender", "challenger", "runner", "running-mate", "mate"}
APPOINTING_VERBS = {"appoint", "name", "elect", "re-elect", "reelect", "make", "choose", "install", "designate"}
# plural nouns that stand for a list of people named elsewhere ("registered 17 candidates")
GROUP_MEMBERS = {"member", "deputy", "representative", "official", "delegate", "lawmaker", "observer",
                 "team", "group", "contingent"}
TEAM_NOUNS = {"team", "colleague", "delegation", "staff", "entourage", "aide"}
INSTRUMENT_NOUNS = {"decree", "resolution", "order", "ordinance", "law", "statement", "announcement"}
PEOPLE_NOUNS = {"candidate", "aspirant", "nominee", "contender", "hopeful", "other", "people", "name",
                "politician", "person", "applicant", "challenger", "magistrate", "member", "official", "leader",
                "head", "finalist", "front-runner", "frontrunner", "judge", "commissioner", "minister",
                "lawmaker", "legislator", "representative", "figure", "man", "woman"}
CANDIDATE_NOUNS = {"candidate", "aspirant", "nominee", "contender", "hopeful", "applicant", "name", "challenger",
                   "candidacy", "candidature", "application", "file", "nomination", "registration", "ticket",
                   "paper", "bid", "pair"}
GROUP_NOUNS = {"lawmaker", "legislator", "parliamentarian", "mp", "observer", "monitor", "member", "delegate",
               "visitor", "guest", "team", "envoy"}  # plural, they can stand for a delegation
MEMBER_TITLES = {"member", "deputy", "senator", "congressman", "congresswoman", "mp", "mep", "td", "lawmaker",
                 "legislator", "member of parliament", "councillor", "councilor", "representative", "members"}
PUBLIC_OFFICES = frozenset({"mayor", "governor", "minister", "prefect"})  # held by a party's members, not in it
MEMBER_MODIFIERS = {"senior", "leading", "prominent", "veteran", "founding", "longtime", "long-time", "elected",
                    "newly", "new", "current", "incumbent"}
REPORT_NOUNS = {"report", "claim", "allegation", "rumour", "rumor", "suggestion", "speculation", "story"}
DENIAL_VERBS = {"deny", "dismiss", "refute", "reject"}
ANY_TYPE = frozenset({"Person", "Organization", "Country", "Location", "Delegation", "Election"})
BODY_OFFICER_WORDS = frozenset({"president", "chairman", "chairwoman", "chairperson", "chair", "secretary",
                                "director", "spokesman", "spokeswoman", "spokesperson"})
LEADER_WORDS = {"leader", "head", "chief"}  # "leader of the X party": HEADS rather than a post
HONORIFICS = {"professor", "prof", "dr", "mr", "mrs", "ms", "justice", "judge", "bishop", "rev", "reverend", "revd",
              "sheikh", "imam", "pastor", "father", "fr", "cllr", "sir", "dame", "lord", "lady", "general", "colonel",
              "major", "captain", "ambassador", "engineer", "eng", "hon", "honourable", "honorable", ".",
              "datuk", "dato", "datin", "tun"}  # (Malaysian styles: "president Datuk Seri X")
REVEREND_PREFIXES = {"most", "very", "rt.", "rt", "right"}  # "Most Rev. X", "Rt. Hon. X"
CONTEXT_KIND_HINTS = {
    "presidential": "presidential", "president": "presidential", "presidency": "presidential",
    "parliamentary": "parliamentary", "parliament": "parliamentary", "legislative": "parliamentary",
    "mayor": "local", "mayoral": "local", "municipal": "local", "city": "local", "capital": "local",
    "governor": "regional", "gubernatorial": "regional", "governorship": "regional", "primary": "primary",
    "seat": "parliamentary", "seats": "parliamentary", "constituency": "parliamentary",
    "council": "local", "ward": "local",
}
LIST_VERBS = {"include", "feature", "comprise", "list", "retain"}
LIST_VERB_IDS = word_ids(f"{stem}{ending}" for stem in ("includ", "featur", "compris")
                         for ending in ("e", "es", "ed", "ing")) \
    | word_ids(f"{stem}{ending}" for stem in ("list", "retain") for ending in ("", "s", "ed", "ing"))  # (their forms)
LIST_SUBJECTS = {"ballot", "list", "field", "lineup", "line-up", "candidates", "contenders"}


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
    lists: bool = False
    need_through: bool = False
    all_items: bool = False
    requires: frozenset[str] = frozenset()  # lemmas that must occur in the trigger's clause
    subject_requires: frozenset[str] = frozenset()  # lemmas one of which the trigger's subject must have
    party_source: bool = False  # the source must be a party ("the party chose X"; "X runs for the Y party")
    organ_party: bool = False  # a party's organ as the source stands for its party too ("the party's Committee")
    needs_result: bool = False  # the clause must give a result: "27.8 percent", "finished second", "12,433 votes"
    via_delegation: bool = False  # an organization's delegation, when it has one, is the source
    unless: frozenset[str] = frozenset()  # lemmas that must not be the trigger's complement
    named_target: bool = False  # the target must be named in the argument itself, not reached through it
    no_complement: bool = False  # no clause or "for" phrase after the trigger: "called on X", not "... to resign"
    subject: frozenset[str] = frozenset()  # lemmas one of which the trigger's subject must be ("the seat went to X")
    singular: bool = False  # the trigger noun names one thing now: not "missions", nor "previously headed missions"
    body_source: bool = False  # the source must be a commission, court or the like: "the court upheld X's candidacy"

    @cached_property
    def target_preps(self) -> frozenset[str]:
        """The prepositions one of which a verb row's target needs ("prep:in"), or none when it may be
        found otherwise (an object, the context)."""
        if self.kind != "verb" or not self.target or not all(r.startswith("prep:") for r in self.target):
            return frozenset()
        return frozenset(r[5:] for r in self.target)

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
            lists=bool(row.get("lists", False)),
            need_through=bool(row.get("need_through", False)),
            all_items=bool(row.get("all_items", False)),
            requires=frozenset(row.get("requires", [])),
            subject_requires=frozenset(row.get("subject_requires", [])),
            subject=frozenset(row.get("subject", [])),
            unless=frozenset(row.get("unless", [])),
            party_source=bool(row.get("party_source", False)),
            organ_party=bool(row.get("organ_party", False)),
            needs_result=bool(row.get("needs_result", False)),
            via_delegation=bool(row.get("via_delegation", False)),
            named_target=bool(row.get("named_target", False)),
            no_complement=bool(row.get("no_complement", False)),
            singular=bool(row.get("singular", False)),
            body_source=bool(row.get("body_source", False)),
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
    date_from: Token | None = None  # where to look for the date, when not at the trigger


@dataclass
class PendingList:
    """An act on people the sentence does not name ("registered 17 candidates"), waiting for a list."""

    pattern: Pattern
    sources: list[tuple[int, float]]
    trigger: Token
    sentence_index: int
    described: Token | None = None  # "rejected the nomination of a former investment banker": who, unnamed
    counted: int | None = None  # "turned away two hopefuls": how many, named as the next sentence's subjects


class DocView:
    """Lookups over one Doc's mentions and entities that every construction needs."""

    def __init__(self, doc: Doc, mentions: list[Mention], titles: list[Title],
                 entities: list[EntityRecord], lexicon: Lexicon, main_country: str | None = None) -> None:
        self.doc = doc
        self.mentions = [m for m in mentions if m.entity >= 0]
        self.titles = titles
        self.entities = entities
        self.lex = lexicon
        self.at: dict[int, Mention] = {}
        for m in sorted(self.mentions, key=lambda m: m.start - m.end):  # longest first; inner ones win
            for i in range(m.start, m.end):
                self.at[i] = m
        self.longest: dict[int, Mention] = {}
        for m in self.mentions:
            if m.start not in self.longest or m.end > self.longest[m.start].end:
                self.longest[m.start] = m
        self.titled: dict[int, int] = {}  # token of a "Title of ORG Person" unit -> person entity
        self.kind_hints: dict[int, frozenset[str]] = {}  # sentence start -> `_kind_hints`, worked out once
        # four-digit years the NER tagged as dates, for a quick "no year here" in `_other_year`
        self.year_tokens = [t.i for ent in doc.ents if ent.label_ == "DATE" for t in ent
                            if t.like_num and len(t.text) == 4 and t.text.startswith(("19", "20"))]
        self.holders: dict[int, int] = {}  # body -> the first person named with a title at it
        self.types_present = frozenset(r.type for r in entities)  # a row whose ends cannot exist is skipped
        self._possible: dict[int, list[Pattern]] = {}
        self.pending: list[PendingList] = []
        self.title_tokens = {i for t in titles for i in range(t.start, t.end)}
        self.sentences = list(doc.sents)
        # token index -> sentence index, from the sentence bounds (no Token objects made)
        self.sentence_of = dict(enumerate(k for k, s in enumerate(self.sentences) for _ in range(s.start, s.end)))
        self.main_election = self._main_election()
        self.counted_acts: list[PendingList] = []  # "turned away two hopefuls": acts whose people come next
        self.main_country_name = main_country
        self.main_country = next((e for e, r in enumerate(entities) if r.type == "Country" and r.name == main_country),
                                 None)

    def _main_election(self) -> int | None:
        """The election named most, preferring a general one to a primary, a runoff or a referendum."""
        counts: dict[int, float] = {}
        latest = max((r.props.get("year", 0) for r in self.entities if r.type == "Election"), default=0)
        for m in self.mentions:
            if m.type == "Election" and not (m.props.get("every") and m.generic):  # ("boycotted both votes": no one)
                props = self.entities[m.entity].props
                special = props.get("runoff") or props.get("kind") in {"primary", "referendum"} \
                    or props.get("year", 9999) < latest or (props.get("relative_year") or 0) < 0  # "observed the
                # 2019 polls", "last year's gubernatorial election": the past
                counts[m.entity] = counts.get(m.entity, 0) + (0.5 if special else 1.0)
                # (a kindless "elections" the lead's own words gave a kind: "X has been elected president ... of the
                # February 28 elections")
                if (not m.generic or props.get("inferred")) and not special and m.start < 60 and (
                        self.sentence_of.get(m.start) == 0 or self.sentence_of.get(m.start) == 1
                        and len(self.sentences[0]) < 15):  # (the dateline parsed as a sentence of its own)
                    counts[m.entity] += 1.0  # the lead names the story's election
        first: dict[int, int] = {}
        for m in self.mentions:
            first.setdefault(m.entity, m.start)
        # (a tie: the one the story names first)
        return max(counts, key=lambda e: (counts[e], -first[e])) if counts else None

    def type_of(self, entity: int) -> str:
        return self.entities[entity].type

    def mention_entity(self, token: Token) -> int | None:
        m = self.at.get(token.i)
        return m.entity if m is not None else None

    def sent(self, token: Token) -> Span:
        """The token's sentence, from the index built once (Token.sent walks the parse every time)."""
        return self.sentences[self.sentence_of[token.i]]

    def semicolon_list_after(self, token: Token) -> bool:
        """"cleared A, who ...; former minister B, the party's candidate; and C": after each semicolon a
        name comes first (modifiers allowed) - unlike "met A on Saturday; its chief, X, said"."""
        doc = self.doc
        semicolons = [t.i for t in doc[token.i:self.sent(token).end] if t.text == ";"]
        for k in semicolons:
            j = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "and")
            while j < min(len(doc), k + 9) and doc[j].text not in {",", ";", "."} and (
                    j not in self.at or self.at[j].type in {"Location", "Country"}
                    or self.at[j].type == "Organization" and self._bracket_end(self.at[j].end) in self.title_tokens):
                # ("; Tehran mayor X": a place, then the name; "; Renamo leader X": a body, its title, the name;
                # "; and Centre Party (Keskusta) MP X": the same with the body's short name)
                j = self._bracket_end(self.at[j].end) if j in self.at else j + 1
            m = self.at.get(j)
            if m is None or m.type != "Person":
                return False
            # "...; B is the X party's candidate; and C was nominated by Y": items with verbs of their own
            # are clauses, not names listed for the first verb
            end = next((x for x in semicolons if x > k), self.sent(token).end)
            # ("fielded A, ...; and B is running on the ticket of Z": B's own verb, a conjunct of the first)
            if any(t.dep_ in {"ROOT", "conj", "ccomp"} and t.pos_ in {"VERB", "AUX"}
                   and (t.head.i != token.head.i or t.dep_ == "conj")
                   and t.i != token.head.i and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
                   for t in doc[k + 1:end]):
                return False
        return bool(semicolons)

    def _bracket_end(self, k: int) -> int:
        """The token after a bracketed short name at k ("(Keskusta)"), or k."""
        doc = self.doc
        if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
            return k + 3
        return k

    def listed_people_after(self, first: Token, known: set[int | None]) -> list[Token]:
        """Tokens for the people a semicolon list names from `first` to its sentence's end, besides
        those `known` ("the candidacies of A, the X nominee; B, whom Y put forward; and C")."""
        return [self.doc[self.mention_root(e, first.i)]
                for e in self.persons_between(first.i, self.sent(first).end) if e not in known]

    def comma_list_after(self, token: Token) -> list[Token]:
        """The other people of a comma list that `token`'s person opens and "and" closes, each name after
        at most a few words of description ("of incumbent Mayor A, former city councilor B, businessman C
        and lawyer D"), which the parser hangs as appositions; nothing unless the list closes."""
        doc = self.doc
        first = self.at.get(token.i)
        if first is None or first.type != "Person":
            return []
        j = self._bracket_end(first.end)
        end = self.sent(token).end
        items: list[Token] = []
        while j < end:
            closing = doc[j].lower_ == "and" or doc[j].text == "," and j + 1 < end and doc[j + 1].lower_ == "and"
            if doc[j].text != "," and not closing:
                break
            j += 1 + (doc[j].text == "," and closing)
            k = j
            while k < min(end, j + 5) and k not in self.at and (
                    k in self.title_tokens or doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN"}):
                k += 1
            m = self.at.get(k)
            if m is None or m.type != "Person" or m.start != k:
                return []
            items.append(doc[m.end - 1])
            j = self._bracket_end(m.end)
            if closing:
                return items
        return []

    def mention_root(self, entity: int, after: int) -> int:
        """A token standing for the entity's first mention at or after `after`."""
        m = next(m for m in self.mentions if m.entity == entity and m.start >= after)
        return m.end - 1

    def persons_between(self, start: int, end: int) -> list[int]:
        """People named as the items of a list in doc[start:end]: the first person of each
        segment between semicolons (or between commas and "and" when there are no semicolons)."""
        tokens = self.doc[start:end]
        # semicolons separate the items only when at least two of their segments name someone ("They
        # include A, and B, chairwoman of X; both were put forward by ..." is a comma list)
        named = [False]
        for t in tokens:
            if t.text == ";":
                named.append(False)
            elif (m := self.at.get(t.i)) is not None and m.type == "Person":
                named[-1] = True
        breaks = {";"} if sum(named) >= 2 else {",", "and"}
        out: list[int] = []
        segment_open = True
        for t in tokens:
            if t.text in breaks or (t.lower_ == "and" and ";" in breaks and t.i > start and
                                    self.doc[t.i - 1].text == ";"):
                segment_open = True
                continue
            if segment_open and t.lower_ in RELATIVE_PRONOUNS and t.i > start and self.doc[t.i - 1].text in breaks:
                segment_open = False  # "A, the candidate of X, who hopes to succeed President B": no item
                continue
            if segment_open and t.lower_ in {"a", "an"} and "," in breaks and t.i > start \
                    and self.doc[t.i - 1].text == ",":
                segment_open = False  # "A, a close ally of outgoing President B, and C": a description, no item
                continue
            m = self.at.get(t.i)
            if m is None or m.start != t.i:
                continue
            if segment_open and m.type == "Person":
                if m.entity not in out:
                    out.append(m.entity)
                segment_open = False
        return out

    def items_in(self, token: Token, types: frozenset[str]) -> list[int]:
        """Every entity of these types that a coordinated phrase lists: "of the ODIHR, the OSCE PA,
        PACE and the European Parliament" (names nested in a listed name are not items)."""
        out: list[int] = []
        doc = self.doc
        i = token.left_edge.i
        end = self.sent(token).end
        while i < end:
            m = self.longest.get(i)
            if m is not None and m.type in types:
                if m.entity not in out:
                    out.append(m.entity)
                i = m.end
                if i < end and doc[i].text == "(":  # "(OSCE PA)"
                    while i < end and doc[i].text != ")":
                        i += 1
                    i += 1
                continue
            if doc[i].lower_ in {",", "and", "the", "as", "well"} or (m is not None and m.start < i):
                i += 1
                continue
            break  # the list ends where something other than a name, a comma or "and" begins
        return out

    def root_of(self, m: Mention) -> Token:
        """The mention's syntactic head: the token whose head lies outside it."""
        for t in self.doc[m.start:m.end]:
            if not m.start <= t.head.i < m.end or t.head.i == t.i:
                return t
        return self.doc[m.end - 1]

    def _verb_subject(self, token: Token) -> set[int]:
        """The entities named in the subject of the verb a word depends on ("Y met him": Y; "The observers,
        headed by Y, briefed her": the observers and Y)."""
        node = token.head
        for _ in range(3):  # "met him", "met with him", "held talks with him"
            if node.pos_ not in {"ADP", "NOUN"} or node.head.i == node.i:
                break
            node = node.head
        if node.pos_ not in {"VERB", "AUX"}:
            return set()
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return set()
        return {self.at[t.i].entity for t in subject.subtree if t.i in self.at}

    def _clause_subject(self, token: Token, wanted: frozenset[str]) -> int | None:
        node = token
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"}:
                for c in node.children:
                    m = self.at.get(c.i)
                    if c.dep_ in {"nsubj", "nsubjpass"} and m is not None and m.type in wanted and c.i < token.i:
                        return m.entity
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in {"which", "that"} and node.dep_ == "relcl" \
                            and c.i < token.i and (body := self._named_before_which(c, wanted)) is not None:
                        # "X, deputy chairman of the Freedom Party (FP), which chose him as its candidate": the party
                        # (the clause hung on X, who is no "which")
                        return body.entity
                    if c.dep_ in {"nsubj", "nsubjpass"} and m is None and c.i < token.i and c.pos_ == "NOUN" \
                            and c.lemma_ in self.lex.org_head_nouns and "Organization" in wanted:
                        # "The commission had cleared 13 candidates ..., but it rejected X": the body named before
                        # ("The main opposition party, the UPADS, said it had ...": the name beside it)
                        named = [x for a in c.children if a.dep_ == "appos" and (x := self.at.get(a.i)) is not None
                                 and x.type in wanted]
                        e = named[0].entity if named else self.antecedent(c, wanted)
                        if e is not None:
                            return e
            if node.head.i == node.i:
                return None
            node = node.head
        return None

    def _named_before_which(self, rel: Token, wanted: frozenset[str]) -> Mention | None:
        """The body of the wanted kind just before "which" ("the Freedom Party of Austria (FPÖ), which": the party,
        past the country its name ends with)."""
        before = _nonperson_before(rel)
        for _ in range(2):
            if before is None:
                return None
            named = next((m for m in self.mentions if m.start <= before.i < m.end and m.type in wanted), None)
            if named is not None:
                return named
            before = before.head.head if before.dep_ == "pobj" and before.head.lower_ == "of" else None
        return None

    def _party_noun_subject(self, token: Token) -> tuple[bool, int | None]:
        """Whether the clause of `token` has a party noun as its subject, and the party it names if
        it names one: "the ruling party ... its" (unnamed), "the coalition Unity Now ... its"."""
        node = token
        for _ in range(6):
            if node.pos_ in {"VERB", "AUX"}:
                for c in node.children:
                    if c.dep_ in {"nsubj", "nsubjpass"} and c.i < token.i and c.pos_ == "NOUN" \
                            and c.lemma_ in PARTY_NOUNS and c.i not in self.at \
                            and not (c.lemma_ == "list" and token.head.lemma_ in BODY_OFFICER_WORDS):
                        # ("The list, read out ... by its president, X": a list has no president; a body does)
                        named = [self.at[g.i] for g in (*c.children, self.doc[c.i + 1])
                                 if g.i in self.at and (g.dep_ in {"appos", "compound"} or g.i == c.i + 1)]
                        return True, named[0].entity if named else None
                return False, None
            if node.head.i == node.i:
                return False, None
            node = node.head
        return False, None

    def _whose_owner(self, whose: Token) -> int | None:
        """"the MPP, whose board picked X": the name just before, past its acronym (else the noun the relative
        clause hangs on)."""
        k = name_before_whose(self.doc, whose.i)
        owner = self.mention_entity(self.doc[k]) if k >= 0 else None
        clause = next((a for a in whose.ancestors if a.dep_ == "relcl"), None)
        return owner if owner is not None or clause is None else self.mention_entity(clause.head)

    def _led_by(self, team: int) -> int | None:
        """The person a mention of the team says leads it ("The mission, headed by X, ...")."""
        for m in self.mentions:
            if m.entity != team:
                continue
            for c in self.root_of(m).children:
                if c.dep_ == "acl" and c.lemma_ in {"lead", "head"} and c.tag_ == "VBN":
                    people = [e for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"
                              and (e := self.mention_entity(o)) is not None and self.type_of(e) == "Person"]
                    if people:
                        return people[0]
        return None

    def person_by_surname(self, word: str) -> int | None:
        """The one person the story names whose name ends in this word ("Thorsbjerg's party", the surname
        tagged as part of a body's name)."""
        hits = [e for e, r in enumerate(self.entities) if r.type == "Person" and " " in r.name
                and r.name.split()[-1] == word]
        return hits[0] if len(hits) == 1 else None

    def antecedent(self, token: Token, types: frozenset[str]) -> int | None:
        """The entity a pronoun or a role noun ("the commission", "the secretary") refers back to."""
        word = token.lower_
        part = token.lemma_ in BODY_PARTS or token.lemma_ in {"leadership", "secretariat"}
        if (part or token.lower_ in ORGAN_NOUNS) and "Organization" in types:
            # "The IEC board set ...": the body whose board it is
            # ("its eligibility committee had rejected ...": whichever body "its" is; "the party's national
            # council", "its political bureau": only a body's own)
            owner = next((e for c in token.children if c.dep_ in {"compound", "poss"} and c.i < token.i
                          and (c.dep_ == "poss" or part)
                          for e in [self._whose_owner(c) if c.lower_ == "whose"
                                    else self.antecedent(c, frozenset({"Organization"}))
                                    if c.lower_ in {"its", "their"} or c.dep_ == "poss" and c.lemma_ == "party"
                                    else self.mention_entity(c)] if e is not None
                          and self.type_of(e) == "Organization"), None)
            if owner is not None:
                return owner
            if token.lemma_ == "board" and "Organization" in types and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
                    c.dep_ in {"compound", "poss", "amod", "prep"} for c in token.children):
                # "Ben Slimane said the board had approved the files of X": the election commission's board
                # ("a session of the IHEC's board of commissioners ... the board approved": the body whose board
                # the text named)
                board_owner = next((e for t in reversed(self.doc[:token.i]) if t.lemma_ == "board"
                                    for c in t.children if c.dep_ == "poss"
                                    and (e := self.mention_entity(c)) is not None
                                    and self.type_of(e) == "Organization"), None)
                body = board_owner if board_owner is not None \
                    else self.election_body(commission=True, before=token.i)
                if body is not None:
                    return body
        before = [m for m in self.mentions if m.start < token.i]
        if word in PRONOUNS and "Person" in types:
            here = self.sentence_of.get(token.i, 0)
            owner = next((e for c in token.head.head.subtree if c.dep_ == "poss" and c.i < token.head.head.i
                          and (e := self.mention_entity(c) if c.i in self.at else self.person_by_surname(c.text))
                          is not None and self.type_of(e) == "Person"), None) \
                if word in {"he", "she"} and token.dep_ == "nsubj" and token.head.dep_ == "relcl" else None
            if owner is not None:
                return owner  # "Thorsbjerg's Liberal People's Party, which he has led since 2024": Thorsbjerg
            if word in {"him", "her"} and token.dep_ in {"dobj", "pobj", "dative"}:
                # "Minister Y met him": never the subject of its own clause (that would be "himself")
                in_subject = self._verb_subject(token)
                before = [m for m in before if m.entity not in in_subject]
            elif word in {"him", "her"} and token.dep_ == "nsubj" and token.head.dep_ == "ccomp" \
                    and token.head.head.lemma_ in {"let", "make", "help", "allow"}:
                # "X stood aside last year to let him run": not X, who does the letting
                node = token.head.head
                while node.dep_ in {"xcomp", "advcl"} and not any(c.dep_ == "nsubj" for c in node.children):
                    node = node.head
                subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
                doers = {self.at[t.i].entity for t in subject.subtree if t.i in self.at} if subject else set()
                before = [m for m in before if m.entity not in doers]
            if token.dep_ in {"dobj", "pobj", "dative"}:
                # "Elena Vasilescu, president of the PSM, which put her forward": the nearest person
                near = [m for m in before if m.type == "Person" and self.sentence_of.get(m.start, -1) == here]
                people = list(dict.fromkeys(m.entity for m in reversed(near)))
                if len(people) >= 2 and _cross_gender_after(token):
                    # "after the leader, X, was barred, the party put her forward in his place": "his" is
                    # the nearest one, "her" someone else
                    return people[1]
                if near:
                    return near[-1].entity
            # (also "The chief observer, X, was received ...": a name set beside the subject)
            subjects = [m for m in before if m.type == "Person"
                        and (self.root_of(m).dep_ in {"nsubj", "nsubjpass"} or self.root_of(m).dep_ == "appos"
                             and self.root_of(m).head.dep_ in {"nsubj", "nsubjpass"})
                        and self.sentence_of.get(m.start, 0) >= self.sentence_of.get(token.i, 0) - 1]
            same = [m for m in subjects if self.sentence_of.get(m.start, 0) == here]
            named_here = [m for m in before if m.type == "Person" and self.sentence_of.get(m.start, -1) == here]
            if not same and named_here and token.dep_ == "poss":
                # "The service rejected the candidacy of X, saying the signatures he had submitted in
                # support of his bid ...": the person this sentence names, not the last one's speaker
                return named_here[-1].entity
            if subjects and not same:
                # the sentence before: its main clause's subject ("X held talks with Y, and Y signed
                # ...; she then ..." is X)
                main = [m for m in subjects if self.root_of(m).head.dep_ == "ROOT"]
                subjects = main or subjects
            if not subjects and here > 0:
                # "The head of state received ... He also met X": the role noun the sentence before began with;
                # "X arrived ... He was received by Y. He also held talks with Z": the "he" before, still X
                root = self.sentences[here - 1].root
                noun = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"
                             or c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ == word and word in {"he", "she"}), None)
                person = self.antecedent(noun, types) if noun is not None else None
                if person is not None:
                    return person
            pool = subjects or [m for m in before if m.type == "Person"]
            return pool[-1].entity if pool else None
        party_subject, party = self._party_noun_subject(token) if word in GROUP_PRONOUNS else (False, None)
        if party_subject:
            # "The ruling party has endorsed X as its candidate": its = the clause's party, named or not
            return party if party is not None and self.type_of(party) in types else None
        if word in GROUP_PRONOUNS and _list_before_it(self, token) is not None:
            return None  # "it is led by X": the list named before, no body
        if word in GROUP_PRONOUNS:
            wanted = types & {"Organization", "Delegation"}
            here = self.sentence_of.get(token.i, 0)
            if "Delegation" in wanted and word == "it" and token.dep_ in {"nsubj", "nsubjpass"}:
                # "The Assembly will deploy a delegation of 40. It will be headed by X": the new delegation
                sent = [m for m in before if m.type == "Delegation" and self.sentence_of.get(m.start, -1) == here - 1
                        and self.root_of(m).dep_ == "dobj" and self.root_of(m).head.lemma_ in SENDING_VERBS]
                if sent:
                    return sent[-1].entity
            prior = next((c for c in self.sentences[here - 1].root.children if c.dep_ == "nsubj"), None) \
                if word == "they" and here > 0 else None
            if prior is not None and prior.lower_ in {"commissioners", "judges"} and prior.i not in self.at:
                # "Commissioners voted 4-1 to keep X off the ballot. At the same sitting they cleared A": the body
                meant = self.resolve(prior, wanted)
                if meant is not None:
                    return meant[0]
            own = self._clause_subject(token, wanted)
            if own is not None and word == "its" and token.head.lemma_ == "leader" \
                    and not is_party(self.entities[own], self.lex):
                # "the court excluded the far-right Patriotic Dawn and refused to register its leader": a party
                # has a leader, a court none
                party = next((m.entity for m in reversed(before) if self.sentence_of.get(m.start) == here
                              and is_party(self.entities[m.entity], self.lex)), None)
                own = party if party is not None else own
            if own is not None:
                return own  # "the MUP confirmed X as its nominee": its = the clause's subject
            here = self.sentence_of.get(token.i, 0)
            # ("The main opposition party, the UPADS, said it had ...": the name set beside the subject)
            subjects = [m for m in before if m.type in wanted and self.sentence_of.get(m.start, 0) >= here - 1
                        and (self.root_of(m).dep_ in {"nsubj", "nsubjpass"} or self.root_of(m).dep_ == "appos"
                             and self.root_of(m).head.dep_ in {"nsubj", "nsubjpass"})]
            # "The UNR won ..., the SEC said ..., a result that puts its leader X ...": who reports is not "its"
            actors = [m for m in subjects if self.root_of(m).head.lemma_ not in REPORTING_VERBS]
            subjects = actors or subjects
            if token.i == self.sentences[here].start and not any(self.sentence_of.get(m.start) == here
                                                                 for m in subjects):
                # "The Social Liberal Party had threatened ... before the Folketing reconvened. Its leader, X":
                # the main clause's subject of the sentence before, not a subordinate one's
                main = [m for m in subjects if self.root_of(m).head.dep_ == "ROOT"]
                # ("X did not say whether the PP would run alone or with the Aragonese Party (PAR). Its
                # president": no body is the main clause's subject; the body named last)
                last = [m for m in before if m.type == "Organization" and self.sentence_of.get(m.start, 0) == here - 1]
                subjects = main or (last[-1:] if word == "its" and subjects and last
                                    and last[-1].entity != subjects[-1].entity
                                    and self.sentences[here - 1].root.lemma_ in REPORTING_VERBS | {"say"}
                                    else subjects)
            if not subjects and word in {"it", "its"} and here > 0:
                root = self.sentences[here - 1].root
                subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
                if subject is not None and subject.tag_ == "NNS" and subject.i not in self.at and here > 1 \
                        and self.sentences[here].root.i == token.head.i:
                    # "The court published the list. Four other applicants completed it. It rejected X": not the
                    # plural, the body the subject of a sentence before that
                    for k in range(here - 2, max(-1, here - 4), -1):
                        first = next((c for c in self.sentences[k].root.children
                                      if c.dep_ in {"nsubj", "nsubjpass"}), None)
                        if first is None:
                            continue
                        hit = self.mention_entity(first) if first.i in self.at else self.antecedent(first, wanted) \
                            if first.lemma_ in self.lex.org_head_nouns | GENERIC_BODY_NOUNS else None
                        if hit is not None and self.type_of(hit) in wanted:
                            return hit
                if subject is not None and subject.pos_ == "NOUN" and subject.i not in self.at \
                        and self.sentences[here].root.i == token.head.i:
                    # "The commission also cleared A. It disqualified B": the commission named earlier;
                    # "The convention was opened by ... It also chose X": the convention, nobody named
                    return self.antecedent(subject, wanted) \
                        if subject.lemma_ in self.lex.org_head_nouns | GENERIC_BODY_NOUNS else None
            if not subjects:
                # no subject to go by (a misparse): the most prominent one nearby, highest in its tree
                near = [m for m in before if m.type in wanted and self.sentence_of.get(m.start, 0) >= here - 1]
                if near:
                    best = min(near, key=lambda m: (_depth(self.root_of(m)), -m.start))
                    subjects = [best]
            pool = subjects or [m for m in before if m.type in wanted]
            if not pool:
                return None
            if word in {"they", "them", "their"} and self._plural_noun_between(pool[-1].end, token):
                return None  # "... had nominated 11 candidates. They include X": the candidates
            return pool[-1].entity
        if token.lower_ in {"country", "sultanate", "kingdom", "emirate", "principality"} \
                and types & {"Country", "Location"} and self.main_country is not None:
            return self.main_country  # "arrived in the country", "a visit to the Sultanate"
        if token.lower_ == "capital" and types & {"Location"}:
            capital = next((m.entity for m in self.mentions if m.type == "Location" and m.props.get("city")
                            and m.props.get("country") == self.main_country_name), None)
            if capital is not None:
                return capital
        if token.tag_ in {"NNS", "NNPS"} and (token.lemma_ in GROUP_NOUNS or token.lower_ == "meps") \
                and "Delegation" in types:
            # "The ECOWAS envoys also met X": the team of the body they are named for
            team = next((t for c in token.children if c.dep_ == "compound" and c.i in self.at
                         and self.at[c.i].type == "Organization"
                         for t in [self.delegation_of(self.at[c.i].entity)] if t is not None), None)
            if team is not None:
                return team
        if (token.pos_ == "NOUN" or token.lower_ == "meps") and (
                token.lemma_ in {"delegation", "mission", "guest", "visitor", "observer", "team", "group"}
                or token.lower_ == "meps" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                                     or token.lower_ == "experts" and [(c.dep_, c.lower_) for c in token.lefts]
                                     == [("det", "the")]  # "the experts held talks with X", after an expert team
                                     or token.tag_ == "NNS" and token.lemma_ in {"official", "expert", "diplomat"}
                                     and any(c.dep_ == "amod" and self.lex.country_of_adjective(c.text)
                                             not in {None, self.main_country_name} for c in token.children)
                                     # ("The Nepalese officials arrived in Paro", in a story on Bhutan: visitors)
                                     or token.tag_ == "NNS" and token.lemma_ in GROUP_NOUNS
                                     and not any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ in {"compound", "poss"}
                                                 and c.i in self.at and self.at[c.i].type == "Organization"
                                                 for c in token.children)) \
                and "Delegation" in types:  # (not "other members of the tribunal", "CEC members")
            teams = list(dict.fromkeys(m.entity for m in reversed(before) if m.type == "Delegation"))
            # ("... head of the Moroccan parliamentary delegation to PACE. The observers were received by": the
            # visitors, not the host country's own delegation)
            visiting = [e for e in teams if not home_team(self.entities[e].props.get("senders", []), self.entities,
                                                          self.main_country_name)]
            return next(iter(visiting or teams), None)
        lemma = token.lower_ if token.pos_ == "PROPN" else token.lemma_
        led = next((c for c in token.lefts if c.lower_ in {"led", "backed"}), None) if token.n_lefts else None
        if led is not None and led.i >= 2 and self.doc[led.i - 1].text in {"-", "–"} \
                and (m_led := self.at.get(led.i - 2)) is not None and m_led.type == "Organization":
            return None  # "the JJM-led alliance": another alliance, around the JJM ("the X-led party": X's)
        if token.lower_ == "judges" and "Organization" in types and not any(
                c.dep_ in {"det", "nummod", "amod", "poss"} and c.lower_ != "the" for c in token.children):
            # "The judges turned down the application of X", "Judges rejected the list headed by X": the court
            # named last (not "two judges", "some judges")
            return next((m.entity for m in reversed(before) if m.type == "Organization"
                         and set(fold(self.entities[m.entity].name).split()) & COURT_NAME_WORDS), None)
        if token.lower_ == "commissioners" and "Organization" in types and not any(
                c.dep_ in {"det", "nummod", "amod", "poss", "compound", "prep"} and c.lower_ != "the"
                for c in token.children):
            # "Commissioners voted 4-1 to keep X off the ballot": the election commission named last (not "two
            # commissioners", "the commission's commissioners")
            return next((m.entity for m in reversed(before) if m.type == "Organization"
                         and is_election_body(self.entities[m.entity])
                         and "commission" in fold(self.entities[m.entity].name).split()), None)
        if token.pos_ == "NOUN" and "Organization" in types and lemma in GENERIC_BODY_NOUNS - {"body"}:
            # "the panel", "the election watchdog": a body so named ("the Election Complaints and Appeals Panel"),
            # else the commission or board named last
            named = [m for m in before if m.type == "Organization"
                     and lemma in fold(self.entities[m.entity].name).split()]
            if named:
                return named[-1].entity
            return next((m.entity for m in reversed(before) if m.type == "Organization"
                         and set(fold(self.entities[m.entity].name).split()) & PANEL_NAME_WORDS), None)
        if token.pos_ in {"NOUN", "PROPN"} and "Organization" in types and (
                lemma in self.lex.org_head_nouns or lemma in {"body", "bloc"}):
            if token.tag_ == "NNS" or any(c.dep_ == "det" and c.lower_ in {"a", "an", "any", "every", "each", "no"}
                                          for c in token.children):
                return None  # "of 11 opposition parties", "a party needs 5 percent": none named
            by = next((a for a in list(token.ancestors)[:3] if a.dep_ == "agent" and a.lower_ == "by"), None)
            sender = _led_team_sender(self, by) if by is not None and token.dep_ in {"compound", "poss"} else None
            if sender is not None and lemma in fold(self.entities[sender].name).split():
                # "a delegation of Russia's CEC, headed by commission member X": the CEC ("A delegation of the
                # Electoral Commission of Zambia, led by the commission's chairperson": the same)
                return sender
            if lemma == "commission":
                # "the IHEC excluded 74 candidates on the recommendation of the Accountability and Justice
                # Commission ... The commission approved": the election commission, when one is named
                named = [m for m in before if m.type == "Organization" and lemma in fold(self.entities[m.entity].name)
                         .split() and {"election", "elections", "electoral"} & set(fold(self.entities[m.entity].name)
                                                                                    .split())]
                if len({m.entity for m in named}) > 1:
                    # ("officials of the Tonga Electoral Commission ... the commission rejected X", in a story on an
                    # Australian state: the home one)
                    named = [m for m in named if not self._abroad(m.entity)] or named
                if named and len({m.entity for m in named}) == 1:
                    return named[-1].entity
            clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None) if lemma == "party" else None
            if clause is not None:
                # "X, the leader of the Save Romania Union (USR), whom the party nominated": the body X's own
                # apposition names
                bodies = [x.entity for c in clause.head.children if c.dep_ == "appos" for t in c.subtree
                          if (x := self.at.get(t.i)) is not None and x.type == "Organization" and x.start == t.i]
                if bodies:
                    return bodies[-1]
            # (of two juries, the one that acted: only then are all the matches worth finding)
            weigh_acts = lemma in COURT_NAME_WORDS | PANEL_NAME_WORDS | {"jury"}
            matching: list[Mention] = []
            for m in reversed(before):
                if lemma == "body" and MEDIA_NAME.search(self.entities[m.entity].name):
                    continue  # ("told Anadolu Agency ... the body approved 1,604 candidates": not the agency)
                if lemma == "body" and voted_into(self.root_of(m), self.lex.election_nouns):
                    continue  # ("an election to the Inatsisartut, the first time the body has sent monitors": the
                    # house voted for sends no one)
                if m.type == "Organization" and (lemma in fold(self.entities[m.entity].name).split()
                                                 or lemma in {"body", "bloc"}
                                                 or lemma == "party" and is_party(self.entities[m.entity], self.lex)
                                                 and any(c.dep_ == "det" or c.dep_ == "poss" and c.pos_ == "PRON"
                                                         for c in token.children)
                                                 and not any(c.dep_ == "amod" for c in token.children)
                                                 or lemma in {"coalition", "alliance"}
                                                 and fold(f"{self.entities[m.entity].name} {lemma}")
                                                 in {fold(a) for a in self.entities[m.entity].aliases}
                                                 or any(c.dep_ == "appos" and c.lemma_ == lemma
                                                        for c in self.root_of(m).children)
                                                 # ("The main opposition party, X (CHAU), pulled out ... the party")
                                                 or self.root_of(m).dep_ == "appos"
                                                 and self.root_of(m).head.lemma_ == lemma):
                    # "the Inclusive Platform (PAI) coalition ... The coalition"; "The Reformist Front, a
                    # coalition of reformist parties, ... the coalition's spokeswoman"
                    if not weigh_acts:
                        return m.entity
                    matching.append(m)
            # of two juries, the one that acted ("The decision by the JEE ... would appeal to the National Jury
            # of Elections (JNE) ... In the same session the jury admitted"): the one that was a subject or agent
            acting = [m for m in matching if self.root_of(m).dep_ in {"nsubj", "nsubjpass"}
                      or self.root_of(m).dep_ == "pobj" and self.root_of(m).head.lower_ == "by"]
            if len({m.entity for m in matching}) > 1 and acting:
                return acting[0].entity
            if matching:
                return matching[0].entity
        role = fold(token.text)
        if role == "head" and any(c.lower_ == "of" and any(o.lower_ in {"state", "government"} for o in c.children)
                                  for c in token.children):
            role = "president" if any(o.lower_ == "state" for c in token.children for o in c.children) \
                else "prime minister"  # "the head of state", "the head of government"
        if token.pos_ == "NOUN" and "Person" in types and token.lemma_ in {
                "chief", "head", "chairman", "chairwoman", "chair", "chairperson", "president", "leader", "director"}:
            # "the CEC chief", "the commission's chairwoman": whoever the article titled at that body
            for c in token.children:
                body = self.mention_entity(c) if c.dep_ in {"compound", "poss", "nmod"} else None
                if body is None and c.dep_ == "poss" and c.pos_ == "NOUN":
                    hit = self.antecedent(c, frozenset({"Organization"}))
                    body = hit
                if body is not None and body in self.holders:
                    return self.holders[body]
        roles = MONARCH_TITLES if role == "monarch" else {role}  # "The monarch later held talks": the king
        if token.pos_ == "NOUN" and "Person" in types and (role in self.lex.titles or role == "monarch"):
            for t in reversed(self.titles):
                if t.start < token.i and any(r in fold(t.text) for r in roles):
                    person = self.titled.get(t.start)
                    if person is not None:
                        return person
        return None

    def _plural_noun_between(self, start: int, token: Token) -> bool:
        """A plural common noun, subject or object of its clause and no part of a name, after start
        and in the pronoun's sentence or the one before: what "they" more likely means."""
        here = self.sentence_of.get(token.i, 0)
        for t in self.doc[start:token.i]:
            if t.tag_ == "NNS" and t.dep_ in {"nsubj", "nsubjpass", "dobj"} and t.i not in self.at \
                    and self.sentence_of.get(t.i, 0) >= here - 1 and t.lemma_ not in GROUP_NOUNS | {"observer"}:
                return True
        return False

    def resolve(self, token: Token, types: frozenset[str]) -> tuple[int, float] | None:
        """The entity (with a confidence factor) that an argument token stands for."""
        entity = self.mention_entity(token)
        if entity is not None and self.type_of(entity) in types:
            return entity, 1.0
        if token.i in self.titled and "Person" in types:
            return self.titled[token.i], 1.0
        if token.lower_ == "whose" and token.dep_ == "poss":
            whose_of = self._whose_owner(token)  # "the PSS, whose two lawmakers A and B": the PSS's
            return (whose_of, 0.95) if whose_of is not None and self.type_of(whose_of) in types else None
        if token.lower_ in {"observers", "monitors"} and "Organization" in types:
            # "monitored by more than 1,000 local observers from the Association for Election Monitoring": the
            # group's people, not a team named elsewhere
            group = next((e for c in token.children if c.dep_ == "prep" and c.lower_ == "from" for o in c.children
                          if (e := self.mention_entity(o)) is not None and self.type_of(e) == "Organization"), None)
            if group is not None:
                return group, 0.9
        if "Person" in types and token.lower_ == "observer" and any(
                c.lower_ in {"chief", "head"} for c in token.children if c.i < token.i):
            # "the OAS chief observer held talks with ...": the person the story has heading that body's mission
            sender = next((e for c in token.children if c.dep_ in {"compound", "poss"}
                           and (e := self.mention_entity(c)) is not None), None)
            team = self.delegation_of(sender) if sender is not None else None
            head = self._led_by(team) if team is not None else None
            if head is not None:
                return head, 0.9
        # "X, a member of ...": the appositive and its noun stand for each other
        for other in token.children:
            if other.dep_ == "appos" and token.dep_ in {"nsubj", "nsubjpass"} and token.head.i < other.i:
                continue  # "the OAS chief observer held talks with three candidates: A, ...", A hung on the subject
            if other.dep_ == "appos" and not _ends_in_speaker(other, comma=False):
                e = self.mention_entity(other)
                if e is not None and self.type_of(e) in types:
                    return e, 0.95
                if e is None and "Person" in types and fold(other.text) in self.lex.titles:
                    # "Its head, Botswana's Minister of Foreign Affairs, X,": the name the title's apposition gives
                    named = [n for a in other.children if a.dep_ == "appos"
                             and (n := self.mention_entity(a)) is not None and self.type_of(n) == "Person"]
                    if named:
                        return named[0], 0.9
        if token.dep_ == "appos":
            # (the name just before the comma, when the parser hung the apposition on a farther one:
            # "followed by Strong Georgia, an alliance headed by X")
            k = token.left_edge.i - 1
            near = self.doc[k - 1] if k >= 1 and self.doc[k].text == "," else None
            if near is not None and near.pos_ == "PROPN" and near.i != token.head.i \
                    and self.mention_entity(near) != self.mention_entity(token.head):
                e = self.mention_entity(near)
                if e is not None and self.type_of(e) in types:
                    return e, 0.9
                if token.pos_ != "NOUN":
                    return None  # (a common noun is resolved as one below: "..., the commission, headed by")
            else:
                e = self.mention_entity(token.head)
                if e is not None and self.type_of(e) in types:
                    return e, 0.95
        if token.pos_ == "NOUN" and token.lemma_ in NOMINEE_NOUNS and "Person" in types:
            # "its candidate for Lamgong-Wangchang, Sangay Penjor": the name set beside the noun's own phrase
            late = [e for a in _named_after_phrase(token, {"for", "in"})
                    if (e := self.mention_entity(a)) is not None and self.type_of(e) == "Person"]
            if late:
                return late[0], 0.9
        if token.pos_ == "NOUN" and token.lemma_ in NOMINEE_NOUNS | ROLE_NOUNS and "Person" in types \
                and token.i + 1 < len(self.doc):
            m = self.longest.get(token.i + 1)
            if m is not None and m.type == "Person" and m.start == token.i + 1:
                return m.entity, 0.95  # "and his running mate Dewi Anggraini", the name read apart
        if "Person" in types and token.pos_ == "NOUN" and fold(token.text) in self.lex.titles:
            # "by the head of the local electoral office, Fathi Elmarghani", the name hung on the office
            named = [e for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                     for a in o.children if a.dep_ == "appos" and a.i == token.right_edge.i
                     and (e := self.mention_entity(a)) is not None and self.type_of(e) == "Person"]
            if named:
                return named[0], 0.9
        # "the Norwegian parliament, the Storting": an apposition the parser missed
        if (token.pos_ == "NOUN" or token.ent_type_ == "ORDINAL") and token.i + 2 < len(self.doc) \
                and self.doc[token.i + 1].text == ",":
            j = token.i + 2 + (self.doc[token.i + 2].lower_ == "the")
            m = self.longest.get(j)
            if m is not None and self.type_of(m.entity) in types and m.type in {"Organization", "Delegation"}:
                return m.entity, 0.9
            if m is None and token.ent_type_ == "ORDINAL":
                while j < len(self.doc) and j - token.i < 6 and self.doc[j].is_lower and self.doc[j].pos_ in {
                        "NOUN", "ADJ"}:
                    j += 1  # "disqualified a fifth, former senator X": the name after its description
                m = self.longest.get(j)
                m = m if m is not None and m.start == j else None
            if m is not None and m.type == "Person" and "Person" in types and (
                    token.lemma_ in ROLE_NOUNS or fold(token.text) in self.lex.titles or token.ent_type_ == "ORDINAL"):
                return m.entity, 0.9  # "talks with her counterpart, X, ..."; "A tenth, X, was de-registered"
        if "Person" in types and token.lower_ in {"hopeful", "hopefuls", "aspirant", "applicant", "contender"} \
                and token.dep_ == "pobj" and token.i + 2 < len(self.doc) and self.doc[token.i + 1].text == ",":
            # "refused the papers of a fourth hopeful, businessman X": the name the parser hung on the verb
            j = token.i + 2
            while j < len(self.doc) and self.doc[j].is_lower and self.doc[j].pos_ == "NOUN" and j - token.i < 5:
                j += 1
            m = self.longest.get(j)
            if m is not None and m.type == "Person" and m.start == j:
                return m.entity, 0.9
        if token.pos_ in {"NOUN", "PROPN"} and token.lower_ in BODY_PARTS and "Organization" in types:
            # "the Comelec en banc", "the commission's plenary": the body sitting as a whole
            for child in token.children:
                if child.dep_ in {"compound", "nmod", "poss"}:
                    hit = self.resolve(child, frozenset({"Organization"})) if child.pos_ == "NOUN" else None
                    e = self.mention_entity(child) if hit is None else hit[0]
                    if e is not None and self.type_of(e) == "Organization":
                        return e, 0.95  # ("the institute's board": the institute the story named)
            # "The commission en banc", however parsed: the noun before
            before_it = token.head if token.dep_ == "appos" else self.doc[token.left_edge.i - 1] \
                if token.left_edge.i > 0 else None
            if before_it is not None and before_it.pos_ == "NOUN" and before_it.i < token.i:
                hit = self.resolve(before_it, frozenset({"Organization"}))
                if hit is not None:
                    return hit[0], hit[1] * 0.95
        if entity is None and "Election" in types and token.lemma_ == "round" and any(
                c.lower_ in {"first", "1st", "opening"} for c in token.children):
            # "in the first round of the June 29 presidential election": that election
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        e = self.mention_entity(pobj) if pobj.dep_ == "pobj" else None
                        if e is not None and self.type_of(e) == "Election":
                            return e, 1.0
        # "the mission's head X": a name under a common noun
        for child in token.children:
            if child.dep_ in {"compound", "flat", "nmod"} \
                    or child.dep_ == "amod" and token.lemma_.lower() in PARTY_NOUNS:
                e = self.mention_entity(child)  # "the Together alliance", "Together" read as an adjective
                # "his NPP alliance": a party noun under the party's name
                if e is not None and self.type_of(e) in types and (
                        token.pos_ == "PROPN" and child.dep_ != "nmod"
                        or token.lemma_.lower() in PARTY_NOUNS and self.type_of(e) == "Organization"):
                    return e, 0.9
        if entity is None and types & {"Location", "Country"} and token.lemma_ in PLACE_NOUNS:
            # "visited the commission's headquarters in central Jakarta", "toured polling stations in Geoje"
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "across", "around"}:
                    for pobj in prep.children:
                        e = self.mention_entity(pobj) if pobj.dep_ == "pobj" else None
                        if e is not None and self.type_of(e) in types:
                            return e, 0.9
        # "missions of the CIS and the SCO": each body's own mission, when the article names one
        if entity is None and "Delegation" in types and token.lemma_ in {"mission", "delegation", "observer",
                                                                          "monitor", "team"}:
            # (also "both met the EU team last week", after another body's mission was named: the EU's own)
            senders = [obj for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for obj in prep.children if obj.dep_ == "pobj"]
            senders += [c for c in token.children if c.dep_ in {"compound", "poss"} and c.i < token.i]
            for word in senders:
                sender = self.mention_entity(word)
                team = self.delegation_of(sender) if sender is not None else None
                if team is not None:
                    return team, 0.9
        # "Members of the mission's advance team", "Deputies of the Regional Duma": the body they belong to;
        # "an election tribunal of the Lahore High Court": the body it is part of
        if entity is None and "Delegation" in types and token.tag_ == "NNS" and token.lemma_ in GROUP_MEMBERS | {
                "expert", "analyst", "specialist"}:
            # "Its experts include A and B", "Its members include A": the delegation "its" is
            owner = next((c for c in token.children if c.dep_ == "poss" and c.lower_ in {"its", "their"}), None)
            hit = self.resolve(owner, frozenset({"Delegation"})) if owner is not None else None
            if hit is not None:
                return hit[0], hit[1] * 0.9
        if entity is None and (token.lemma_.lower() in GROUP_MEMBERS or token.pos_ == "NOUN" and token.is_lower
                               and token.lemma_ in self.lex.org_head_nouns and "Organization" in types):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            hit = self.resolve(pobj, types)
                            if hit is not None:
                                return hit[0], hit[1] * 0.9
        if entity is None and "Organization" in types and (party := self.party_by_word(token)) is not None:
            return party, 0.9  # "Liberal candidate X" in a story on the Liberal Party
        if entity is None and token.dep_ == "appos" and token.head.pos_ == "PROPN" and token.i > token.head.i:
            return None  # "Strong Georgia, an alliance headed by X": the name before, not an earlier alliance
        if entity is None:
            e = self.antecedent(token, types)
            if e is not None and self.type_of(e) in types:
                return e, 0.85
        if entity is None and "Organization" in types and _election_body_noun(token):
            # "Zambia's election body on Tuesday rejected ...", with the Electoral Commission of Zambia only
            # named after: the story's one election commission (of that country); the one its own sentence names,
            # when it names one ("The electoral authority of Nuevo Leon approved ..., the presiding councillor of
            # the IEEPC announced", a tribunal named later)
            sent = self.sent(token)
            here = {m.entity for m in self.mentions if m.entity is not None and sent.start <= m.start < sent.end
                    and self.type_of(m.entity) == "Organization" and is_election_body(self.entities[m.entity])}
            e = here.pop() if len(here) == 1 else self.election_body(commission=True)
            land = next((o for c in token.children if c.dep_ == "poss"
                         and (o := self.mention_entity(c)) is not None and self.type_of(o) == "Country"), None)
            if e is not None and (land is None or self.entities[land].name in {
                    self.main_country_name, self.entities[e].props.get("country")}
                                  or self.entities[e].name.endswith(self.entities[land].name)):
                return e, 0.8
        return None

    def party_by_word(self, token: Token) -> int | None:
        """The one party the story names whose name starts with this capitalised word, said alone before a
        role ("Liberal candidate X", "Conservative leader Y"), when the word is no name of its own."""
        if not token.is_title or token.i in self.at or token.dep_ not in {"amod", "compound", "nmod"} \
                or self.lex.country_of_adjective(token.text) or self.lex.country(token.text):
            return None
        word = fold(token.text)
        found = {e for e, r in enumerate(self.entities) if r.type == "Organization" and r.mentions
                 and is_party(r, self.lex) and any(fold(n).split()[:1] == [word] or fold(n) == f"{word}s"
                                                   for n in (r.name, *r.aliases))}
        return found.pop() if len(found) == 1 else None

    def _abroad(self, e: int) -> bool:
        """A body of another country than the story's ("the Electoral Commission of Samoa", "the Tonga Electoral
        Commission", visitors in a story on Australia)."""
        home, name = self.main_country_name, self.entities[e].name
        if not home:
            return False
        tail = OF_TAIL.search(name)
        first = name.split()[0] if name.split() else ""
        return tail is not None and self.lex.country(tail.group(1)) not in {None, home} \
            or (self.lex.country(first) or self.lex.country_of_adjective(first)) not in {None, home}

    def election_body(self, commission: bool = False, before: int | None = None) -> int | None:
        """The article's one mentioned election body (commission, court, ...), if it has exactly one;
        with `commission`, the one whose name says it runs elections ("Chief Election Commissioner X");
        with `before`, else the one named last before that token ("The commission cleared A. ...
        B was disqualified", with a court only named later)."""
        bodies = [e for e, r in enumerate(self.entities) if r.type == "Organization" and r.mentions
                  and is_election_body(r)]
        if len(bodies) > 1:
            # observers watch elections and do not run them ("the Asian Network for Free Elections")
            bodies = [e for e in bodies if not OBSERVER_BODY_WORDS & set(fold(self.entities[e].name).split())
                      or runs_elections(self.entities[e])]  # (an "Electoral Institute" does)
        if len(bodies) > 1:
            # nor do bodies that send delegations ("a delegation from the Pacific Islands, Australia and New
            # Zealand Electoral Administrators (PIANZEA) network": visitors)
            senders = {s for r in self.entities if r.type == "Delegation" for s in r.props.get("senders", [])}
            bodies = [e for e in bodies if e not in senders] or bodies
        if len(bodies) > 1 and commission:
            bodies = [e for e in bodies
                      if {"election", "elections", "electoral"} & set(fold(self.entities[e].name).split())]
        if len(bodies) > 1:
            # "a senior official of the Election Commission of Malaysia" in a story on Pakistan's vote: another
            # country's
            bodies = [e for e in bodies if not self._abroad(e)] or bodies
        if len(bodies) > 1 and before is not None:
            # the commission named last before (not a court, nor a parliament's "council")
            commissions = [e for e in bodies
                           if {"election", "elections", "electoral"} & set(fold(self.entities[e].name).split())]
            last = {e: max((m.start for m in self.mentions if m.entity == e and m.start < before), default=-1)
                    for e in commissions}
            # ("The commission dismissed 41 objections. X's candidacy was confirmed", after "... to the Electoral
            # Court": the body the lower-case noun of its name refers back to)
            heads = {e: [w for w in fold(self.entities[e].name).split() if w in self.lex.org_head_nouns]
                     for e in commissions}
            for t in self.doc[max(0, before - 80):before]:
                if t.is_lower and t.dep_ in {"nsubj", "nsubjpass"} and t.i > 0 and self.doc[t.i - 1].lower_ == "the" \
                        and t.i not in self.at:
                    owners = [e for e in commissions if heads[e][:1] == [t.lower_]]
                    if len(owners) == 1:
                        last[owners[0]] = max(last[owners[0]], t.i)
            named = sorted((start, e) for e, start in last.items() if start >= 0)
            if not named:
                # "The Constitutional Court published the list ... X was cleared to run", the election
                # authority only named later: the one body named before
                earlier = {e for e in bodies for m in self.mentions if m.entity == e and m.start < before}
                named = [(0, e) for e in earlier if any(  # (a court that "met on Monday" decided nothing yet)
                    m.entity == e and m.start < before and any(t.lemma_ in CANDIDATE_NOUNS | LIST_NOUNS
                                                              for t in self.sent(self.doc[m.start]))
                    for m in self.mentions)] if len(earlier) == 1 else []
            bodies = [named[-1][1]] if named else []
        return bodies[0] if len(bodies) == 1 else None

    def possible(self, rows: list[Pattern]) -> list[Pattern]:
        """The rows that could find something here: an entity of a type each end takes exists."""
        kept = self._possible.get(id(rows))
        if kept is None:
            kept = self._possible[id(rows)] = [p for p in rows if not self.types_present.isdisjoint(p.source_types)
                                               and not self.types_present.isdisjoint(p.target_types)]
        return kept

    def delegation_of(self, sender: int) -> int | None:
        return next((e for e, r in enumerate(self.entities) if r.type == "Delegation"
                     and sender in r.props.get("senders", [])), None)

    def team_of(self, token: Token) -> int | None:
        """"Horvat and his core team", "Halvorsen and her colleagues": the delegation the person leads."""
        for conj in token.conjuncts:
            if conj.lemma_ in TEAM_NOUNS and any(c.dep_ == "poss" and c.lower_ in {"his", "her", "their"}
                                                 for c in conj.children):
                before = [m for m in self.mentions if m.type == "Delegation" and m.start < token.i]
                person = self.mention_entity(token)
                # the team named closest to where the person was named ("A delegation of PACE led by X")
                near = [(abs(m.start - p.start), -m.start, m.entity) for p in self.mentions
                        if p.entity == person and p.start < token.i for m in before
                        if self.sentence_of.get(m.start) == self.sentence_of.get(p.start)] if person is not None \
                    else []
                if near:
                    return min(near)[2]
                if before:
                    return before[-1].entity
        return None


CLAUSE_DEPS = {"relcl", "acl", "xcomp", "ccomp", "advcl", "conj", "appos", "parataxis"}


# what a candidate contests: "is contesting a parliamentary seat", "is running for the mayoralty"
CONTESTED_OFFICES = {"seat", "mandate", "presidency", "mayoralty", "governorship", "premiership", "post", "office",
                     "electorate", "constituency", "district", "ward"}
PLURAL_TITLE_WORDS = {"commissioners", "senators", "deputies", "judges", "ambassadors", "ministers"}
LED_IDS = word_ids(["led", "headed"])
CHOOSING_VERBS = {"choose", "select", "pick", "name", "nominate", "designate", "tap"}
MEDIA_NAME = re.compile(r"\b(Agency|News|Press|Television|TV|Radio|Times|Post|Herald|Gazette|Tribune)$")
# a body sitting as a whole or in part, acting as the body
BODY_PARTS = {"banc", "plenary", "presidium", "bench", "panel", "division", "chamber", "board", "members", "session",
              "executive", "leadership", "committee"}  # ("the party's executive approved 84 candidates": the party)
# a body's organs that stand for it when it owns them ("the party's national council", "its political bureau")
ORGAN_NOUNS = {"council", "bureau", "politburo", "congress", "convention", "conference"}
# places inside a town that a visit to them is a visit to the town
PLACE_NOUNS = {"headquarters", "office", "building", "premises", "station", "centre", "center", "venue", "site",
               "school", "facility", "precinct", "booth", "district", "village", "town"}
# posts a body has and its delegations do not
BODY_POST_WORDS = {"president", "chairman", "chairwoman", "chairperson", "chair", "secretary-general", "general",
                   "director", "commissioner", "speaker", "vice-president", "governor"}
MALE_PRONOUNS = {"he", "him", "his", "himself"}
FEMALE_PRONOUNS = {"she", "her", "hers", "herself"}


def _cross_gender_after(pronoun: Token) -> bool:
    """A pronoun of the other gender later in the same clause: the two are different people."""
    other = FEMALE_PRONOUNS if pronoun.lower_ in MALE_PRONOUNS else MALE_PRONOUNS
    return any(t.lower_ in other for t in pronoun.head.subtree if t.i > pronoun.i)


def _led_team_sender(view: DocView, by: Token) -> int | None:
    """The one body that sent the delegation a "led by" / "headed by" phrase describes, given its "by"."""
    if by.lower_ != "by" or by.head.lemma_ not in {"lead", "head"}:
        return None
    # ("a delegation of Russia's CEC, headed by ...", the participle hung on the body: the delegation)
    led = [hit for t in build_frame(by.head).patients
           for t2 in [t.head.head if t.dep_ == "pobj" and t.head.lower_ in {"of", "from"}
                      and t.head.head.lemma_ in {"delegation", "mission", "team", "group"} else t]
           for hit in [view.resolve(t2, frozenset({"Delegation"}))] if hit is not None]
    senders = view.entities[led[0][0]].props.get("senders", []) if led else []
    return int(senders[0]) if len(senders) == 1 and view.type_of(senders[0]) == "Organization" else None


# verbs of a verdict on a vote: "called the vote free and transparent"
VERDICT_VERBS = frozenset({"call", "describe", "judge", "deem", "declare", "praise", "find", "assess", "term"})
# verbs of wanting what one has not got: "sought the Liberal nomination"
SEEKING_VERBS = frozenset({"seek", "want", "pursue", "eye", "covet", "chase", "lose", "request"})
# verbs that tell a candidate's result: "came second with 14.6 percent", "received 6.3 percent"
RESULT_VERBS = frozenset({"finish", "come", "place", "take", "get", "receive", "poll", "garner", "obtain"})
# words that tell something did not happen: "avoiding a runoff", "without a second round"
AVOIDING = frozenset({"avoid", "avert", "without", "escape", "prevent", "obviate", "spare", "skip"})
DEFEAT_VERBS = {"defeat", "beat", "edge", "trounce", "outpoll", "overcome", "rout", "thrash"}


PAIR_PEOPLE = {"men", "women", "candidates", "contenders", "hopefuls", "rivals", "politicians", "nominees"}


def _election_body_noun(token: Token) -> bool:
    """"the election body", "Zambia's electoral commission": a lower-case noun for a body that runs elections."""
    return token.pos_ == "NOUN" and token.is_lower and token.lemma_ in {
        "body", "commission", "authority", "board", "watchdog", "agency", "tribunal"} and any(
        c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in {"election", "elections", "electoral", "poll", "polls"}
        for c in token.children) or token.pos_ == "NOUN" and token.lower_ in {"agency", "watchdog"} and [
        (c.dep_, c.lower_) for c in token.children] == [("det", "the")]  # "Elections Canada ... The agency"


def _told_of_one(view: DocView, verb: Token) -> bool:
    """A clause on one named person ("Besides A, whom the RPG nominated in August, they include B"): its act
    is that person's, not one a list goes on with."""
    person = view.mention_entity(verb.head) if verb.dep_ == "relcl" else None
    return person is not None and view.type_of(person) == "Person"


def _contrasting(clause: Token) -> bool:
    """A "while ..." / "although ..." clause: asserted on its own, beside the clause it hangs on."""
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in {"while", "whereas", "although", "though"}
                                          for c in clause.children)


def _names_set_after(noun: Token) -> list[Token]:
    """"The Greens' lead candidates, A and B": the people a plural noun is set beside, parsed as its conjuncts."""
    if noun.tag_ not in {"NNS", "NNPS"}:
        return []
    # (or, unless the noun is itself an apposition, its own apposition further on: "two other members of the group,
    # A and B")
    return [c for c in noun.children if c.dep_ in {"conj", "appos"} and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
            and noun.doc[c.left_edge.i - 1].text == "," and c.i > noun.i
            and (c.left_edge.i == noun.i + 2 or c.dep_ == "appos" and noun.dep_ != "appos")][:1]


# the offices a winner is elected to, and the kind of election that fills them (not "council": a body)
ELECTED_OFFICE_KINDS = {**{k: v for k, v in ELECTED_OFFICES.items() if k != "council"}, "president": "presidential"}


def _office_won(trigger: Token) -> str | None:
    """The kind of election an office names where someone is elected to it: "was elected governor of X", "was
    declared X's governor-elect", "was elected mayor"."""
    for c in trigger.children:
        if c.dep_ in {"oprd", "attr", "xcomp", "dobj"} and c.pos_ in {"NOUN", "PROPN"}:
            if c.lower_ == "elect" and c.i >= 2 and c.doc[c.i - 1].text in HYPHENS:
                word, elect = c.doc[c.i - 2].lower_, True  # ("governor-elect" in three tokens)
            else:
                word, elect = c.lower_.split("-")[0], c.lower_.endswith("-elect")
            if word in ELECTED_OFFICE_KINDS and (elect or trigger.lemma_ in {"elect", "re-elect", "reelect"}):
                return ELECTED_OFFICE_KINDS[word]
    return None


def _kind_hints_beside(view: DocView, sent: Span, trigger: Token) -> frozenset[str]:
    """The kinds the sentence suggests, but for words in a clause on someone else: "A, the RN candidate, and B,
    who was nominated after winning an open primary" does not put A in the primary."""
    return frozenset(k for k in _kind_hints(view, sent) if any(
        CONTEXT_KIND_HINTS.get(t.lower_) == k and not _in_other_aside(t, trigger) for t in sent))


def _in_other_aside(token: Token, trigger: Token) -> bool:
    """A word in a relative clause or a contrasting "while ..." clause that the trigger is not in: "X is
    contesting a seat, while Y ran in the 2019 election"."""
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl" or _contrasting(node):
            return not (node.left_edge.i <= trigger.i <= node.right_edge.i)
    return False


def _honorific_at(doc: Doc, k: int) -> bool:
    """A courtesy word before a name: "Dr", "Justice", "Rev.", and the "Most" of "Most Rev."."""
    word = doc[k].lower_
    return word in HONORIFICS or word.rstrip(".") in HONORIFICS or word in REVEREND_PREFIXES and k + 1 < len(doc) \
        and doc[k + 1].lower_.rstrip(".") in {"rev", "revd", "reverend", "hon"}


def _reported_copula(root: Token) -> Token:
    """"X said the cleared candidates were A, B and C": the reported "be" whose subject is a plural noun
    of candidates or a list, where the list is named; else the root itself."""
    if root.lemma_ not in REPORTING_VERBS:
        return root
    return next((c for c in root.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.i > root.i and any(
        s.dep_ == "nsubj" and (s.lemma_ in LIST_SUBJECTS or s.lemma_ in CANDIDATE_NOUNS and s.tag_ == "NNS")
        for s in c.children)), root)


REPORTED_ACTS = frozenset({"nominate", "field", "select", "endorse", "register", "approve", "reject", "disqualify"})


def _reporting_body(trigger: Token) -> list[Token]:
    """The body named as the subject of the reporting verb that closes a sentence ("..., the party
    said"), above the trigger; a person or a pronoun telling of an act is not taken for its doer."""
    for node in list(trigger.ancestors)[:3]:
        if node.lemma_ in REPORTING_VERBS and node.i > trigger.i:
            return [c for c in node.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}
                    and c.ent_type_ != "PERSON"]
    return []


STAFF_NOUNS = frozenset({"officer", "official", "staff", "clerk", "registrar", "employee", "agent"})


def _named_after_phrase(noun: Token, preps: set[str]) -> list[Token]:
    """The names set after a comma beside the object of one of a noun's prepositions ("its candidate for
    Lamgong-Wangchang, Sangay Penjor"), where the parser hung them on that object."""
    return [a for prep in noun.children if prep.dep_ == "prep" and prep.i > noun.i and prep.lower_ in preps
            for pobj in prep.children if pobj.dep_ == "pobj" and pobj.ent_type_ != "PERSON"
            for a in pobj.children if a.dep_ == "appos" and a.i > pobj.i and noun.doc[a.left_edge.i - 1].text == ","]


def _people_set_beside(token: Token) -> list[Token]:
    """"two newcomers, A and B": the people a plural noun is set beside; else the noun itself."""
    if token.tag_ == "NNS" and token.pos_ == "NOUN" and (token.lemma_ in PERSON_NOUNS or is_person_noun(token)):
        appos = [c for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        if appos:
            return list_items(appos[0])
    if token.tag_ == "NNS" and token.lemma_ in RIVAL_NOUNS:
        # "defeated four rivals including former minister A", "beat two challengers, A and B": the ones it names
        # (a list of candidates set beside may run on past semicolons, which the act's own list reading takes)
        named = [o for c in token.children if c.dep_ == "prep" and c.lower_ == "including"
                 for x in c.children if x.dep_ == "pobj" and x.pos_ == "PROPN" for o in list_items(x)] \
            or [o for c in token.children if c.dep_ == "appos" and c.pos_ == "PROPN" and token.lemma_ != "candidate"
                for o in list_items(c)]
        if named:
            return named
    return [token]


def _party_of_candidates(view: DocView, noun: Token, lex: Lexicon) -> list[int]:
    """"Candidates of X", "candidates fielded by X" (the participle also read as the noun's verb: "candidates
    fielded by X had won"): X, when it is a party."""
    out: list[int] = []
    for c in (*noun.children, *([noun.head] if noun.dep_ == "nsubj" and noun.head.tag_ == "VBD" else [])):
        if c.dep_ == "prep" and c.lower_ == "of":
            named = prep_objects(c)
        elif (c.dep_ == "acl" or c.i == noun.head.i) and c.lemma_ in LIST_FIELDING_VERBS | {"nominate", "back"}:
            named = [x for g in c.children if g.dep_ == "agent" for x in prep_objects(g)]
        else:
            named = []
        out += [e for o in named if (e := view.mention_entity(o)) is not None and is_party(view.entities[e], lex)]
    return out


def _body_of_its_staff(token: Token) -> list[Token]:
    """"its returning officers" in "X said its returning officers had confirmed ...": X, the body that told
    of its own staff's act."""
    if token.lemma_ not in STAFF_NOUNS or not any(c.dep_ == "poss" and c.lower_ == "its" for c in token.children):
        return []
    for node in list(token.ancestors)[1:4]:  # (above the act itself, which may be "confirmed")
        if node.lemma_ in REPORTING_VERBS:
            return [c for c in node.children if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}
                    and c.ent_type_ != "PERSON" and c.i < token.i]
    return []


def _depth(token: Token) -> int:
    depth = 0
    while token.head.i != token.i and depth < 50:
        token = token.head
        depth += 1
    return depth


QUANTITY_NOUNS = frozenset({"number", "total", "majority", "handful", "dozens", "slate", "host"})


def _counted(token: Token) -> Token:
    """"17 of the 93 candidacies", "some of the candidates", "the largest number of candidates": what is
    counted."""
    if token.pos_ in {"NUM", "PRON"} or token.lower_ in {"some", "most", "all", "many", "several", "none"} \
            or token.lemma_ in QUANTITY_NOUNS:
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in prep.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    return token


def _own_verb(x: Token, noun: Token) -> bool:
    """The verb a subject noun is the subject of, or its auxiliaries ("candidates were registered")."""
    return noun.dep_ in {"nsubj", "nsubjpass"} and (x.i == noun.head.i or x.head.i == noun.head.i
                                                   and x.dep_ in {"aux", "auxpass"})


def _has_required(p: Pattern, verb: Token) -> bool:
    """A row's `requires` word among the verb's own phrases, or as the predicate of "declared X eligible"."""
    if p.subject_requires and not any(c.dep_ == "nsubj" and c.lemma_.lower() in p.subject_requires
                                      for c in verb.children):
        return False  # "voters in Nanumea elected X" (not "the assembly elected X")
    if not p.requires:
        return True
    clause = small_clause(verb)
    predicate = clause[0] if clause is not None else None
    # a verb parsed as a modifier ("stripped" as amod) has no phrases of its own: the words after it
    phrases = verb.doc[verb.i + 1:min(verb.i + 9, verb.sent.end)] if verb.dep_ in {"amod", "compound"} \
        else _own_phrases(verb)
    return any(t.lemma_.lower() in p.requires or t.lower_ in p.requires for t in phrases) \
        or (predicate is not None and predicate.lower_ in p.requires) \
        or any(c.dep_ in {"xcomp", "ccomp"} and c.lemma_ in p.requires for c in verb.children) \
        or p.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"} \
        and any(c.dep_ == "nsubjpass" and c.lemma_.lower() in p.requires for c in verb.children)
    # ("allowed X to run"; "Registration was also denied to X", not "the mission was sent by X")


def _own_phrases(verb: Token) -> Iterator[Token]:
    """The verb's objects and modifiers, without the clauses hanging on them ("took 27 percent", not
    "... who briefed the guests on the two votes")."""
    stack = [c for c in verb.children if c.dep_ not in CLAUSE_DEPS | {"nsubj", "nsubjpass", "punct", "agent"}]
    if verb.dep_ == "acl":
        stack.extend(stranded_phrases(verb))
    while stack:
        t = stack.pop()
        yield t
        stack.extend(c for c in t.children if c.dep_ not in CLAUSE_DEPS)


# what a win "carries": "carried the day", "carried the vote", "carried 61 percent"
CARRIED_WINS = {"day", "vote", "poll", "election", "ballot", "majority", "seat", "race", "contest", "percent", "%"}
ORDINAL_PLACES = {"first", "second", "third", "fourth", "fifth", "sixth", "last", "runner-up"}


def _gives_result(verb: Token) -> bool:
    """"took 27.8 percent", "finished second", "polled 291,667 votes", "came a distant third"."""
    for t in _own_phrases(verb):
        if t.ent_type_ == "PERCENT" or t.text == "%":
            return True
        if verb.lemma_ == "be":
            continue  # ("X was third with 15.7 percent", not "X was the first woman to speak")
        if t.lower_ in ORDINAL_PLACES and t.head in (verb, *verb.children) and t.dep_ in {
                "advmod", "npadvmod", "oprd", "acomp", "dobj", "attr", "amod", "pobj"}:
            return True
        if t.lemma_ == "vote" and any(any(ch.isdigit() for ch in c.text) for c in t.children):
            return True
    return False


def _time_reference(noun: Token) -> bool:
    """"withdrew after the second round", "before the vote": an election named as a point in time."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"after", "before", "since", "until", "ahead"}


def _minority_share(verb: Token) -> bool:
    """"won 29.8 percent", "took 41 percent of the vote": a direct object that is a share below half (or
    a bare count of votes)."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_ == "vote" and any(c.dep_ == "nummod" for c in child.children):
            return True  # "won 25 votes in the final ballot": a tally, which says nothing of the result
        if child.dep_ in {"dobj", "npadvmod"} and child.ent_type_ == "PERCENT":  # (or read as an adverb)
            for t in child.subtree:
                if t.ent_type_ == "PERCENT" and t.like_num:
                    try:
                        return float(re.sub(r"[^\d.]", "", t.text)) < 50
                    except ValueError:
                        return False
    return False


def _meagre_share(verb: Token) -> bool:
    """"won only 12 seats", "took just 8 percent": a result the sentence itself calls small."""
    return any(child.dep_ == "dobj" and any(c.lower_ in {"only", "just", "merely"} for c in child.subtree
                                            if c.i < child.i) for child in verb.children)


def _kind_hints(view: DocView, sent: Span) -> frozenset[str]:
    """The election kinds a sentence's words suggest ("mayor": local), leaving out words inside a title or a
    body's name ("Speaker of the Parliament" says nothing of the vote)."""
    hints = view.kind_hints.get(sent.start)
    if hints is None:
        hints = view.kind_hints[sent.start] = frozenset(
            CONTEXT_KIND_HINTS[t.lower_] for t in sent if t.lower_ in CONTEXT_KIND_HINTS
            and t.i not in view.title_tokens and not (t.i in view.at and view.at[t.i].type == "Organization")
            and not (t.i > 0 and t.i - 1 in view.title_tokens and t.head.i - 1 in view.title_tokens)
            and not describes_a_body(t, view.lex.org_head_nouns)
            # ("at the council's invitation": the body that invited, not the vote)
            and not (t.lower_ == "council" and any(c.dep_ == "case" for c in t.children)))
    return hints



ONE_OF_THEM_REACH = 5  # tokens after "One of them," within which the person's name must start


def _applied(event: PendingList, people: list[int], sent: Span, suffix: str, factor: float = 0.85) -> Iterator[Found]:
    """An act told before, applied to people a later sentence names ("Among them are A and B"; "One of them, X";
    "He will face A and B"; the items of a list after a colon)."""
    for s, fs in event.sources:
        for person in people:
            yield Found(event.pattern.type, s, person, round(event.pattern.confidence * fs * factor, 3), sent,
                        event.pattern.id + suffix, trigger=event.trigger, want_date=event.pattern.date)


def _ends_in_speaker(t: Token, comma: bool = True) -> bool:
    """A phrase the reporting verb of its sentence follows, the subject its parse lost: "..., the
    commission's chairwoman, X, told reporters"; without `comma`, the verb right after it and the
    sentence's own ("disqualified a former senator, EC secretary-general X said")."""
    doc = t.doc
    k = t.right_edge.i + 1
    if comma and k < len(doc) and doc[k].text == ",":
        k += 1
    return k < len(doc) and doc[k].lemma_ in REPORTING_VERBS and (doc[k].pos_ == "VERB" if comma
                                                                   else doc[k].dep_ == "ROOT") \
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in doc[k].children)


def _by_phrase(t: Token) -> bool:
    """A name in a "by" phrase, or in a list that is one ("led by the X Party and Y")."""
    while t.dep_ == "conj" and t.head is not t:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "by"


def _coalition_leaders(t: Token) -> list[Token]:
    """The bodies "led by" an unnamed coalition ("a coalition of 12 parties led by A and B"): A and B."""
    if t.pos_ != "NOUN" or t.lemma_ not in {"coalition", "alliance", "bloc"} or any(
            c.dep_ in {"compound", "amod", "nmod", "poss"} and c.pos_ == "PROPN" for c in t.children):
        return []  # (not "the Mother Armenia alliance, led by X": a named one, and its leader)
    clauses = [c for c in t.children if c.dep_ == "acl" and c.lemma_ in {"lead", "head"}]
    # ("a coalition of 12 parties led by A", the clause hung on the parties)
    clauses += [c for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                if o.dep_ == "pobj" and o.lemma_ == "party" for c in o.children if c.dep_ == "acl" and c.lemma_ in {
                    "lead", "head"}]
    return [o for c in clauses for a in c.children if a.dep_ == "agent" for o in prep_objects(a)
            if o.ent_type_ != "PERSON"]


TICKET_HOLDER_MARKS = (("headed", "by"), ("led", "by"), ("topped", "by"), ("whose", "candidate"),
                       ("whose", "nominee"))


def _ticket_pairs(view: DocView, ticket: Token) -> list[tuple[int, Token]]:
    """"the tickets of Fuerza Popular, led by X, and of APP, whose candidate is Y": each party named after
    "of", with the person its phrase says heads its ticket, read in order whatever the parse."""
    doc = view.doc
    end = view.sent(ticket).end
    orgs = [m for m in view.mentions if m.type == "Organization" and ticket.i < m.start < end
            and doc[m.start - 1 - (doc[m.start - 1].lower_ == "the")].lower_ == "of"]
    pairs: list[tuple[int, Token]] = []
    for k, org in enumerate(orgs):
        stop = orgs[k + 1].start if k + 1 < len(orgs) else end
        mark = next((x.i + 2 for x in doc[org.end:stop - 1] if (x.lower_, doc[x.i + 1].lower_) in TICKET_HOLDER_MARKS),
                    None)
        person = next((m for m in view.mentions if m.type == "Person" and mark is not None and mark <= m.start < stop),
                      None)
        if person is not None:
            pairs.append((org.entity, doc[person.end - 1]))
    return pairs


def _list_heading_clauses(t: Token) -> list[Token]:
    """"headed by X" after "the ticket of the Vamos party," (on the party, or on the verb of the ticket)."""
    out = [c for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
           for c in o.children if c.dep_ == "acl" and c.lemma_ == "head" and c.tag_ == "VBN"]
    if t.dep_ == "dobj":
        out += [c for c in t.head.children if c.dep_ == "advcl" and c.lemma_ == "head" and c.tag_ == "VBN"
                and c.i == t.right_edge.i + 2 and t.doc[c.i - 1].text == ","]
    return out


def _list_before_it(view: DocView, it: Token) -> Token | None:
    """The list an "it" heading a passive "led/headed/topped by" stands for: the one list noun, an object,
    earlier in its sentence or in the one before ("registered the list of the X party on April 30; it is led
    by Y")."""
    if it.lower_ != "it" or it.dep_ != "nsubjpass" or it.head.lemma_ not in LIST_TOPPING_VERBS:
        return None
    here = view.sentence_of.get(it.i, 0)
    for start in (view.sentences[here].start, view.sentences[here - 1].start if here > 0 else None):
        if start is None:
            break
        lists = [t for t in view.doc[start:it.i] if t.lemma_ in LIST_NOUNS and t.pos_ == "NOUN"
                 and t.dep_ in {"dobj", "nsubjpass"}]  # ("The largest list was submitted by X. It is headed by Y")
        if lists:
            return lists[-1] if len(lists) == 1 else None
    return None


def _number(token: Token) -> int | None:
    text = token.text.replace(",", "")
    return int(text) if text.isdigit() else NUMBER_WORDS.get(token.lower_)


def _copula_opening(sent: Span) -> Token | None:
    """"The five are A; B; and C", "Among them are A; ...": the "are" the names follow, however the
    semicolons were parsed (nothing but the subject's own words before it)."""
    first = next((t for t in sent if not t.is_space and not t.is_punct), None)
    if first is None or first.i + 1 >= sent.end:
        return None
    nxt = sent.doc[first.i + 1]
    # (not the "were" of "Among the candidates whose papers were accepted are A")
    # ("The candidates cleared by the electoral body's council are A; ...": the subject's words may run on)
    be = next((t for t in sent[:12] if t.lemma_ == "be" and t.i > first.i and t.dep_ not in {"aux", "auxpass"}), None)
    if be is None or not (first.lower_ in {"those", "they", "these", "among"} or first.lower_ == "the" and (
            nxt.lower_ in NUMBER_WORDS or nxt.lemma_ in LIST_SUBJECTS | PEOPLE_NOUNS)):
        return None
    if any(t.pos_ == "VERB" and t.tag_ not in {"VBN", "VB"} for t in sent.doc[first.i:be.i]):
        return None
    return be


def _participle_opening(sent: Span) -> Token | None:
    """"Also registered were A, who ...; B of X; and C": the "were" after an opening participle, however the
    semicolons were parsed (the parser may make one of the names the root)."""
    words = [t for t in sent[:4] if not t.is_space and not t.is_punct]
    while words and words[0].tag_ == "RB":
        words = words[1:]
    if len(words) < 2 or words[0].tag_ not in {"VBN", "VBD"} or words[0].dep_ == "amod" \
            or words[1].i != words[0].i + 1 or words[1].lower_ not in {"were", "are", "was", "is"}:
        return None
    return words[1]


def _counted_by(noun: Token) -> int | None:
    """The number a noun is counted by: "three candidates", "nine candidacies"."""
    return next((_number(c) for c in noun.children if c.dep_ == "nummod"), None)


def _seats_told(seats: Token) -> int | None:
    """The count a "seats" token gives: "21 seats"; "25 of the 150 seats" (25: 150 is the total)."""
    doc = seats.doc
    if seats.dep_ == "pobj" and seats.head.lower_ == "of" and seats.head.i >= 1 and doc[seats.head.i - 1].like_num:
        return _number(doc[seats.head.i - 1])
    return next((n for c in seats.children if c.dep_ == "nummod" and (n := _number(c)) is not None), None)


def _seat_count(obj: Token) -> int | None:
    """The number of seats an object counts: "21 seats", "25 of the 150 seats"; "and five seats, while the FL
    won three", the noun said once for both."""
    if obj.pos_ == "NUM" and any(t.lemma_ == "seat" for t in obj.subtree):
        return _number(obj)
    if obj.pos_ == "NUM" and obj.n_lefts == obj.n_rights == 0 and any(t.lemma_ == "seat" and t.tag_ == "NNS"
                                                                      for t in obj.sent):
        return _number(obj)
    if obj.lemma_ == "seat" and obj.tag_ == "NNS":
        return _seats_told(obj)
    return None


def _minority_of_seats(verb: Token) -> bool:
    """Whether the verb's object is a count of seats that another party in the story beat ("The MR won 21
    seats" after "gave the N-VA 25 of the 150 seats"), with no word that makes it the most."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        if {t.lower_ for t in obj.subtree} & {"most", "majority", "largest", "biggest", "all"}:
            return False
        share = _seat_count(obj)
        if share is None:
            continue
        counts = [n for t in verb.doc if t.lemma_ == "seat" and t.tag_ == "NNS" and (n := _seats_told(t)) is not None]
        return any(n > share for n in counts)
    return False


def _ended_term(verb: Token) -> bool:
    """Whether the verb's term is told as over: "from 2012 to 2024", "until 2020"; or as experience ("has run
    several companies and chaired the board of X": a perfect with no "since")."""
    if verb.tag_ in {"VBN", "VBD"} and not any(c.dep_ == "auxpass" for c in verb.children):
        node = verb
        while node.dep_ == "conj" and node.head.tag_ == "VBN" and node.head.i != node.i:
            node = node.head  # ("has run several companies and chaired ...", "chaired" read as a past tense)
        if node.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in node.children) and not any(
                c.dep_ == "prep" and c.lower_ in {"since", "for"} for n in {node, verb} for c in n.children):
            return True
    return any(c.dep_ == "prep" and c.lower_ in {"to", "until", "till"} and any(
        o.dep_ == "pobj" and (re.fullmatch(r"(19|20)\d\d", o.text) or c.lower_ != "to" and o.lemma_ in {"year", "month"}
                              and any(a.lower_ == "last" for a in o.children))  # ("sat in the Senate until last year")
        for o in c.children) for c in verb.subtree if c.head.i == verb.i or c.head.head.i == verb.i)


def _vote_share_phrase(verb: Token) -> bool:
    """Whether the verb has a "with N percent" phrase: a vote's result."""
    return any(c.dep_ == "prep" and c.lower_ == "with" and any(o.ent_type_ == "PERCENT" for o in c.subtree)
               for c in verb.children)


def _in_earlier_term(verb: Token) -> bool:
    """Whether the verb's phrases speak of a legislature now ending or an earlier vote ("seats in the outgoing
    assembly", "the most votes at the last election")."""
    return any(t.lower_ in {"outgoing", "previous", "dissolved", "last", "past"} and t.dep_ == "amod"
               and t.head.lemma_ in EARLIER_TERM_NOUNS for c in verb.children if c.dep_ in {"dobj", "prep"}
               for t in c.subtree)


def _one_of_them(sent: Span) -> bool:
    """Whether a sentence opens on "One of them, X, ..." (or "One of those, X")."""
    return len(sent) > 5 and sent[0].lower_ == "one" and sent[1].lower_ == "of" \
        and sent[2].lower_ in {"them", "those", "these"} and sent[3].text == ","



def _item_marker(sent: Span) -> int | None:
    """Where a list item's text begins after its marker ("1)", "2.", "-", "•", "a)"), or None."""
    words = [t for t in sent if not t.is_space][:2]
    if not words:
        return None
    if words[0].text in {"-", "–", "—", "•", "*", "·"}:
        return words[0].i + 1
    if len(words) == 2 and words[1].text in {")", "."} and (words[0].like_num and len(words[0].text) <= 2
                                                          or len(words[0].text) == 1 and words[0].is_alpha):
        return words[1].i + 1
    if len(words) == 1 and re.fullmatch(r"\d{1,2}[.)]", words[0].text):
        return words[0].i + 1
    return None


def _prefixed(token: Token) -> bool:
    """"de-registered", split by the tokenizer into "de", "-", "registered" and tagged as an adjective."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"de", "re", "un"} \
        and token.lower_.endswith("ed")


MISSION_HEAD_TITLES = frozenset({"chief observer", "chief election observer", "head of mission", "head of the mission",
                                 "deputy chief observer", "deputy head of mission", "deputy head of the mission"})


def core_of(title: Title) -> str:
    return fold(title.text).removeprefix("acting ").strip()


AMONG_IDS = word_ids(["among"])
ALSO_IDS = word_ids(["also"])
COLON_IDS = word_ids([":"])
MET_IDS = word_ids(["met", "meet", "meets"])
WHOM_IDS = word_ids(["whom"])
BOTH_TEAM_IDS = word_ids({"teams", "missions", "delegations", "groups"})
GENERIC_BODY_NOUNS = frozenset({"body", "panel", "watchdog", "regulator"})
TIMETABLE_NOUNS = frozenset({"date", "day", "timetable", "calendar", "schedule"})
ELECTION_WORDS = frozenset({"election", "vote", "poll", "ballot", "race", "contest", "by-election", "runoff",
                            "run-off", "round", "primary", "referendum"})
ABSENT_WORDS = frozenset({"missing", "absent", "left", "excluded", "dropped", "omitted", "rejected", "barred"})
LIST_NOUNS = frozenset({"list", "slate", "ticket"})
BALLOT_NOUNS = frozenset({"ballot", "field", "lineup", "line-up"})  # "The ballot will include A and B": who was cleared
COUNTED_CANDIDACY_NOUNS = frozenset({"candidate", "candidacy", "candidature", "nominee", "contender", "hopeful",
                                     "aspirant", "list", "ticket"})
REFUSAL_WORDS = frozenset({"reject", "rejected", "disqualified", "disqualify", "excluded", "exclude", "barred", "bar",
                           "deregistered", "refused", "former", "unsuccessful", "would-be"})
COUNTED_CANDIDACY_IDS = word_ids({"candidates", "candidacies", "candidatures", "nominees", "contenders", "lists",
                                  "tickets"})
CANDIDATE_LIST_IDS = COUNTED_CANDIDACY_IDS | word_ids({"pair", "ticket", "duo", "tandem", "winners", "victors", "mate",
                                                     "challenger", "challengers", "rival", "rivals"})
LIST_IDS = word_ids(LIST_NOUNS)
TICKETS_IDS = word_ids({"tickets"})
LIST_TOPPING_VERBS = frozenset({"top", "head", "lead"})
EARLIER_TERM_NOUNS = frozenset({"assembly", "parliament", "legislature", "house", "chamber", "council", "majlis",
                                "election", "vote", "poll", "polls", "elections"})
REGISTERING_LEMMAS = frozenset({"register", "approve", "clear", "validate", "accept", "admit"})
CANDIDACY_WORDS = frozenset({"candidate", "nominee", "register", "registered", "contender", "candidacy"})
MONARCH_TITLES = frozenset({"king", "queen", "emir", "sultan", "grand duke"})
FACING_VERBS = frozenset({"face", "challenge"})
RIVAL_NOUNS = frozenset({"challenger", "rival", "opponent", "candidate", "contender"})
FIELDED_IDS = word_ids({"candidates", "nominees"})
IT_IDS = word_ids({"it"})
LIST_SUBMITTING_VERBS = frozenset({"submit", "file", "present", "lodge", "publish", "unveil", "register"})
LIST_FIELDING_VERBS = frozenset({"field", "run"})  # "the KDF is fielding a list": the subject's own list
FIELDING_VERBS = frozenset({"field", "nominate", "present", "register", "submit", "name"})
LIST_PLACE_VERBS = frozenset({"be", "run", "rank", "place", "stand", "appear", "feature", "figure", "sit"})
NOT_LIST_OWNERS = frozenset({"commission", "committee", "council", "court", "tribunal", "jury", "board", "authority",
                             "agency", "office", "ministry", "institute", "cec"})
COURT_NAME_WORDS = frozenset({"court", "tribunal"})
PANEL_NAME_WORDS = frozenset({"commission", "committee", "council", "board", "tribunal", "jury", "authority"})
HABITUAL_WORDS = frozenset({"only", "usually", "always", "generally", "normally", "typically", "often", "rarely",
                            "routinely", "traditionally"})
DECISION_NOUNS = frozenset({"decision", "ruling", "order", "resolution", "move"})
PROPOSAL_NOUNS = frozenset({"request", "petition", "motion", "bid", "proposal", "demand", "call", "attempt",
                            "application", "complaint", "challenge", "appeal", "objection", "invitation", "offer"})
REFUSING_VERBS = frozenset({"reject", "dismiss", "deny", "refuse", "turn", "throw", "decline", "overrule", "rebuff",
                            "block"})
OVERTURNING_VERBS = frozenset({"overturn", "annul", "quash", "reverse", "revoke", "cancel", "invalidate", "nullify",
                               "rescind", "overrule", "void"})


def _confirmed_plan(verb: Token, lex: Lexicon) -> bool:
    """"The party confirmed that X would contest the seat": a candidacy announced, not a conjecture."""
    return verb.dep_ == "ccomp" and verb.head.lemma_ in {"confirm", "announce"} \
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children) \
        and not any(c.dep_ == "neg" or c.dep_ == "advcl" and any(m.lower_ in {"if", "unless"} for m in c.children)
                    for c in verb.children) and not _blocked(verb.head, lex)


def _courts_only(view: DocView, sources: list[tuple[int, float]]) -> bool:
    """Whether every source is a court or tribunal (and there is one)."""
    return bool(sources) and all(COURT_NAME_WORDS & set(fold(view.entities[s].name).split()) for s, _ in sources)


def _future(verb: Token) -> bool:
    """"will meet", "is to travel", "is due to arrive": an act the text plans rather than reports."""
    node = verb
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in {"will", "shall", "'ll", "wo"} for c in node.children):
            return True
        if node.dep_ == "pcomp" and node.head.lower_ == "before" and node.head.head.i != node.head.i:
            node = node.head.head  # "will visit Durban on Friday before returning to Lusaka": not yet either
            continue
        if node.dep_ not in {"xcomp", "conj"} or node.head.i == node.i:
            return False
        node = node.head
    return False


PROMISED_SENDING = {"send", "deploy", "dispatch", "field"}


def _promised_only(verb: Token) -> bool:
    """"is expected to deploy a mission", "intends to send ...", "will send observers": observers promised,
    not yet there. A promise with its numbers or its posts ("will deploy 42 observers", "would send observers
    to all polling stations") counts as the mission's plan."""
    if verb.dep_ == "xcomp" and verb.head.lemma_ in {"expect", "intend", "plan", "hope", "want", "consider", "aim"}:
        return True
    if verb.dep_ == "acl" and verb.head.lemma_ in {"invitation", "plan", "offer", "request"}:
        return True  # "has accepted an invitation to send a team"
    if not any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in verb.children):
        return False
    sent = [t for c in verb.children if c.dep_ in {"dobj", "prep"} for t in c.subtree]
    # ("will deploy teams to Punjab, Sindh and Balochistan", the places hung on the teams; not "to the first round")
    posts = [c for c in (*verb.children, *(x for o in verb.children if o.dep_ == "dobj" for x in o.children))
             if c.dep_ in {"prep", "dative"} and c.lower_ == "to"]
    return not any(t.like_num or t.ent_type_ == "CARDINAL" for t in sent) and not any(
        not any(o.lemma_ in {"round", "vote", "election", "poll", "ballot"} for o in c.children) for c in posts)


def _party_sat_for(view: DocView, house: int, after: int) -> int | None:
    """The party named in "of <house> for (the) <party>" just after a member's title, if any."""
    doc = view.doc
    m = next((m for m in view.mentions if m.entity == house and after <= m.start <= after + 3), None)
    if m is None or m.end + 1 >= len(doc) or doc[m.end].lower_ != "for":
        return None
    k = m.end + 1 + (doc[m.end + 1].lower_ == "the")
    party = view.at.get(k)
    if party is None or party.start != k or party.type != "Organization" or not is_party(view.entities[party.entity],
                                                                                         view.lex):
        return None
    return party.entity


def _titled_holder(view: DocView, name: Token) -> list[Token]:
    """"... and of Alliance for Democracy (AFORD) president Enoch Chihana": not the body but the person its
    title names, up to the next comma; a name otherwise."""
    m = view.at.get(name.i)
    if m is None or m.type != "Organization":
        return [name]
    doc = view.doc
    end = next((k for k in range(m.end, min(len(doc), m.end + 12)) if doc[k].text in {",", ";"}), m.end)
    person = next((p for p in view.mentions if p.type == "Person" and m.end <= p.start < end), None)
    return [doc[person.end - 1]] if person is not None else [name]


def _time_clause_tokens(node: Token) -> set[int]:
    """The words of the "after ..."/"before ..." clauses under a node: another act's time ("set the date by a
    decree issued on January 21, after a new constitution was approved in a referendum")."""
    return {x.i for c in node.subtree if c.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in {"after", "before", "since", "until", "when"} for m in c.children)
        for x in c.subtree}


def _record_year(props: dict[str, Any]) -> str:
    """An election's year as its record gives it (its year, or its date's), "" when it gives none."""
    return str(props.get("year") or str(props.get("date") or "")[:4])


def _other_years_election(view: DocView, trigger: Token) -> bool:
    """Whether the trigger's clause names an election of a year other than the story's own."""
    main = view.main_election
    own = _record_year(view.entities[main].props) if main is not None else ""
    return any(m.type == "Election" and view.entities[m.entity].props.get("year")
               and str(view.entities[m.entity].props["year"]) != own
               and trigger.left_edge.i <= m.start <= trigger.right_edge.i for m in view.mentions)


def _earlier_one(election: Token) -> bool:
    """"the last general election", "the previous elections": an election before the one reported."""
    return any(c.lower_ in {"previous", "last", "past", "earlier"} and c.dep_ == "amod" for c in election.children)


def _list_subject_before(sent: Span) -> bool:
    """"The list was read out by X. It includes A and B": the sentence before is about a list."""
    if sent.start == 0:
        return False
    before = sent.doc[sent.start - 1].sent
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_ in LIST_SUBJECTS for c in before.root.children)


def _with_no(noun: Token) -> bool:
    """"no observers", "no candidate"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _denied(noun: Token) -> bool:
    """A noun its clause denies: "did not invite observers from Russia", "no observers were invited"; or
    only invites: "said it had invited observers from the African Union" (asked, not come)."""
    if _with_no(noun):
        return True
    if noun.dep_ == "dobj" and noun.head.lemma_ == "invite":
        return True
    return noun.dep_ in {"dobj", "nsubjpass"} and any(c.dep_ == "neg" for c in noun.head.children)


def _complement(verb: Token) -> bool:
    """A clause completing the verb above it: "refused to certify X", "said it would register X", also
    with the infinitive read as an adverbial clause ("refused in September to certify X")."""
    return verb.dep_ in {"xcomp", "ccomp"} or verb.dep_ == "advcl" and verb.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


PLANNED_WORDS = frozenset({"due", "set", "expected", "scheduled", "slated"})


def _blocked(trigger: Token, lex: Lexicon, past_plan_done: bool = False) -> bool:
    """Negated, modal or hypothetical: "did not register", "may nominate", "plans to field". With
    `past_plan_done`, a past plan is taken as made ("X, who was to lead the party's list": placed there)."""
    if trigger.tag_ in {"VBZ", "VBP"} and any(c.dep_ == "advmod" and c.lower_ in HABITUAL_WORDS
                                               for c in trigger.children):
        return True  # "the organisation only sends missions to presidential elections": a habit, no event
    node = trigger
    for _ in range(5):
        for child in node.children:
            if child.dep_ == "neg" or child.lower_ in {"not", "n't", "never"}:
                return True
            if child.dep_ == "aux" and any(g.dep_ == "neg" for g in child.children):
                return True  # "did not, however, disqualify X", the "not" hung on "did"
            if child.dep_ == "aux" and child.lower_ in lex.modal_words and not (
                    child.lower_ == "would" and _reported_designation(node)):
                return True
            if child.lower_ == "yet" and node.lemma_ == "have":
                return True  # "has yet to meet"
            if child.dep_ == "mark" and child.lower_ in {"if", "unless"} and node.dep_ == "advcl":
                return True  # "would be the first woman to lead the country if she wins": a condition
            if child.dep_ in {"nsubj", "nsubjpass", "preconj"} and child.i < node.i \
                    and (child.lower_ in {"neither", "nobody", "none", "nothing"} or any(
                        d.dep_ == "det" and d.lower_ in {"neither", "no"} for d in child.children)):
                return True  # "neither won a majority", "neither bloc won a majority"
        if _complement(node) and (node.head.lemma_ in lex.hypothetical_verbs | lex.negation_words
                                  or node.head.lower_ in lex.hypothetical_verbs):
            return True  # ("had refused in September to certify X", the infinitive read as an adverbial clause)
        if node.dep_ in {"xcomp", "ccomp", "advcl", "dobj"} and node.tag_ == "VBG" and node.head.lemma_ == "rule" \
                and any(c.dep_ == "prt" and c.lower_ == "out" for c in node.head.children):
            return True  # "has ruled out running for the regional parliament"
        if node.dep_ == "xcomp" and node.head.lower_ in {"set", "poised", "slated", "tipped"} and any(
                c.lemma_ == "be" for c in node.head.children):
            return True  # "X is set to become the next president": foreseen, not done
        if node.dep_ == "xcomp" and node.head.lemma_ == "be" and node.tag_ == "VB" \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) \
                and not (past_plan_done and node.head.lower_ in {"was", "were"}) \
                and not any(c.i < node.i and (c.dep_ == "prep" and c.lower_ in {"in", "at", "on"}
                                              or c.dep_ == "advmod" and c.lower_ in {"here", "there"})
                            for c in node.head.children):
            return True  # "Moeller is to travel on to Belgrade on Tuesday": planned (not "is in Hobart this week
            # to follow the elections": there for that)
        if node.dep_ in {"xcomp", "advcl"} and node.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                                                         for c in node.children) \
                and (node.head.lower_ == "due" or node.head.lemma_ == "be" and any(
                    c.dep_ == "acomp" and c.lower_ == "due" for c in node.head.children)):
            return True  # "X is also due to meet Y later this week": planned
        if node.dep_ in {"acl", "ccomp", "relcl"} and node.head.pos_ == "NOUN" and \
                node.head.lemma_ in REPORT_NOUNS and node.head.head.lemma_ in DENIAL_VERBS:
            return True  # "denied reports that X had met Y"
        if node.dep_ == "acl" and node.head.dep_ == "dobj" and (
                node.head.head.lemma_ in lex.hypothetical_verbs or node.head.head.lower_ in lex.hypothetical_verbs):
            return True  # "was considering an invitation to observe the vote": not yet decided
        if node.dep_ == "acl" and _with_no(node.head):
            return True  # "had received no invitation to observe the elections", "no plans to deploy a mission"
        if node.dep_ == "acl" and node.head.lemma_ in DECISION_NOUNS and node.head.dep_ in {"nsubjpass", "dobj"} \
                and node.head.head.lemma_ in OVERTURNING_VERBS:
            return True  # "the decision to register X was overturned": undone
        if node.dep_ == "acl" and node.head.lemma_ in {"refusal", "failure"} \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True  # "upheld the CEC's refusal to register X": not registered
        if node.dep_ == "acl" and node.head.lemma_ in PROPOSAL_NOUNS and node.head.head.lemma_ in REFUSING_VERBS \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
            return True  # "rejected a request by the X party to disqualify Y", "declined an invitation to meet the
            # group": asked for and refused
        if _contrasting(node):
            break  # "X has not said whether he will run, while Y was endorsed by his party": Y's is asserted
        if node.dep_ in {"xcomp", "conj", "acl", "pcomp", "advcl", "ccomp"} and node.head.i != node.i:
            coordinated = node.dep_ == "conj"
            clause = node.dep_
            node = node.head
            if node.pos_ not in {"VERB", "AUX", "NOUN"}:
                break
            if clause == "acl" and node.pos_ == "NOUN" and node.dep_ == "dobj" and node.head.pos_ == "VERB":
                node = node.head  # "failed to collect the signatures needed to nominate X": the act's own verb
            if not coordinated and (node.lemma_ in lex.hypothetical_verbs or node.lower_ in lex.hypothetical_verbs
                                    or node.lemma_ in DENIAL_VERBS and node.i != trigger.i):
                return True  # ("rejected a petition and approved X": two acts, the second asserted)
        else:
            break
    return False


LEAVING_LEMMAS = frozenset({"resign", "quit", "leave", "defect"})
LEAVING_IDS = word_ids(["resigned", "resigns", "resigning", "quit", "quits", "quitting", "left", "leaves", "leaving",
                        "defected", "defects", "defecting"])


def _bodies_left(view: DocView) -> set[tuple[int, int]]:
    """(person, body) pairs where the story says the person resigned from, quit, left or defected from the body
    ("the sitting MP, X, resigned from Parliament and from the PAP"): no longer a member there."""
    out: set[tuple[int, int]] = set()
    for verb in tokens_among(view.doc, LEAVING_IDS):
        if verb.lemma_ not in LEAVING_LEMMAS or verb.pos_ != "VERB" or _blocked(verb, view.lex):
            continue
        people = [hit[0] for c in verb.children if c.dep_ == "nsubj" and c.pos_ != "PRON"  # (a name, not "he")
                  and (hit := view.resolve(c, frozenset({"Person"}))) is not None]
        if not people:
            continue
        objects = [o for c in verb.children if c.dep_ == "dobj" for o in list_items(c)]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
            objects += prep_objects(prep)
            again = repeated_prep(prep)  # ("from Parliament and from the PAP")
            objects += prep_objects(again) if again is not None else []
        for o in objects:
            body = view.resolve(o, frozenset({"Organization"}))
            if body is not None:
                out.update((p, body[0]) for p in people)
    return out


def _reported_designation(node: Token) -> bool:
    """"The party confirmed that X would be its candidate": the "would" of reported speech, on a copula with a
    nominee noun, says what was decided, not what might be."""
    return node.lemma_ == "be" and node.dep_ == "ccomp" and node.head.tag_ == "VBD" \
        and node.head.lemma_ in REPORTING_VERBS and any(c.dep_ == "attr" and c.lemma_ in NOMINEE_NOUNS
                                                         for c in node.children) \
        and not any(t.lower_ in {"if", "unless"} for t in node.subtree)


class RelationEngine:
    def __init__(self, patterns: list[Pattern], lexicon: Lexicon) -> None:
        self.lex = lexicon
        self.patterns = patterns
        self.verb_rows: dict[str, list[Pattern]] = {}
        self.noun_rows: dict[str, list[Pattern]] = {}
        self.other_rows: dict[str, list[Pattern]] = {}
        self._trigger_keys: frozenset[str] | None = None
        self._trigger_hashes: dict[int, bool] = {}  # string id -> whether some row fires on it
        for p in patterns:
            if p.kind in {"verb", "noun"}:
                table = self.verb_rows if p.kind == "verb" else self.noun_rows
                for lemma in p.lemmas:
                    table.setdefault(lemma, []).append(p)
            else:
                self.other_rows.setdefault(p.kind, []).append(p)

    def __call__(self, view: DocView) -> list[Found]:
        found: list[Found] = []
        pending: list[PendingList] = []
        keep = self._keep
        keep(found, "titles", self._titles, view)  # first: it also links title tokens to people
        keep(found, "senders", self._senders, view)
        keep(found, "joint missions", self._joint_missions, view)
        keep(found, "bracket parties", self._bracket_parties, view)
        keep(found, "person of party", self._person_of_party, view)
        keep(found, "led compounds", self._led_compounds, view)
        keep(found, "government heads", self._government_heads, view)
        keep(found, "party lists", self._party_lists, view)
        keep(found, "between pairs", self._between_pairs, view)
        keep(found, "reciprocal meetings", self._reciprocal_meetings, view)
        for token in self._trigger_candidates(view.doc):
            if token.pos_ in {"VERB", "AUX"} or token.tag_ in {"VBN", "VBG", "VBD"} or _prefixed(token):
                rows = self._verb_rows_for(token)
                if rows:
                    keep(found, f"verb {token.text!r}", self._verb, view, token, rows, pending)
            if token.pos_ in {"NOUN", "PROPN"} and not (token.i in view.at and view.at[token.i].type == "Person"):
                rows = self.noun_rows.get(token.lemma_.lower()) or self.noun_rows.get(token.lower_)
                if rows:
                    keep(found, f"noun {token.text!r}", self._noun, view, token, rows)
        keep(found, "lists", self._lists, view, pending)
        keep(found, "item lists", self._item_lists, view, pending)
        view.pending = pending
        keep(found, "members lists", self._members_lists, view)
        keep(found, "candidate lists", self._candidate_lists, view)
        keep(found, "observer delegations", self._observer_delegations, view, found)
        # "published the list of 22 candidates cleared to run, after turning down 11 applications, including that
        # of X": X's is the refusal the sentence tells of him, not the list
        refused = {(f.source, f.target, f.sentence.start): f.trigger for f in found
                   if f.type == "REJECTED_CANDIDACY" and f.trigger is not None}
        found[:] = [f for f in found if not (
            f.type == "APPROVED_CANDIDACY" and (trigger := refused.get((f.source, f.target, f.sentence.start)))
            is not None and any(m.entity == f.target and trigger.left_edge.i <= m.start <= trigger.right_edge.i
                                for m in view.mentions))]
        left = _bodies_left(view)
        found[:] = [f for f in found if not (f.type in {"MEMBER_OF", "HOLDS_POSITION", "HEADS"}
                                             and (f.source, f.target) in left)]
        keep(found, "shared acts", self._shared_acts, view, found)
        keep(found, "numbered rivals", self._numbered_rivals, view, found)
        keep(found, "derived", self._derived, view, found)
        keep(found, "counted approvals", self._counted_approvals, view, found)
        # a needs-assessment mission comes before any observation: it observes nothing itself
        # (an "election assessment mission" does assess the election)
        # (nor does an exploratory mission, "assessing whether to deploy a full observation mission")
        assessing = {m.entity for m in view.mentions if m.type == "Delegation"
                     and any(t.lower_ == "assessment" and t.i > m.start and (view.doc[t.i - 1].lower_ in {
                         "needs", "-", "pre-election"} or view.doc[max(0, t.i - 3)].lower_ == "pre")
                         or t.lower_ == "exploratory" for t in view.doc[m.start:m.end])}
        return [f for f in found if not (f.type == "OBSERVES" and f.source in assessing)]

    def _trigger_candidates(self, doc: Doc) -> Iterator[Token]:
        """The tokens whose lemma or lower-case form some verb or noun row fires on, in order: a cheap
        first look over the token arrays (each distinct word is looked up once)."""
        keys = self._trigger_keys
        if keys is None:
            prefixed = [k.split("-", 1)[1] for k in self.verb_rows if "-" in k]
            # (and their participles: "de-registered" tagged as an adjective keeps "registered" as its lemma)
            keys = self._trigger_keys = frozenset(self.verb_rows) | frozenset(self.noun_rows) | frozenset(
                prefixed) | frozenset(f"{k}{'d' if k.endswith('e') else 'ed'}" for k in prefixed)
        known = self._trigger_hashes
        if len(known) > 1 << 18:
            known.clear()  # (a long-running worker meets new words without end)
        strings = doc.vocab.strings
        words = doc.to_array([LEMMA, LOWER])
        good: list[int] = []
        distinct: set[int] = set(words.ravel().tolist())  # type: ignore[arg-type]
        for h in distinct:  # (each distinct word once)
            hit = known.get(h)
            if hit is None:
                hit = known[h] = strings[h].lower() in keys
            if hit:
                good.append(h)
        if not good:
            return
        wanted = numpy.array(good, dtype=words.dtype)
        for k in numpy.flatnonzero(numpy.isin(words[:, 0], wanted) | numpy.isin(words[:, 1], wanted)).tolist():
            yield doc[k]

    @staticmethod
    def _keep(found: list[Found], rule: str, make: Callable[..., Iterable[Found]], *args: Any) -> None:
        """Run one rule; a rule that breaks on some text loses only its own relations, and says so."""
        try:
            found.extend(list(make(*args)))
        except Exception:
            log.exception("relation rule %s failed on this text; the other rules' relations are kept", rule)

    def _members_lists(self, view: DocView) -> Iterator[Found]:
        """"Among its 27 members are X and Y": members of whatever "its" refers to."""
        among = {view.sentence_of[t.i] for t in tokens_among(view.doc, AMONG_IDS)}
        for p in self.other_rows.get("members_list", []):
            for k, sent in enumerate(view.sentences):
                root = sent.root
                subject = next((c for c in root.children if c.dep_ == "nsubj" and c.lemma_ == "member"
                                and c.tag_ == "NNS"), None) if root.lemma_ == "be" and k not in among else None
                owner_word = next((c for c in subject.children if c.dep_ == "poss"), None) \
                    if subject is not None else None
                owned = view.resolve(owner_word, frozenset({"Delegation"})) if owner_word is not None else None
                if owned is not None:
                    # "Its other members are A, a Dutch specialist in electoral law, and B": the team's
                    for person in view.persons_between(root.i + 1, sent.end):
                        yield Found(p.type, person, owned[0], round(p.confidence * owned[1] * 0.9, 3), sent, p.id)
                    continue
                if k not in among:
                    continue  # (every such list says "among")
                first = next((t for t in sent if not t.is_space), None)
                mid = first is not None and first.lower_ != "among"
                if mid:
                    # "Its eleven members come from seven states; among them are A; B; and C"
                    first = next((t for t in sent if t.lower_ == "among" and t.i + 1 < sent.end
                                  and view.doc[t.i + 1].lower_ == "them"
                                  and any(x.lemma_ == "member" for x in view.doc[sent.start:t.i])), None)
                if first is None:
                    continue
                members = next((t for t in view.doc[sent.start:max(first.i, sent.start + 8)]
                                if t.lemma_ == "member"), None)
                if members is None:
                    # "The CIS mission ... numbers 300 observers. Among them are A and B": the mission's
                    team = self._team_before(view, sent, first)
                    if team is not None:
                        for person in view.persons_between(self._list_start(sent), sent.end):
                            yield Found(p.type, person, team, round(p.confidence * 0.9, 3), sent, p.id)
                    continue
                owner_token = next((c for c in members.children if c.dep_ == "poss"), None) or next(
                    (c for c in members.children if c.dep_ in {"compound", "nmod"} and c.i in view.at
                     and view.at[c.i].type in {"Organization", "Delegation"}), None) or next(
                    # "Among the members of the delegation are A and B"
                    (o for c in members.children if c.dep_ == "prep" and c.lower_ == "of"
                     for o in c.children if o.dep_ == "pobj"), None)  # "Among the MRP members"
                if owner_token is None:
                    continue
                owner = view.resolve(owner_token, p.target_types)
                if owner_token.lower_ in {"its", "their"} and k > 0 and owner is not None \
                        and view.type_of(owner[0]) != "Delegation":
                    # "The 12-member group is headed by X and brings together activists from eight Commonwealth
                    # countries. Among its members are A and B": the team the sentence before is about
                    told = [view.at[c.i].entity if c.i in view.at
                            else (view.resolve(c, frozenset({"Delegation"})) or (-1, 0.0))[0] if c.pos_ == "NOUN"
                            else -1
                            for c in view.sentences[k - 1].root.children if c.dep_ in {"nsubj", "nsubjpass"}]
                    team = next((e for e in told if e >= 0 and view.type_of(e) == "Delegation"), None)
                    if team is not None:
                        owner = (team, owner[1])
                if owner is None or mid and view.type_of(owner[0]) != "Delegation":
                    continue  # (a mid-sentence "among them" only for a delegation's members)
                for person in view.persons_between(max(self._list_start(sent), first.i), sent.end):
                    yield Found(p.type, person, owner[0], round(p.confidence * owner[1], 3), sent, p.id)

    @staticmethod
    def _team_before(view: DocView, sent: Span, first: Token) -> int | None:
        """"Among them": the delegation the sentence before is about (its subject)."""
        if first.i + 1 >= sent.end or view.doc[first.i + 1].lower_ not in {"them", "those"}:
            return None
        here = view.sentence_of.get(first.i, 0)
        if here == 0:
            return None
        root = view.sentences[here - 1].root
        for c in root.children:
            if c.dep_ in {"nsubj", "nsubjpass"}:
                hit = view.resolve(c, frozenset({"Delegation"}))
                if hit is not None and view.type_of(hit[0]) == "Delegation":
                    return hit[0]
        return None

    def _observer_delegations(self, view: DocView, found: list[Found]) -> Iterator[Found]:
        """An observer or observation mission observes the election the article is about (unless the words
        already said which one it observed: "a team that monitored both rounds of the parliamentary election")."""
        if view.main_election is None:
            return
        # (elections held with the main one, "the presidential and parliamentary elections", are not others)
        group = {view.main_election, *(e for o in view.mentions if o.entity == view.main_election
                                       for e in o.props.get("also") or [])}
        group |= {o.entity for o in view.mentions if o.type == "Election" and group & set(o.props.get("also") or [])}
        told = {f.source for f in found if f.type == "OBSERVES" and f.trigger is not None} - {
            f.source for f in found if f.type == "OBSERVES" and f.trigger is not None and f.target in group}
        for p in self.other_rows.get("observer_delegation", []):
            for e, record in enumerate(view.entities):
                if record.type != "Delegation" or e in told:
                    continue
                said = [m for m in view.mentions if m.entity == e]
                # (not "The EU has said it will send an electoral observation mission": none yet; nor a
                # delegation come for talks, of a body that "intends to send an observation mission")
                there = [m for m in said if not ((root := view.root_of(m)).dep_ == "dobj"
                                                 and root.head.lemma_ in PROMISED_SENDING
                                                 and _promised_only(root.head)) and not _denied(root)]
                words = {w for m in there for w in fold(m.name).split()}
                # ("Missions of the CIS and the SCO called the vote free and transparent": a verdict on the vote)
                judged = any((root := view.root_of(m)).dep_ == "nsubj" and root.head.lemma_ in VERDICT_VERBS and any(
                    (o := view.at.get(t.i)) is not None and o.type == "Election" for t in root.head.subtree
                    if t.i > root.i) for m in there)
                if not words & {"observer", "observers", "observation", "monitors", "monitoring", "assessment"} \
                        and not judged:
                    continue
                # ("A mission of ECOWAS arrived ahead of Togo's legislative and regional elections": both)
                sents = [view.sent(view.doc[m.start]) for m in said]
                both: list[int] = next((o.props["also"] for o in view.mentions if o.entity == view.main_election
                             and o.props.get("also") and any(x.start <= o.start < x.end for x in sents)), [])
                for target in dict.fromkeys([view.main_election, *both]):
                    yield Found(p.type, e, target, p.confidence, view.sent(view.doc[said[0].start]), p.id)

    def _verb_rows_for(self, token: Token) -> list[Pattern] | None:
        """Rows for a verb, reading "de-registered" / "re-elected" (split by the tokenizer) as one word."""
        doc = token.doc
        lemma = token.lemma_.lower()
        if token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ in {"de", "re", "un", "co"}:
            prefix = doc[token.i - 2].lower_
            rows = self.verb_rows.get(f"{prefix}-{lemma}")
            if not rows and token.tag_ == "JJ" and lemma.endswith("ed"):
                # "de-registered" tagged as an adjective, its lemma the participle itself
                rows = self.verb_rows.get(f"{prefix}-{lemma[:-2]}") or self.verb_rows.get(f"{prefix}-{lemma[:-1]}")
            if rows or prefix in {"de", "un"}:
                return rows  # "de-registered" is not "registered"
        return self.verb_rows.get(lemma) or self.verb_rows.get(token.lower_)

    # -- roles ----------------------------------------------------------------------------
    @staticmethod
    def _ancestor_agents(verb: Token) -> list[Token]:
        """"The JNE found that the omission was an error and cleared her": when the parser gives a
        coordinated verb the wrong subject, the subjects of the clauses above it."""
        node = verb
        for _ in range(3):
            if node.dep_ not in {"conj", "ccomp"} or node.head.i == node.i:
                return []
            if node.dep_ == "ccomp" and node.head.lemma_ in REPORTING_VERBS:
                return []  # "The pair carried 36 provinces, X said": X reports, and did not carry them
            node = node.head
            agents = [c for c in node.children if c.dep_ == "nsubj"]
            if agents and node.dep_ not in {"conj", "ccomp"}:
                return agents
        return []

    @staticmethod
    def _issuer(instrument: Token) -> list[Token]:
        """Who issued a decree: "a resolution of the CEC", "a decree signed by X", else the subject of "X
        signed a decree"."""
        owners = [o for p in instrument.children if p.dep_ == "prep" and p.lower_ in {"of", "by", "from"}
                  for o in p.children if o.dep_ == "pobj" and o.pos_ in {"PROPN", "NOUN"}]
        owners += [c for c in instrument.children if c.dep_ == "poss"]  # "the CEC's resolution"
        if owners:
            return owners
        for clause in instrument.children:
            if clause.dep_ in {"acl", "relcl"}:
                agents = [a for a in build_frame(clause).agents if a.i != instrument.i]
                if agents:
                    return agents
                # "a decree adopted at the Council of Ministers", "... at a meeting of the cabinet": the council's
                places = [o for p in clause.children if p.dep_ == "prep" and p.lower_ == "at"
                          for o in p.children if o.dep_ == "pobj"]
                places = [x for o in places for x in ([o] if o.lower_ in {"council", "cabinet", "government"} else [
                    g for q in o.children if q.dep_ == "prep" and q.lower_ == "of" for g in q.children
                    if g.dep_ == "pobj" and g.lower_ in {"council", "cabinet", "government"}]
                    if o.lemma_ in {"meeting", "session", "sitting"} else [])]
                if places:
                    return places
        verb = governing_verb(instrument)
        return build_frame(verb).agents if verb is not None else []

    def _role_tokens(self, view: DocView, role: str, frame: Frame | None, trigger: Token,
                     through: frozenset[str], need_through: bool = False) -> list[Token]:
        if role == "agent":
            tokens = frame.agents if frame else []
            # "a decree ... calling a snap election": whoever issued the decree
            tokens = [a for t in tokens for a in (self._issuer(t) if t.lemma_ in INSTRUMENT_NOUNS else [t])]
            # "nominated by a coalition of 12 parties led by A and B": the parties that lead it
            tokens = [a for t in tokens for a in (_coalition_leaders(t) or [t])]
            # "Elections Canada said its returning officers had confirmed 2,010 candidates": the body
            tokens = [a for t in tokens for a in (_body_of_its_staff(t) or [t])]
            # "X and 29 other candidates handed in their papers", the verb hung on the candidates: X too
            tokens = tokens + [t.head for t in tokens if t.dep_ == "conj" and t.lemma_ in CANDIDATE_NOUNS
                               and any(c.lower_ == "other" for c in t.children) and t.head not in tokens]
            if not tokens and frame is not None and frame.passive:
                # "The election was called in a decree signed on October 19 by X": whoever issued the decree
                tokens = [a for word in ("in", "through") for t in frame.preps.get(word, [])
                          if t.lemma_ in INSTRUMENT_NOUNS for a in self._issuer(t)]
            if not tokens and frame is not None and frame.passive and trigger.lemma_ in REPORTED_ACTS:
                # "... while X was nominated for Thakurgaon-1, the party said": the body telling of its own act
                tokens = _reporting_body(trigger)
        elif role == "patient":
            tokens = frame.patients if frame else []
            if len(tokens) > 1:
                # "refused to register a fourth, the commission's chairwoman, X, told reporters": the speaker
                # read as a second object
                tokens = [t for t in tokens if not (t.i > tokens[0].i and _ends_in_speaker(t))]
            if trigger.dep_ == "acl" and trigger.lemma_ in {"lead", "head"} and view.doc[trigger.i - 1].text == ",":
                # "a delegation from the SADC Parliamentary Forum, led by X": the delegation, not the body it is from
                tokens = [t.head.head if t.dep_ == "pobj" and t.head.lower_ in {"from", "of"}
                          and t.head.head.lemma_ in {"delegation", "mission", "team", "group", "observer"} else t
                          for t in tokens]
                # ("has sent a five-member team to observe the vote, led by X": the team, not the vote)
                tokens = [sent[0] if t.lemma_ in {"vote", "election", "poll", "ballot"} and t.dep_ == "dobj"
                          and t.head.dep_ in {"advcl", "xcomp"} and t.head.head.lemma_ in SENDING_VERBS
                          and (sent := [c for c in t.head.head.children if c.dep_ == "dobj"]) else t for t in tokens]
            if trigger.lemma_ in {"lead", "head"}:
                # "admitted the presidential ticket of Fuerza Andina, headed by X": the ticket is headed, not the party
                tokens = [t for t in tokens if not (t.dep_ == "pobj" and t.head.lower_ == "of"
                                                    and t.head.head.lemma_ in {"list", "ticket", "slate"})]
            if not tokens and trigger.dep_ == "advcl" and trigger.lemma_ in {"lead", "head"} \
                    and trigger.head.lemma_ in SENDING_VERBS:
                # "would deploy 25 observers to monitor the vote, led by X": the team sent
                tokens = [c for c in trigger.head.children if c.dep_ == "dobj"]
            # "elected two newcomers, A and B": the people the plural noun is set beside
            tokens = [x for t in tokens for x in _people_set_beside(t)]
            # "registered A and his running mate, B", the name hung on A: B
            tokens = [next((c for c in t.head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > t.i), t)
                      if t.lemma_ == "mate" and t.dep_ == "conj" and not any(c.dep_ == "appos" for c in t.children)
                      else t for t in tokens]
            if trigger.lemma_ in {"elect", "re-elect", "reelect"}:
                # (not "the first woman elected president", the office read as the one elected)
                # ("Its president, X, was elected in St. Lucy": the name the office's apposition gives is)
                tokens = [t for t in tokens if not (t.lower_ in ELECTED_OFFICE_KINDS and t.i not in view.at and not any(
                    c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in t.children))]
        elif role.startswith("prep:"):
            word = role[5:]
            if frame is not None:
                tokens = frame.preps.get(word, [])
                # "On Thursday, X called on Chief Election Commissioner Y", the name parsed as the object after
                # a bare "on"
                bare = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ == word and c.n_rights == 0]
                tokens = tokens + [o for c in bare for o in trigger.children
                                   if o.dep_ == "dobj" and o.left_edge.i == c.i + 1]
                if word == "to" and tokens and trigger.dep_ == "xcomp":
                    # "voted to grant registration to A; to B; and to C", the later ones hung on "voted"
                    tokens = tokens + [o for c in trigger.head.children if c.dep_ == "prep" and c.lower_ == word
                                       and c.i > trigger.i and view.doc[c.i - 1].text in {";", ",", "and"}
                                       for o in prep_objects(c)]
                if not tokens and word == "to" and trigger.lemma_ == "concede":
                    # "conceded defeat to X": the winner hung on the object
                    tokens = [o for t in frame.patients for c in t.children if c.dep_ == "prep" and c.lower_ == word
                              for o in prep_objects(c)]
                if not tokens and word == "against":
                    # "will defend her seat against X": the rival hung on the object
                    tokens = [o for t in frame.patients for c in t.children if c.dep_ == "prep" and c.lower_ == word
                              for o in prep_objects(c)]
            else:
                # an event noun's preposition may hang on the verb: "held talks in Belgrade with X"
                holders = [trigger]
                verb = governing_verb(trigger)
                if verb is not None and trigger.dep_ in {"dobj", "nsubj", "attr"}:
                    holders.append(verb)
                # "a team of 20 under X": the phrase hung on the number
                holders += [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"
                            for o in c.children if o.dep_ == "pobj" and o.like_num]
                if word == "including":
                    # "the delegation, led by X and including Y": the phrase hung on "led"
                    holders += [c for c in trigger.children if c.dep_ == "acl" and c.lemma_ in {"lead", "head"}]
                # ("held talks with A, ..., and with B", B's "with" hung on the verb)
                preps = [c for h in holders for c in h.children if c.lower_ == word and (
                    c.dep_ == "prep" or c.dep_ == "conj" and c.pos_ == "ADP")]
                preps += [c for p in preps for c in p.conjuncts if c.dep_ in {"prep", "conj"} and c.lower_ == word]
                preps += [again for p in preps if (again := repeated_prep(p)) is not None]  # "..., and with B"
                # ("talks with Minister of State A and with B", the second "with" hung on the first one's object)
                preps += [c for p in preps for c in p.subtree if c.dep_ == "conj" and c.pos_ == "ADP"
                          and c.lower_ == word and c.i > p.i and c not in preps]
                tokens = list(dict.fromkeys(o for c in preps for o in prep_objects(c) if o.dep_ != "pcomp"))
                if not tokens and word == "of" and trigger.pos_ == "NOUN" and any(
                        c.i == trigger.i + 1 for c in preps):
                    # "the candidate of the centre-left X party", with the party lost in the parse: the name
                    # right after "of"
                    org, _ = self._org_after(view, trigger.i + 2)
                    named = [m for m in view.mentions if m.entity == org and m.start > trigger.i][:1]
                    tokens = [view.doc[m.end - 1] for m in named]
                if tokens and word == "of" and trigger.pos_ == "NOUN":
                    # "the joint candidate of the FPS and the PVD", the second party hung on the noun
                    tokens += [c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                               and c.ent_type_ == "ORG" and c.i > max(t.i for t in tokens)]
                    if any(c.dep_ == "amod" and c.lower_ in {"joint", "common", "unity"} for c in trigger.children):
                        # "the joint candidate of the DK, Momentum and the MSZP", the list parsed apart
                        tokens += [view.doc[m.end - 1] for m in self._names_listed_after(view, max(
                            t.right_edge.i for t in tokens) + 1)]
                if word == "to" and trigger.pos_ in {"NOUN", "PROPN"}:
                    # "its observation mission to Malawi's general elections": the country whose vote it is
                    tokens += [c for t in tokens if t.lemma_ in {"election", "elections", "vote", "poll", "polls"}
                               for c in t.children if c.dep_ == "poss" and (c.ent_type_ == "GPE"
                                                                             or self.lex.country(c.text))]
        elif role == "poss":
            # ("the Social Christian Party (PSC), whose candidate is X": the noun the clause is about)
            tokens = [trigger.head.head if c.lower_ == "whose" and trigger.head.dep_ == "relcl" else c
                      for c in trigger.children if c.dep_ == "poss"]
            if not tokens and trigger.dep_ == "conj" and trigger.head.pos_ == "NOUN" \
                    and not any(c.dep_ == "det" for c in trigger.children):
                # "the party's state chairwoman and lead candidate, X": the owner the first noun has
                tokens = [c for c in trigger.head.children if c.dep_ == "poss"]
        elif role == "compound":
            # ("the PSS, whose two lawmakers A and B": the body "whose" stands for, as "PSS lawmakers A and B")
            tokens = [c for c in trigger.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < trigger.i
                      or c.dep_ == "poss" and c.lower_ == "whose"]
            if not tokens and trigger.dep_ == "compound" and trigger.head.pos_ == "PROPN":
                # "Botswana National Alliance (BNA) candidate X": the party hung on the name beside the noun
                tokens = [c for c in trigger.head.children if c.dep_ in {"compound", "nmod"} and c.i < trigger.i
                          and c.pos_ == "PROPN" and c.right_edge.i >= trigger.i - 4]
        elif role == "self":
            tokens = [trigger]
        elif role == "governor_agent":
            verb = governing_verb(trigger)
            # (not "competing for the nomination of the PDC": sought, not had)
            sought = trigger.dep_ == "pobj" and trigger.head.lower_ == "for" and trigger.head.i not in view.at \
                and trigger.lemma_ in {"nomination", "ticket"} or trigger.dep_ == "dobj" and verb is not None \
                and verb.lemma_ in SEEKING_VERBS  # (nor "who had sought the Liberal nomination")
            tokens = build_frame(verb).agents if verb is not None and not sought else []
        elif role == "described":
            tokens = self._described(trigger)
        elif role == "described_of":
            # "the ruling party candidate, X of the Ghana Democratic Alliance": the body X is "of"
            tokens = [o for d in self._described(trigger) for p in d.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"]
        else:
            tokens = []
        if role == "patient" or role.startswith("prep:"):
            # "visited polling stations in Mzuzu, Zomba and Mangochi", "went to polling centres in A, B and C":
            # each place listed
            tokens = tokens + [o for t in tokens if t.lemma_ in PLACE_NOUNS for p in t.children
                               if p.dep_ == "prep" and p.lower_ in {"in", "across", "around"}
                               for x in p.children if x.dep_ == "pobj" for o in list_items(x)]
        out: list[Token] = []
        counted = [_counted(t) for t in tokens]
        tokens = counted + [x for t, c in zip(tokens, counted, strict=True)
                            if t.lower_ in {"those", "these"} and c is not t and view.semicolon_list_after(c)
                            # "those of A, the X nominee; of B, whom Y fielded; and of C": every person listed
                            for x in view.listed_people_after(c, {view.mention_entity(c)})]
        for t in list(tokens):
            if t.lower_ in PAIR_PEOPLE and any(c.lower_ == "both" for c in t.children) and t.i not in view.at:
                # "Two tickets remain: A and B. The PEC certified both men": the two the sentence before names
                here = view.sentence_of.get(t.i, 0)
                if here == 0:
                    continue
                prior = view.sentences[here - 1]
                people = view.persons_between(prior.start, prior.end)
                if len(people) == 2:
                    tokens += [view.doc[view.mention_root(e, prior.start)] for e in people]
        if role == "patient":
            # "fielded the largest number of candidates, among them X": the people the plural is spelled out as
            tokens += [x for t, c in zip(tokens, counted, strict=False)
                       if t.lemma_ in QUANTITY_NOUNS and c is not t and c.tag_ == "NNS" and c.i not in view.at
                       for x in self._listed_after(view, c)]
            # "received the heads of the observer missions of A and B, X and Y": the people named at its end
            for t in [t for t in tokens if t.tag_ == "NNS" and t.lemma_ in {"head", "leader", "chief"}
                      and t.i not in view.at]:
                comma = max((x.i for x in t.subtree if x.text == "," and x.i > t.i), default=None)
                heads = view.persons_between(comma + 1, t.right_edge.i + 1) if comma is not None else []
                if len(heads) >= 2 and comma is not None:
                    tokens += [view.doc[view.mention_root(e, comma + 1)] for e in heads]
        for t in tokens:
            # (a named one is no way through: "chairs the Foreign Affairs Committee of the Assembly")
            via = t.lemma_.lower() in through and not (t.text.istitle() and t.i in view.at)
            if not via and need_through:
                continue
            if via:
                # "the date for the vote"; "the files of A and of B"
                # ("upheld objections to the nominations of X": through the objections, then the nominations)
                inner = [o for c in t.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ == "for"
                                                                         and t.lemma_ in TIMETABLE_NOUNS
                                                                         or c.lower_ == "from"  # "a bid from X"
                                                                         and t.lemma_ in CANDIDACY_NOUNS | {"bid"}
                                                                         or c.lower_ in {"to", "against"}
                                                                         and t.lemma_ in {"objection", "challenge"})
                         for p_ in (c, *(x for x in c.conjuncts if x.lower_ == c.lower_))
                         for x in p_.children if x.dep_ == "pobj" for o in list_items(x)]
                if not inner and t.lemma_ in TIMETABLE_NOUNS:
                    # "announced the election timetable"
                    inner = [c for c in t.children if c.dep_ == "compound" and c.i in view.at]
                if not inner and t.lemma_ == "list":
                    # "cleared the lists headed by A; B; and C": the people who head them
                    inner = [o for c in t.children if c.dep_ == "acl" and c.lemma_ in {"head", "lead"}
                             for a in c.children if a.dep_ == "agent" for x in a.children if x.dep_ == "pobj"
                             for o in list_items(x)]
                # "the certificate of candidacy of X": through both nouns
                inner = [y for x in inner for y in ([o for c in x.children if c.dep_ == "prep" and c.lower_ == "of"
                                                     for o in c.children if o.dep_ == "pobj"] or [x]
                                                    if x.lemma_.lower() in through and x.i not in view.at else [x])]
                if inner and t.head.i == trigger.i:
                    # "approved the candidacies of A, ..., and of her running mate, B", the second "of" on the verb
                    # ("... of A, whom the PSD nominated in August, and of B", the second "of" on the clause's verb)
                    # ("... of A, after he failed to pay the fee, and of B": on the clause after the first)
                    late_of = [c for c in trigger.subtree if c.dep_ == "conj" and c.lower_ == "of" and c.head.i != t.i
                               and view.doc[c.i - 1].lower_ in {"and", "or"}
                               and c.head.dep_ in {"relcl", "advcl", "acl"}
                               and c.i > t.i]
                    inner += [a for c in (*trigger.children, *late_of) if c.dep_ in {"prep", "conj"}
                              and c.lower_ == "of" and c.i > t.i and view.doc[c.i - 1].lower_ in {"and", "or"}
                              for o in c.children if o.dep_ == "pobj"
                              for a in (_titled_holder(view, o) if o.pos_ == "PROPN" else
                                        [x for x in o.children if x.dep_ == "appos" and x.pos_ == "PROPN"]
                                        # ("... and of his main rivals, A and B", the names its conjuncts)
                                        or ([view.doc[view.mention_root(e, o.i)] for e in view.persons_between(
                                            o.i + 1, o.right_edge.i + 1)] if o.tag_ == "NNS" else []))]
                formed = [o for x in (t, *inner) for c in x.children if c.dep_ == "acl" and c.lemma_ in {
                    "form", "make", "compose", "comprise", "consist", "integrate"} for a in c.children
                    if a.dep_ in {"agent", "prep"} and a.lower_ in {"by", "of"} for o in prep_objects(a)
                    if (e := view.mention_entity(o)) is not None and view.type_of(e) == "Person"] \
                    if t.lemma_ in {"ticket", "slate", "list"} else []
                if formed:
                    inner = formed  # "the ticket of the ruling party, formed by A and B": A and B
                elif t.lemma_ == "ticket" and inner and all(
                        (e := view.mention_entity(x)) is None or view.type_of(e) == "Organization" for x in inner):
                    # "admitted the tickets of A, led by X, and of B, whose candidate is Y": who heads each ticket
                    inner = [holder for _, holder in _ticket_pairs(view, t)] or inner
                elif t.lemma_ in {"list", "slate"} and inner and all(
                        (e := view.mention_entity(x)) is not None and view.type_of(e) == "Organization" for x in inner):
                    # "The list of Nieuw Verbond, led by X, was declared invalid": the person heading the list
                    # ("The list of X, led by Y", the clause hung on the party's name)
                    inner = [o for x in (t, *inner) for c in x.children
                             if c.dep_ == "acl" and c.lemma_ in {"head", "lead"}
                             for a in c.children if a.dep_ == "agent" for o in prep_objects(a)
                             if (e := view.mention_entity(o)) is not None and view.type_of(e) == "Person"] or inner
                counted = [_counted(x) for x in inner]
                if inner and all(c is not x and c.tag_ in {"NNS", "NNPS"} for c, x in zip(counted, inner, strict=True)):
                    # "approved the qualifications of six of the 80 hopefuls: A; B; C": the ones listed
                    inner = [y for c in counted for y in self._listed_after(view, c)] or inner
                if inner and all(x.tag_ in {"NNS", "NNPS"} and x.i not in view.at for x in inner):
                    # "the final list of presidential candidates: A, B and C", "the applications of two
                    # independents, A and B": the people the plural is spelled out as
                    spelled = [y for x in inner for a in x.children if a.dep_ == "appos" and a.pos_ == "PROPN"
                               for y in list_items(a)] or [y for x in inner for y in self._listed_after(view, x)]
                    inner = spelled or inner
                if not inner and t.lemma_ in LIST_NOUNS and t.dep_ == "nsubjpass" \
                        and t.head.lemma_ in {"head", "lead", "top"}:
                    # "The approved lists are headed by A (X); B, whom Y chose; C of Z; and D": who heads them
                    inner = [o for a in t.head.children if a.dep_ == "agent" for o in prep_objects(a)
                             if view.mention_entity(o) is not None]
                    if inner and view.semicolon_list_after(inner[0]):
                        inner += view.listed_people_after(inner[0], {view.mention_entity(x) for x in inner})
                if not inner:
                    # "submitted a list headed by X": who heads the list; "papers filed by X were turned down":
                    # who filed them
                    acts = {"head", "lead", "top"} if t.lemma_ in LIST_NOUNS else {"file", "submit", "lodge"}
                    inner = [o for c in t.children if c.dep_ == "acl" and c.lemma_ in acts
                             for a in c.children if a.dep_ == "agent" for o in prep_objects(a)
                             if o.ent_type_ == "PERSON" or view.mention_entity(o) is not None]
                if not inner and (t.tag_ in {"NNS", "NNPS"} or t.lemma_ in {"slate", "lineup", "line-up", "list"}):
                    # "four candidacies: those of A, B and C"; "unveiled its slate, including A and B"
                    inner = self._listed_after(view, t) or [t]
                elif inner and t.tag_ in {"NNS", "NNPS"} and view.semicolon_list_after(inner[0]):
                    # "approved the candidacies of A, the X nominee; B, whom Y put forward; and C"
                    inner += view.listed_people_after(inner[0], {view.mention_entity(x) for x in inner})
                elif len(inner) == 1:
                    # "the certificates of candidacy of incumbent Mayor A, former city councilor B, businessman C and
                    # lawyer D", the descriptions making the parser hang the names as appositions
                    inner += [x for x in view.comma_list_after(inner[0]) if x not in inner]
                for c in t.children:
                    if c.dep_ == "poss":
                        # "whose candidacy was put forward": the noun the relative clause is about
                        if c.lower_ == "whose" and t.head.dep_ == "relcl":
                            inner.append(t.head.head)
                        elif c.lower_ == "their" and view.resolve(c, frozenset({"Organization"})) is None \
                                and self._pair_before(view, c):
                            inner.extend(self._pair_before(view, c))  # "A and his running mate B. Their ticket"
                        else:
                            inner.append(c)
                    elif c.dep_ == "compound" and not inner:
                        if c.lemma_ in {"polling", "voting"} and t.lemma_ in {"date", "day"}:
                            # "set September 12 as the polling date": the election the story is about
                            e = self._context_election(view, trigger, "CALLED_ELECTION")
                            said = [m for m in view.mentions if m.entity == e] if e is not None else []
                            if said:
                                inner.append(view.doc[said[0].end - 1])
                                continue
                        inner.append(c)  # "set the election date"
                out.extend(inner)
            elif t.lower_ in {"that", "those"} and t.dep_ in {"dobj", "nsubjpass", "conj"} and any(
                    c.dep_ == "prep" and c.lower_ == "of" for c in t.children) and through:
                # "rejected that of businessman X": the candidacy of X
                out.extend(o for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                           for x in c.children if x.dep_ == "pobj" for o in list_items(x))
            elif t.lower_ == "them" and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NUM" \
                    and t.head.head.dep_ in {"dobj", "nsubjpass"} and through:
                # "accepted 37 of them, including those of A and B": the ones the count goes on to name
                out.extend(self._listed_after(view, t.head.head) or [t])
            elif t.lower_ in {"whom", "which"} and t.head.lower_ == "of" \
                    and t.head.head.lower_ in {"both", "all", "each"}:
                # "A and B, both of whom were nominated by X": the people listed just before
                k = t.head.head.left_edge.i - 1
                while k > 0 and view.doc[k].is_punct:
                    k -= 1
                root = view.doc[k]
                while root.dep_ == "conj" and root.head.i != root.i:
                    root = root.head
                out.extend(list_items(root) if view.doc[k].pos_ == "PROPN" else [t])
            elif t.lemma_ in {"pair", "duo"} and t.i not in view.at and not any(
                    c.dep_ == "appos" or c.lower_ in {"a", "an", "every", "each", "any"} or c.ent_type_ == "ORDINAL"
                    or c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
                out.extend(self._pair_before(view, t) or [t])  # (not "An independent pair, A and B": those two)
                # (nor "welcomed every pair of eyes on the count": no pair of people)
            elif t.lower_ == "they" and t.dep_ in {"nsubj", "nsubjpass"}:
                # "the observers held talks with A, and in the afternoon they were received by B": the plural
                # subject of its sentence's first clause
                group = next((x for x in view.doc[view.sent(t).start:t.i] if x.dep_ in {"nsubj", "nsubjpass"}
                              and x.tag_ == "NNS" and x.i not in view.at), None)
                # "The third ticket pairs A with B. They were nominated by X": the two, or a body
                out.extend([group] if group is not None else [t, *self._pair_before(view, t)])
            else:
                out.append(t)
        return out

    @staticmethod
    def _names_listed_after(view: DocView, j: int) -> list[Mention]:
        """The bodies a list goes on to name from doc[j]: ", Momentum and the Hungarian Socialist Party"."""
        doc, out = view.doc, []
        while j < len(doc):
            if doc[j].text in {",", "and"} or doc[j].lower_ == "the":
                j += 1
                continue
            m = view.longest.get(j)
            if m is None or m.type != "Organization" or m.start != j or doc[j - 1].text not in {",", "and", "the"}:
                break
            out.append(m)
            j = m.end
            while j < len(doc) and doc[j].text == "(" and j + 2 < len(doc) and doc[j + 2].text == ")":
                j += 3  # its acronym
        return out

    @staticmethod
    def _pair_before(view: DocView, noun: Token) -> list[Token]:
        """"The pair", "the duo": the two people last named together ("A and his running mate, B",
        "A will run with B") in this sentence or the one before."""
        here = view.sentence_of.get(noun.i, 0)
        person = frozenset({"Person"})
        for t in reversed(view.doc[view.sentences[max(0, here - 1)].start:noun.i]):
            if t.dep_ != "conj" or view.resolve(t, person) is None:
                continue
            people = [x for x in (t.head, *t.head.conjuncts) if view.resolve(x, person) is not None]
            if len(people) == 2 and len({view.resolve(x, person) for x in people}) == 2:
                return people
        for t in reversed(view.doc[view.sentences[max(0, here - 1)].start:noun.i]):
            # "A will run with B", "A is paired with B"
            if t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ in {"VERB", "AUX"} \
                    and view.resolve(t, person) is not None:
                # ("the third ticket pairs A with B": the object)
                subject = [c for c in t.head.head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}
                           and view.resolve(c, person) is not None]
                if subject and view.resolve(subject[0], person) != view.resolve(t, person):
                    return [subject[0], t]
        return []

    @staticmethod
    def _listed_after(view: DocView, noun: Token) -> list[Token]:
        """People a plural noun is spelled out as later in its sentence: "those of A and B", "including
        that of C", "among them D", "such as E"; "with the two candidates in Sunday's runoff, A of X and B of Y"."""
        doc = view.doc
        sent = view.sent(noun)
        edge = noun.right_edge.i + 1
        if noun.tag_ == "NNS" and noun.lemma_ in PEOPLE_NOUNS and edge + 1 < sent.end and doc[edge].text == "," \
                and (first := view.at.get(edge + 1)) is not None and first.type == "Person" \
                and first.start == edge + 1 and any(c.dep_ == "nummod" or c.lower_ == "both" for c in noun.children):
            end = next((x.i for x in doc[edge + 1:sent.end] if x.pos_ == "VERB"), sent.end)
            return [doc[view.mention_root(e, edge + 1)] for e in view.persons_between(edge + 1, end)]
        for t in doc[noun.i + 1:sent.end]:
            if t.pos_ == "VERB" and (t.dep_ == "conj" or t.dep_ == "advcl" and t.tag_ == "VBG" or t.dep_ == "advcl"
                                     and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)):
                break  # "... applications it had received and rejecting, among others, A": another act's
                # ("467 candidates have been registered, while the commission refused 21 applicants, among them A")
                # ("published the list of 13 candidates, rejecting the applications of 11 others, among them A")
            start = None
            if t.lower_ in {"those", "that"} and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "of":
                start = t.i + 2
            elif t.lower_ in {"including", "among", "namely"} or (t.lower_ == "such" and t.i + 1 < sent.end
                                                                  and doc[t.i + 1].lower_ == "as"):
                start = t.i + 1
            elif t.text in {":", "—", "–"} and (t.i == noun.i + 1 or t.text == ":"
                                                 and noun.head in (t.head, t.head.head)
                                                 and not any(x.pos_ in {"VERB", "AUX"} and not _own_verb(x, noun)
                                                             for x in doc[noun.i + 1:t.i])):
                # "registered three hopefuls: A, leader of X; B; and C"; "accepted three bids on 10 May: A; ...";
                # "Five candidates were registered on May 6: A; B; ..."
                start = t.i + 1
            if start is not None:
                # up to the next act: "validated 19, including A and B, and rejected that of C"
                # ("among them A and engineer B", with "engineer" read as a verb: B too)
                end = next((x.i for x in doc[start:sent.end] if x.pos_ == "VERB" and x.dep_ == "conj"
                            and x.head.i < start and not (x.i + 1 in view.at and view.at[x.i + 1].type == "Person")),
                           sent.end)
                listed = [doc[view.mention_root(e, start)] for e in view.persons_between(start, end)]
                if not listed and doc[start].lower_ == "both" and start + 1 < sent.end \
                        and doc[start + 1].lemma_ in {"man", "woman", "candidate", "leader", "contender"}:
                    listed = RelationEngine._both_subjects(view, sent)  # "including both men"
                return listed
        return []

    @staticmethod
    def _both_subjects(view: DocView, sent: Span) -> list[Token]:
        """"Mwansa is seeking a second term. Mweemba is running for the presidency. The ECZ accepted 16
        candidates, including both men": the two people the sentences just before were about."""
        here = view.sentence_of.get(sent.start, 0)
        found: list[Token] = []
        seen: set[int] = set()
        for k in range(here - 1, max(-1, here - 4), -1):
            for c in view.sentences[k].root.children:
                e = view.mention_entity(c) if c.dep_ in {"nsubj", "nsubjpass"} else None
                if e is not None and view.type_of(e) == "Person" and e not in seen:
                    seen.add(e)
                    found.append(c)
            if len(found) >= 2:
                return found[:2]
        return []

    @staticmethod
    def _described(noun: Token) -> list[Token]:
        """The person a role noun describes: "X, the nominee of Y"; "Y candidate X"; "X is Y's candidate"."""
        doc = noun.doc
        k = noun.i - 1
        while k > max(0, noun.i - 7) and doc[k].lower_ != "as" and not doc[k].is_punct and doc[k].pos_ != "VERB":
            k -= 1
        if k >= 1 and doc[k].lower_ == "as" and doc[k - 1].ent_type_ == "PERSON" and k < noun.i - 1 \
                and not (doc[k - 1].dep_ == "dobj" and doc[k - 1].head.lemma_ in {"replace", "succeed"}):
            # "confirming X as the Liberal Party's presidential candidate", however parsed: X
            return [doc[k - 1]]
        if noun.dep_ == "conj" and noun.head.dep_ == "appos" and noun.head.pos_ == "NOUN" and noun.head.head.i < noun.i:
            return [noun.head.head]  # "X, 58, a former congresswoman and the candidate of Y": X
        if noun.dep_ == "conj" and noun.head.ent_type_ == "PERSON" and noun.head.i < noun.left_edge.i \
                and noun.left_edge.i >= 1 and doc[noun.left_edge.i - 1].text == "," \
                and doc[noun.left_edge.i].lower_ == "the" and noun.lemma_ in NOMINEE_NOUNS:
            return [noun.head]  # "the appeals of X, the NCP nominee, and ...", the apposition read as a conjunct
        if noun.lemma_ in {"winner", "victor"} and noun.head.i == noun.i and noun.left_edge.i >= 1 \
                and noun.doc[noun.left_edge.i - 1].ent_type_ == "PERSON":
            # "declared X the winner of ...", with "the winner" parsed as a sentence of its own
            return [noun.doc[noun.left_edge.i - 1]]
        if noun.lemma_ in {"winner", "victor"} and noun.dep_ == "pobj" and noun.head.lower_ == "of" \
                and noun.head.head.pos_ == "PROPN" and noun.head.head.dep_ in {"dobj", "nsubjpass"}:
            # "declared X of the opposition Y winner of ...", read as "X of [the Y winner]": X
            return [noun.head.head]
        if noun.lemma_ in {"winner", "victor"} and noun.dep_ == "oprd" and noun.head.lemma_ in {
                "declare", "proclaim", "name", "confirm", "certify"}:
            # "declared President X the winner of Sunday's election", X read as a clause of its own
            named = [c for c in noun.head.children if c.dep_ in {"dobj", "ccomp"} and c.pos_ == "PROPN"]
            if named:
                return named[:1]
        own = [c for c in noun.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"]
        if noun.dep_ == "appos" and (noun.head.ent_type_ in {"GPE", "LOC", "FAC"} or noun.head.dep_ == "pobj"
                                     and noun.head.head.lower_ in {"in", "of"}) and own:
            # "In Magway Region, the NUP candidate, X, defeated Y", read as the region's apposition (or "In the
            # district of Sanaa, the party's candidate, X", the place tagged a person)
            return own[:1]
        if noun.dep_ == "appos":
            # ("According to CEC Chairman X, Y, the candidate of Z, received": Y, the name just before)
            k = noun.left_edge.i - 1
            doc = noun.doc
            if noun.tag_ not in {"NNS", "NNPS"} and k >= 1 and doc[k].text == "," and doc[k - 1].pos_ == "PROPN" \
                    and doc[k - 1].ent_type_ == "PERSON" and noun.head.i < k - 1:
                near = doc[k - 1]
                if near.head.i != noun.head.i or near.dep_ != "compound":
                    return [near]
            if noun.head.ent_type_ == "ORG" and noun.head.dep_ == "pobj" and noun.tag_ not in {"NNS", "NNPS"} \
                    and (above := person_above(noun.head)) is not None:
                return [above]  # "X, the United Party for National Development (UPND) candidate", hung on the name
            return [noun.head, *noun.head.conjuncts] if noun.tag_ in {"NNS", "NNPS"} else [noun.head]
        # (not "the candidate of the UPR, the largest party in parliament": the party, misattached)
        # (nor "... People's Party (SLPP)", the bracketed acronym hung on the noun)
        appos = [c for c in noun.children if c.dep_ == "appos" and not (c.pos_ == "NOUN" and c.lemma_ in PARTY_NOUNS)
                 and not (c.i > 0 and c.doc[c.i - 1].text == "(")]
        # ("the VU candidate for prime minister, A, and her rival from the FBP, B": A, hung on the "for" phrase;
        # B, a later name the parser hung on the noun)
        nearer = [c for c in _named_after_phrase(noun, {"for"}) if c.ent_type_ == "PERSON"]
        if appos and nearer and nearer[0].i < appos[0].i:
            return nearer[:1]
        if appos and noun.tag_ in {"NNS", "NNPS"} and appos[0].pos_ == "PROPN":
            return list_items(appos[0])  # "The TMC's four nominees, A, B, C and D": each
        if not appos and (names := _names_set_after(noun)):
            return list_items(names[0])  # "The Greens' lead candidates, A and B", read as conjuncts
        if appos:
            return appos[:1]
        end = noun.i + 2
        if end < len(doc) and doc[noun.i + 1].text == "," and doc[end].ent_type_ == "PERSON" \
                and doc[end].ent_iob_ == "B" and noun.dep_ in {"dobj", "pobj", "conj", "nsubj"}:
            while end + 1 < len(doc) and doc[end + 1].ent_iob_ == "I":
                end += 1
            if end + 1 >= len(doc) or doc[end + 1].is_punct:
                # "cleared X and his UBM challenger, Sharon Arzu.", the name hung on X or read as the root
                return [doc[end]]
        # "the ACD's candidate in Zanzibar, Salim Bakari": the apposition hung on the noun's own phrase
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.i > noun.i:
                for pobj in prep.children:
                    late = [c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                            and c.i > pobj.i and pobj.doc[c.left_edge.i - 1].text == ","]
                    if late and pobj.ent_type_ not in {"PERSON"}:
                        return late[:1]
        if noun.dep_ in {"compound", "nmod"} and noun.head.pos_ == "PROPN":
            return [noun.head]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and any(c.dep_ == "poss" and c.pos_ == "PROPN"
                                                                       for c in noun.children):
            # "while Labor's candidate is former union official X": X
            return [x for c in noun.head.children if c.dep_ == "attr" and c.i > noun.i for x in list_items(c)]
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and any(c.lower_ == "whose" for c in noun.children):
            # "the Social Christian Party (PSC), whose candidate is Guayaquil businessman Esteban Mora": Mora
            return [x for c in noun.head.children if c.dep_ == "attr" for x in list_items(c)]
        if noun.dep_ == "oprd" and noun.head.lemma_ in {"elect", "choose", "name", "nominate", "select"}:
            # "X, who was elected presidential candidate of Y at the party's primaries": X
            verb = noun.head
            said_of = [c for c in verb.children if c.dep_ == "nsubjpass"]
            return [verb.head if c.lower_ in {"who", "that"} and verb.dep_ == "relcl" else c for c in said_of]
        if noun.dep_ == "attr":
            verb = noun.head
            if verb.dep_ == "relcl" and verb.head.dep_ == "appos" and verb.head.pos_ == "NOUN" \
                    and verb.head.head.ent_type_ == "PERSON" \
                    and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in verb.children):
                return [verb.head.head]  # "X, a former magistrate who is the candidate of Y": X
            if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in {"who", "that"} for c in verb.children):
                # "X, who was the candidate of Y"; "X, a former prime minister who was the candidate of Y": X
                head = verb.head
                return [head.head if head.dep_ == "appos" and head.pos_ == "NOUN" else head]
            return [c for c in verb.children if c.dep_ == "nsubj"]
        if noun.dep_ == "pobj" and noun.head.lower_ == "as":
            verb = noun.head.head
            while verb.pos_ in {"NOUN", "PROPN"} and verb.dep_ in {"dobj", "pobj", "attr"} and verb.head.i != verb.i:
                verb = verb.head  # "seeking a sixth term as the candidate of X": the verb, past its object
            if verb.lemma_ in {"replace", "succeed"}:
                # "whom Y picked to replace Z as its standard-bearer": the one picked, not the one replaced
                said_of = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
                outer = verb.head
                if not said_of and verb.dep_ == "xcomp":
                    said_of = [c for c in outer.children if c.dep_ == "dobj"] \
                        or [c for c in outer.children if c.dep_ in {"nsubjpass", "nsubj"}]
                return [outer.head if c.lower_ in {"who", "whom", "that"} and outer.dep_ == "relcl" else c
                        for c in said_of]
            said_of = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}]
            if not said_of and verb.dep_ == "xcomp":
                # "X was cleared to run as the candidate of Y", "allowed X to stand as ...": the one cleared
                said_of = [c for c in verb.head.children if c.dep_ == "dobj"] \
                    or [c for c in verb.head.children if c.dep_ in {"nsubjpass", "nsubj"}]
            # "Bojang, who stood as the candidate of the party": the noun the clause is about
            return [verb.head if c.lower_ in {"who", "which", "that"} and verb.dep_ == "relcl" else c
                    for c in said_of]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.lemma_ in {"candidate", "nominee"} \
                and noun.head.head.ent_type_ == "ORG":
            # "X, the People's Democratic Party of Tajikistan (PDPT) candidate", the noun hung on the name's "of"
            person = person_above(noun)
            if person is not None:
                return [person]
        if noun.dep_ in {"oprd", "xcomp", "ccomp", "acomp"}:
            # "declared X winner": the object the predicate is said of (when the parser gave it one; else
            # "declared [X winner]", the name hung on the noun, below)
            objects = candidate_over_party([c for c in noun.head.children if c.dep_ in {"dobj", "nsubjpass"}])
            if objects:
                return objects
        person = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if person is not None and person.ent_type_ == "PERSON" and person.dep_ in {"dobj", "nsubjpass"}:
            # "declared X of the NPC winner", parsed as "X of [the NPC winner]": X is the winner
            return [person]
        named = [c for c in noun.children if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN" and c.i < noun.i]
        people = [c for c in named if c.ent_type_ == "PERSON"]
        if named:
            # "declared Osaro Ehigie of the APC winner", read as modifiers of "winner": the person, if named
            return people[:1] or named[-1:]
        if noun.dep_ in {"nsubj", "nsubjpass", "dobj"}:
            # "Quispe, the candidate of the FDA, was disqualified": an apposition read as a second subject
            # "declared X the winner", parsed with X as a clause of its own
            siblings = [c for c in noun.head.children if c.dep_ in {noun.dep_, "ccomp"} and c.pos_ == "PROPN"
                        and c.i < noun.i]
            if siblings:
                return siblings[-1:]
        return []

    def _people_of(self, view: DocView, token: Token) -> tuple[list[int], bool] | None:
        """People a plural noun stands for: "aspirants, among them X"; "one of six candidates"
        (the subject). None when the noun is not such a word; otherwise the people named here and
        whether a list that follows may name more."""
        if token.lemma_ in PAIR_WORDS and token.tag_ == "NN":
            # "the registration of a fourth pair, A and B": the two (the names may hang on the noun before "of")
            holders = [token, token.head.head] if token.dep_ == "pobj" and token.head.lower_ == "of" else [token]
            named = [x for h in holders for c in h.children if c.dep_ == "appos" and c.i > token.i
                     for x in list_items(c)]
            if token.dep_ == "nsubj" and token.head.lemma_ == "be":
                # "The first pair to register were A and B"
                named += [x for c in token.head.children if c.dep_ == "attr" for x in list_items(c)]
            people: list[int] = [e for x in named if (e := view.mention_entity(x)) is not None
                                 and view.type_of(e) == "Person"]
            if len(people) >= 2:
                return list(dict.fromkeys(people)), False
        one = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token
        if one.lower_ == "one":
            # "One of them, lawyer X, was refused": the one the apposition names
            the_one = [e for c in one.children if c.dep_ == "appos" for e in [view.mention_entity(c)]
                       if e is not None and view.type_of(e) == "Person"]
            if the_one:
                return the_one[:1], False
        the_number = token.dep_ == "nsubjpass" and token.lower_ in NUMBER_WORDS and token.i > 0 \
            and view.doc[token.i - 1].lower_ == "the" and token.i - 1 == view.sent(token).start
        if token.dep_ in {"dobj", "nsubjpass"} and (token.lower_ == "both" or token.pos_ == "NUM" and any(
                c.lower_ == "all" for c in token.children) or the_number) and token.ent_type_ not in {"DATE", "TIME"}:
            # "A is running ...; B is the nominee of X; and C .... The CEC registered all four": the people
            # the sentence before listed, when their number agrees ("A won ... B came second, while C took
            # 6.5 percent. The three had been cleared to run by X": the sentences before, back to that many)
            here = view.sentence_of.get(token.i, 0)
            wanted = 2 if token.lower_ == "both" else number_of(token)
            people = []
            for k in range(here - 1, max(-1, here - (3 if the_number else 1) - 1), -1):
                before = view.sentences[k]
                people = view.persons_between(before.start, before.end) + [
                    p for p in people if p not in view.persons_between(before.start, before.end)]
                if wanted is not None and len(people) >= wanted:
                    break
            if wanted is not None and len(people) == wanted:
                return people, False
        if (token.dep_ in {"dobj", "nsubjpass"} or token.dep_ == "pobj" and token.head.lower_ == "of"
                and token.head.head.pos_ == "NOUN") and token.ent_type_ not in {"DATE", "TIME", "PERCENT", "MONEY"} \
                and (token.pos_ == "NUM" or token.lower_ == "others" and any(c.dep_ == "nummod"
                                                                              for c in token.children)):
            # "approving only three", "rejected four others", "upheld the exclusion of the remaining 28": people
            # a list may name later ("Nine were reinstated, among them A and B": or right here)
            listed = self._listed_after(view, token)
            # (not a name inside another's apposition: "that of X, the Rezistans ek Alternativ candidate")
            people = [e for t in listed for e in [view.mention_entity(t)] if e is not None
                      and not any(o.i != t.i and o.is_ancestor(t) for o in listed)
                      and not (t.dep_ in {"nmod", "compound"} and t.head.lemma_ in NOMINEE_NOUNS)]
            return people, True
        if token.lower_ in {"them", "all"}:
            # "Five candidates are on the ballot, all of them registered by the CEC": the candidates
            nouns = [t for t in view.doc[view.sent(token).start:token.i]
                     if t.lemma_ in CANDIDATE_NOUNS and t.tag_ in {"NNS", "NNPS"}]
            if nouns:
                token = nouns[-1]
        if token.lemma_ not in PEOPLE_NOUNS | CANDIDATE_NOUNS or token.tag_ not in {"NNS", "NNPS"}:
            return None
        listed = self._listed_after(view, token)
        if listed:
            people = [e for t in listed for e in [view.mention_entity(t)] if e is not None]
            # "cleared five candidates, including X": a later list ("The final list comprises ...") may name more
            count = next((number_of(c) for c in token.children if c.dep_ == "nummod"), None)
            return people, count is not None and count > len(people)
        node = token
        if node.dep_ == "pobj" and node.head.lower_ == "among" and node.head.head.lemma_ == "be":
            # "A and B were among seven candidates whose registrations were accepted": the subject, listed
            subject = [x for c in node.head.head.children if c.dep_ == "nsubj" for x in list_items(c)]
            hits = [h for s in subject for h in [view.resolve(s, frozenset({"Person"}))] if h is not None]
            if hits:
                return list(dict.fromkeys(e for e, _ in hits)), False
        if node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.lower_ in {"one", "each", "some"}:
            one = node.head.head
            if one.dep_ in {"attr", "nsubj"}:
                subject = [c for c in one.head.children if c.dep_ == "nsubj" and c.i != one.i]
                people = [e for s in subject for e in [view.mention_entity(s)] if e is not None
                          and view.type_of(e) == "Person"]
                return people, True
        if token.lemma_ not in CANDIDATE_NOUNS:
            # "received the heads of the observer missions. Among them were A and B": the people listed next
            here = view.sentence_of.get(token.i, 0)
            # ("rejected the applications of 74 others. Among them were A and B": the others)
            if here + 1 < len(view.sentences) and (token.dep_ == "dobj" or token.dep_ == "pobj"
                                                   and token.head.lower_ == "of") \
                    and view.sentences[here + 1][0].lower_ == "among" and view.sentences[here + 1][1].lower_ == "them":
                return [], True
            return None  # "Members of the team met X": resolved like any other noun
        return [], True

    def _arguments(self, view: DocView, roles: tuple[str, ...], types: frozenset[str], frame: Frame | None,
                   trigger: Token, through: frozenset[str], exclude: set[int],
                   wanting: list[Token] | None = None, need_through: bool = False, rel_type: str = "",
                   all_items: bool = False) -> list[tuple[int, float]]:
        for role in roles:
            if role == "context_bare_date":
                # "Adams fixed the date only on October 1": the story's election's date, said bare (not "the date
                # of the hearing", "a date for the count")
                if frame is None or not any(
                        t.lemma_ in {"date", "day"} and not any(c.dep_ == "prep" for c in t.children)
                        and any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) for t in frame.patients):
                    continue
                role = "context"
            if role in {"context", "context_intransitive", "context_decisive"}:
                if role == "context_intransitive" and frame is not None and frame.patients and not all(
                        t.lemma_ in CONTESTED_OFFICES or view.mention_entity(t) in exclude or t in frame.agents
                        for t in frame.patients):  # ("the first pair to register": the doer, read as the object too)
                    continue  # "to run the country": not running in an election ("contesting a seat" is)
                if role == "context_decisive" and any(
                        t.lemma_ in {"round", "runoff", "run-off"}
                        and not any(a.lemma_ in AVOIDING for a in t.ancestors) for t in view.sent(trigger)):
                    continue  # "won 45 percent in the first round": a share, not the election ("narrowly avoiding
                    # a runoff" tells the win)
                if role == "context_decisive" and frame is not None and any(
                        view.type_of(e) in {"Location", "Country"} for t in frame.patients
                        if (e := view.mention_entity(t)) is not None):
                    continue  # "X won Kano": a state's vote, not the election
                if role == "context_decisive" and trigger.lemma_ == "carry" and frame is not None and any(
                        t.lemma_ not in CARRIED_WINS and not t.like_num and t.ent_type_ not in {"PERCENT", "CARDINAL"}
                        for t in frame.patients):
                    continue  # "saying they carried the signatures of six voters": no win ("carried the day" is)
                if "Election" in types:
                    e = self._context_election(view, trigger, rel_type)
                    if e is not None and not self._other_year(view, trigger, e):
                        return [(e, 0.8)]
                    if e is not None and rel_type == "WON" and trigger.lemma_ in {"elect", "re-elect", "reelect"} \
                            and trigger.dep_ not in {"amod", "acomp"} \
                            and not any(c.dep_ in {"oprd", "attr", "xcomp", "dobj"} for c in trigger.children):
                        # "Sy, elected in 2024, is not seeking a second term": a win in that year's election of
                        # the same kind (`extract._acts_in_other_years` moves it there)
                        return [(e, 0.75)]
                    if e is not None and rel_type == "WON" and trigger.lemma_ in {"win", "take", "capture", "secure"} \
                            and any(o.lemma_ in {"seat", "majority"} for c in trigger.children if c.dep_ == "dobj"
                                    for o in c.subtree) and any(
                                c.dep_ == "prep" and c.lower_ == "in" and any(
                                    re.fullmatch(r"(19|20)\d\d", o.text) for o in c.children if o.dep_ == "pobj")
                                # ("... seats in the Chamber in 2013", the year hung on the Chamber)
                                for c in trigger.subtree if c.head.dep_ != "relcl" or c.head.i == trigger.i):
                        # "the PPA, which won 26 of the 31 seats in 2020": the same, that year's general election
                        return [(e, 0.75)]
                continue
            if role == "context_primary":
                # "X was confirmed with 85.2 percent" in a story of primaries: the primary, if it has one
                primaries = [e for e, r in enumerate(view.entities) if r.type == "Election"
                             and r.props.get("kind") == "primary" and e not in exclude]
                if len(primaries) == 1 and "Election" in types:
                    return [(primaries[0], 0.8)]
                continue
            if role == "announced_election":
                # "the EC announced that voting for the mayor would be held on January 16"
                hits = []
                # ("Kerala will vote on April 9 ..., the ECI announced", the saying read as the vote's adjunct)
                told = [c for c in trigger.children if c.dep_ == "ccomp"] + (
                    [trigger.head] if trigger.dep_ == "advcl" and trigger.head.i < trigger.i
                    and trigger.head.lemma_ in {"vote", "hold", "go"} and not any(
                        c.dep_ == "mark" for c in trigger.children) else [])  # (not "went to a second round after
                # INEC declared the first ballot inconclusive": a time, not a saying)
                for clause in told:
                    if clause.lemma_ == "be" and any(c.dep_ in {"acomp", "attr"} for c in clause.children):
                        continue  # "ruled that the Assembly vote ... was invalid": a vote judged, not called
                    if any(c.dep_ == "aux" and c.lower_ == "had" for c in clause.children):
                        continue  # "ruled that its primaries had been held in defiance of a court order": done before
                    if clause.lemma_ in {"hold", "take", "be", "go"}:
                        for subject in clause.children:
                            # ("... will hold an early presidential election on November 20, X announced")
                            e = view.mention_entity(subject) if subject.dep_ in {"nsubj", "nsubjpass"} or (
                                subject.dep_ == "dobj" and clause.lemma_ == "hold") else None
                            if e is not None and view.type_of(e) == "Election" and e not in exclude:
                                hits.extend(self._elections_meant(view, subject, e, trigger))
                    polls = (clause.lemma_ == "go" and any(
                        p.dep_ == "prep" and p.lower_ == "to" and any(o.lemma_ in {"poll", "polls"} for o in p.children)
                        for p in clause.children) or clause.lemma_ == "vote") and any(
                        t.ent_type_ == "DATE" and any(ch.isdigit() for ch in t.text) for t in clause.subtree)
                    if polls and not hits and not _blocked(clause, self.lex):
                        # "New Zealanders will go to the polls on Saturday, October 14, X announced": that day's
                        e = self._context_election(view, trigger, "CALLED_ELECTION")
                        if e is not None and e not in exclude:
                            hits.append(e)
                if hits:
                    return [(e, 0.85) for e in dict.fromkeys(hits)]
                continue
            if role == "clause_after":
                verb = governing_verb(trigger) or trigger
                later = _time_clause_tokens(verb)
                hits = [m.entity for m in view.mentions if m.start > trigger.i and m.type in types
                        and verb.left_edge.i <= m.start <= verb.right_edge.i and m.entity not in exclude
                        and m.start not in later]
                if hits:
                    return [(hits[0], 0.9)]
                continue
            if role == "objects_unparsed":
                # "The delegation met in Belgrade the Chair of X, A, the Speaker of Y, B, ...", the objects
                # hung anywhere but on the verb: the people named after it, in no clause of their own
                if trigger.pos_ != "VERB" or any(c.dep_ in {"dobj", "dative", "attr", "oprd"}
                                                 or c.dep_ == "prep" and c.lower_ == "with" for c in trigger.children):
                    continue
                sent = view.sent(trigger)
                hits = []
                for m in view.mentions:
                    if m.type not in types or m.type != "Person" or not trigger.i < m.start < sent.end \
                            or m.entity in exclude:
                        continue
                    node = view.root_of(m)
                    while node.i != trigger.i and node.head.i != node.i and node.pos_ not in {"VERB", "AUX"}:
                        node = node.head
                    if node.i == trigger.i:
                        hits.append(m.entity)
                if hits:
                    return [(e, 0.8) for e in dict.fromkeys(hits)]
                continue
            if role == "people_after":
                # "The delegation included the chairman of X, A, Members of Y B and C, as well as Ambassador
                # D": every person the verb's own phrase names after it
                # (not "brought together the ODIHR mission, headed by X, and ...": the head of a part of it)
                hits = [m.entity for m in view.mentions if m.type in types and m.type == "Person"
                        and trigger.i < m.start <= trigger.right_edge.i and m.entity not in exclude
                        and not any(a.lemma_ in {"head", "lead"} and a.tag_ == "VBN" and a.i > trigger.i
                                    for a in view.doc[m.end - 1].ancestors)]
                if hits:
                    return [(e, 0.9) for e in dict.fromkeys(hits)]
                continue
            if role == "subtree":
                hits = []
                later = _time_clause_tokens(trigger)
                for t in (x for x in trigger.subtree if x.i not in later):
                    e = view.mention_entity(t)
                    if e is not None and view.type_of(e) in types and e not in exclude and e not in hits:
                        hits.append(e)
                if hits:
                    return [(hits[0], 0.95)]
                continue
            tokens = self._role_tokens(view, role, frame, trigger, through, need_through)
            chosen = [c for c in trigger.head.children if c.dep_ == "dobj"] if role == "agent" \
                and trigger.dep_ == "xcomp" and trigger.head.lemma_ in CHOOSING_VERBS | {"appoint"} \
                and not any(c.dep_ == "nsubj" for c in trigger.children) else []
            if chosen:
                tokens = chosen  # "named X to head its observer group": the one named, not the namer
            elif role == "agent" and frame is not None and not frame.passive \
                    and not any(view.resolve(t, ANY_TYPE) or t.lemma_ in PAIR_WORDS
                                or t.lemma_ in CANDIDATE_NOUNS and t.tag_ == "NNS"
                                for t in tokens):  # ("nine candidates are running, among them X")
                tokens = self._ancestor_agents(trigger)
            out: list[tuple[int, float]] = []
            handled: set[int] = set()
            for t in tokens:
                if "Delegation" in types and t.dep_ == "pobj" and t.head.lower_ == "of" and role != "prep:of" \
                        and (team_m := view.at.get(t.head.head.i)) is not None and team_m.type == "Delegation" \
                        and any(c.dep_ == "relcl" for c in t.children):
                    t = t.head.head  # "a delegation of the European Parliament, which is on a visit to X": the team
                team = view.team_of(t) if "Delegation" in types else None
                if team is not None and team not in exclude and all(team != o for o, _ in out):
                    out.append((team, 0.85))
                if t.i in handled:
                    continue
                if "Delegation" in types and t.tag_ == "NNS" and t.lemma_ in {"mission", "delegation"}:
                    # "observed by missions of the CIS and the SCO": each body's mission (the second body
                    # may hang on "missions" itself)
                    bodies = [x for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                              for o in c.children if o.dep_ == "pobj" for x in list_items(o)]
                    bodies += [x for x in t.conjuncts if x.pos_ == "PROPN"]
                    teams = [(x, view.delegation_of(e)) for x in bodies for e in [view.mention_entity(x)]
                             if e is not None]
                    found_teams = [(x, d) for x, d in teams if d is not None and d not in exclude]
                    if len(found_teams) >= 2:
                        out.extend((d, 0.9) for _, d in found_teams if all(d != o for o, _ in out))
                        handled.update(x.i for x, _ in found_teams)
                        continue
                listed = self._people_of(view, t) if "Person" in types else None
                if listed is not None:
                    people, more = listed
                    if more and wanting is not None:
                        wanting.append(t)
                    out.extend((p, 0.9) for p in people if p not in exclude and all(p != o for o, _ in out))
                    continue
                if all_items:
                    for e in view.items_in(t, types):
                        if e not in exclude and all(e != o for o, _ in out):
                            out.append((e, 0.95))
                    continue
                hit = view.resolve(t, types)
                if trigger.dep_ in {"relcl", "acl"} and t.i == trigger.head.i:
                    owner = self._clause_owner(view, t, trigger, types)
                    if owner is not None:
                        hit = owner
                    elif hit is None and not (view.at.get(t.i) is not None and view.at[t.i].type == "Organization"
                                              and "Organization" not in types):
                        # (not "leader of the X party, which came third": the party came third)
                        hit = self._climb_to(view, t, types)
                if hit is None:
                    continue
                e, factor = hit
                if view.type_of(e) == "Election":
                    if any(c.lower_ in {"previous", "last", "past", "earlier", "former"} for c in t.children) \
                            and not view.entities[e].props.get("year"):
                        continue  # "observed the previous elections": not the one the article is about (unless
                        # told with its own year: "observed Turkey's last local elections in 2019")
                    for election in self._elections_meant(view, t, e, trigger):
                        if election not in exclude and all(election != o for o, _ in out):
                            out.append((election, factor))
                    continue
                if e in exclude or any(e == o for o, _ in out):
                    continue
                out.append((e, factor))
                # "cleared A, who ...; B, the party's candidate; and C": the rest of a semicolon list
                if view.type_of(e) == "Person" and role in {"patient", "agent"} and t.head == trigger \
                        and t.pos_ != "PRON" and any(
                        x.text == ";" for x in view.doc[t.i:view.sent(t).end]) and view.semicolon_list_after(t):
                    for p in view.persons_between(t.i, view.sent(t).end):
                        if p not in exclude and all(p != o for o, _ in out):
                            out.append((p, factor * 0.95))
            if out:
                return out
        return []

    def _context_election(self, view: DocView, trigger: Token, rel_type: str) -> int | None:
        """The election a sentence is about: one it names, else one whose kind its words suggest
        ("to head its list in the capital": a local election), else the article's main election.
        People are not candidates in a referendum."""
        elections = [e for e, r in enumerate(view.entities) if r.type == "Election"]
        if rel_type in {"CANDIDATE_IN", "NOMINATED", "APPROVED_CANDIDACY", "REJECTED_CANDIDACY", "WON"}:
            elections = [e for e in elections if view.entities[e].props.get("kind") != "referendum"]
        if not elections:
            return None
        sent = view.sent(trigger)
        said = [m for m in view.mentions if m.type == "Election" and sent.start <= m.start < sent.end
                and m.entity in elections and not _time_reference(view.doc[m.end - 1])
                and not _in_other_aside(view.doc[m.end - 1], trigger)]
        named = [m.entity for m in said if not _earlier_one(view.doc[m.end - 1])]
        # "the new Maneaba nominated X and Y as presidential candidates", after "swept the parliamentary
        # election": the election the candidates' own kind word names
        kinds = {CONTEXT_KIND_HINTS.get(a.lower_) for c in trigger.subtree if c.lemma_ in {"candidate", "nominee"}
                 for a in c.children if a.dep_ == "amod"} - {None}
        if len(kinds) == 1 and trigger.pos_ == "VERB":
            kind = kinds.pop()
            of_kind = [e for e in elections if view.entities[e].props.get("kind") == kind
                       and not view.entities[e].props.get("runoff")]
            if of_kind and not any(view.entities[e].props.get("kind") == kind for e in named):
                counts = {e: sum(1 for m in view.mentions if m.entity == e) for e in of_kind}
                return max(of_kind, key=lambda e: (counts[e], -e))
        if named:
            return named[0]
        if said:
            return None  # "who came fourth at the last general election": an earlier one, not named by its year
        # (not a word in a clause on someone else: "A, the RN candidate, and B, who was nominated after
        # winning an open primary" does not put A in the primary)
        hinted = _kind_hints_beside(view, sent, trigger)
        matching = [e for e in elections if view.entities[e].props.get("kind") in hinted
                    and not view.entities[e].props.get("runoff")]
        # (not one told of only in an aside with its year: "Chileshe, who won the August 2021 election"; nor
        # one only ever called "the last regional election")
        foreground = [e for e in matching if not self._background(view, e) and not all(
            _earlier_one(view.doc[m.end - 1]) for m in view.mentions if m.entity == e)]
        matching = foreground or matching
        if matching:
            counts = {e: sum(1 for m in view.mentions if m.entity == e) for e in matching}
            return max(matching, key=lambda e: (counts[e], -e))
        elections = [e for e in elections if not self._background(view, e)] or elections
        # "The snap vote falls eight months before the presidential election of January 2026, in which X is barred
        # from running. Y has said he will stand": the one election the sentence before named, when it names one
        k = view.sentence_of.get(sent.start, 0)
        before = {m.entity for m in view.mentions if m.type == "Election" and k > 0
                  and view.sentence_of.get(m.start) == k - 1 and m.entity in elections and not m.generic
                  and not _earlier_one(view.doc[m.end - 1])}
        if len(before) == 1 and rel_type == "CANDIDATE_IN" and (any(
                t.lemma_ in {"run", "stand", "contest", "candidate", "candidacy"} for t in view.sentences[k - 1])
                or view.entities[next(iter(before))].props.get("by_election")):
            # (a sentence before that tells of running in it, or of a by-election: "voters in X go to the polls in a
            # by-election ... The ULP has selected Y")
            return before.pop()
        if rel_type == "CANDIDATE_IN" and k > 0 and trigger.lemma_ in RESULT_VERBS and any(
                t.lemma_ in {"elect", "re-elect", "reelect", "win"} for t in view.sentences[k - 1]):
            # "X has been elected president ... of the February 28 elections. Y came second with 14.6 percent",
            # legislative elections held the same day told of later: the vote the sentence before was won in
            told = {m.entity for m in view.mentions if m.type == "Election" and m.entity in elections
                    and view.sentence_of.get(m.start) == k - 1}
            if len(told) == 1:
                return told.pop()
        office = _office_won(trigger) if rel_type in {"WON", "CANDIDATE_IN"} else None
        if office is not None:
            # "X was elected governor of Nairobi", "was declared Nairobi's governor-elect", in a story whose
            # other election is the presidential one: an election of the office's kind, or none the story names
            allowed = {office, "general"} if office in {"presidential", "parliamentary"} else {office}
            of_kind = [e for e in elections if view.entities[e].props.get("kind") in allowed]
            return of_kind[0] if len(of_kind) == 1 else None
        won = {m.entity for m in view.mentions if m.type == "Election" and k > 0 and m.entity in elections
               and view.sentence_of.get(m.start) == k - 1 and view.doc[m.end - 1].dep_ == "dobj"
               and view.doc[m.end - 1].head.lemma_ == "win"}
        if len(won) == 1 and rel_type in {"CANDIDATE_IN", "WON"} and any(
                t.lemma_ in DEFEAT_VERBS for t in (trigger, *trigger.ancestors)):
            # "X won the party's primary on Sunday, ... for the general election in May. X defeated Y": the
            # contest the sentence before told X won
            return won.pop()
        if view.main_election in elections:
            return view.main_election
        counts = {e: sum(1 for m in view.mentions if m.entity == e) for e in elections}
        return max(elections, key=lambda e: (counts[e], -e))

    @staticmethod
    def _background(view: DocView, election: int) -> bool:
        """An election named with its year only in relative clauses: an earlier one, told of in passing."""
        props = view.entities[election].props
        if not year_of(props):
            return False
        said = [m for m in view.mentions if m.entity == election]
        return bool(said) and all(in_aside(view.doc[m.end - 1]) for m in said)

    def _elections_meant(self, view: DocView, token: Token, election: int, trigger: Token) -> list[int]:
        """"both votes" are every election of the article (both rounds, when runoffs are among them);
        "the May 21 election" is the one of its date whose kind the sentence speaks of ("President X won")."""
        m = view.at.get(token.i)
        everything = [e for e, r in enumerate(view.entities) if r.type == "Election"]
        if m is not None and m.props.get("also") and m.entity == election:
            return [election, *m.props["also"]]  # "presidential and legislative elections": both
        said = next((o for o in view.mentions if o.entity == election and o.props.get("also")), None)
        if m is not None and m.generic and token.tag_ == "NNS" and said is not None and not m.props.get("runoff"):
            return [election, *said.props["also"]]  # "... presidential and National Assembly elections. ... will
            # observe the elections": both again
        if m is not None and m.props.get("every"):
            rounds = "round" in m.name.lower()
            paired = [[o.entity, *o.props["also"]] for o in view.mentions if len(o.props.get("also") or []) == 1]
            if not rounds and any(c.lower_ == "two" for c in token.children) and len(paired) == 1:
                return paired[0]  # "the two elections", after "the legislative and communal elections": those
            if rounds:
                return [e for e in everything if view.entities[e].props.get("runoff") or e == election]
            ordinary = [e for e in everything if not view.entities[e].props.get("runoff")]
            if any(c.lower_ in {"both", "two"} for c in token.children) and len(ordinary) > 2:
                # "convened both elections", before "the presidential election of February 2019" is told of:
                # the two named before
                earlier = [e for e in ordinary if any(o.entity == e and o.start < token.i for o in view.mentions)]
                if len(earlier) == 2:
                    return earlier
            return ordinary
        if m is not None and m.generic:
            hinted = _kind_hints_beside(view, view.sent(trigger), trigger)
            record = view.entities[election]
            if hinted and record.props.get("kind") not in hinted:
                same_kind = [e for e in everything if view.entities[e].props.get("kind") in hinted
                             and not view.entities[e].props.get("runoff")]
                if len(same_kind) == 1:
                    return same_kind
        return [election]

    @staticmethod
    def _other_year(view: DocView, trigger: Token, election: int) -> bool:
        """"X was first elected in 2016": a year in the clause that is not the election's own."""
        if trigger.dep_ in {"amod", "acomp"} and trigger.head.pos_ == "NOUN" and trigger.head.dep_ == "ROOT":
            trigger = trigger.head  # "X was first elected mayor in 2021", with "elected" read as the noun's adjective
        left, right = trigger.left_edge.i, trigger.right_edge.i
        if not any(left <= i <= right for i in view.year_tokens):
            return False  # (no year in the clause at all)
        props = view.entities[election].props
        # ("scheduled for 26 January 2025": the year of its own date, not yet resolved)
        own = _record_year(props) or str(year_of(props) or "")
        # "the party, which he has led since 2020": a relative clause's year is its own
        # ("X is contesting a seat, while Y ran in the 2019 election": a contrasting clause's too)
        nested = {x.i for c in trigger.subtree if c.i != trigger.i and (c.dep_ == "relcl" or _contrasting(c))
                  for x in c.subtree}
        for t in trigger.subtree:
            if t.i not in nested and t.ent_type_ == "DATE" and t.like_num and len(t.text) == 4 \
                    and t.text.startswith(("19", "20")) and (not own or t.text != own) \
                    and not (t.dep_ in {"compound", "nummod", "amod", "nmod"} and t.head.pos_ == "NOUN"
                             and t.head.lemma_ not in ELECTION_WORDS):
                return True  # (not "the first presidential election since the 2019 uprising": another event's)
        return False

    @staticmethod
    def _clause_owner(view: DocView, noun: Token, clause: Token, types: frozenset[str]) -> tuple[int, float] | None:
        """A clause hung on the wrong noun: "a delegation of the Mercosur Parliament, led by X" (the
        delegation is led), "..., led by Y, which arrived in Z" ("which" is never a person)."""
        relative = next((c.lower_ for c in clause.children if c.lower_ in {"which", "who", "that"}), None)
        m = view.at.get(noun.i)
        if relative == "which" and m is not None and m.type == "Person":
            # "X, secretary-general of the MSN, which nominated him": the body just named
            pronoun = min((c.i for c in clause.children if c.lower_ == "which"), default=clause.i)
            between = [x for x in view.mentions if m.end <= x.start < pronoun and x.type in types
                       and x.type in {"Delegation", "Organization"}]
            if between:
                return between[-1].entity, 0.85
            earlier = [x for x in view.mentions if view.sent(noun).start <= x.start < m.start and x.type in types
                       and x.type in {"Delegation", "Organization"}]
            return (earlier[-1].entity, 0.85) if earlier else None
        node = noun
        for _ in range(6):
            # "a delegation of the Committee of the Riigikogu, Estonia's parliament, headed by X"
            if node.dep_ == "appos":
                node = node.head
            elif node.dep_ == "pobj" and node.head.lower_ == "of" and "Delegation" in types:
                node = node.head.head
                outer = view.at.get(node.i)
                if outer is not None and outer.type == "Delegation":
                    return outer.entity, 0.9
            else:
                break
        return None

    @staticmethod
    def _climb_to(view: DocView, noun: Token, types: frozenset[str]) -> tuple[int, float] | None:
        """"the Mission for the presidential election, which is led by X": a relative clause the parser
        hung on the nearest noun belongs to a noun further up."""
        node = noun
        for _ in range(2):
            if node.head.dep_ != "prep" or node.head.head.i == node.head.i:
                return None
            node = node.head.head
            hit = view.resolve(node, types)
            if hit is not None:
                return hit[0], hit[1] * 0.9
        return None

    # -- verbs and nouns ------------------------------------------------------------------
    @staticmethod
    def _surface_frame(view: DocView, verb: Token) -> Frame | None:
        """Word order where the parse is known to go wrong:
        - "X, whom the Y party fielded": the name between "whom" and the verb acts on X;
        - "X was re-elected": a participle read as an adjective after a form of "be";
        - "the JNE on Friday reinstated economist X": the last name before the verb and the first after."""
        doc = view.doc
        sent = view.sent(verb)
        whom = next(tokens_among(doc, WHOM_IDS, max(sent.start, verb.i - 12)), None)
        whom = whom if whom is not None and whom.i < verb.i else None
        if whom is not None and whom.i > sent.start + 1 and doc[whom.i - 1].text == "," and not any(
                t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"}  # ("the newly founded party")
                for t in doc[whom.i + 1:verb.i]):
            actor = [m for m in view.mentions if whom.i < m.start and m.end <= verb.i]
            person = view.at.get(whom.i - 2)
            if person is not None and person.type != "Person" and (above := person_above(doc[whom.i - 2])) is not None:
                person = view.at.get(above.i) or person  # "X, a member of the Seimas, whom the party put forward"
            if actor and person is not None:
                frame = Frame(trigger=verb, passive=False)
                frame.agents.append(doc[actor[-1].end - 1])
                frame.patients.append(doc[person.end - 1])
                return frame
        if verb.dep_ in {"amod", "acomp", "compound"} and verb.tag_ == "VBN":
            be = next((t for t in doc[max(sent.start, verb.i - 3):verb.i] if t.lemma_ == "be"), None)
            if be is not None:
                frame = Frame(trigger=verb, passive=True)
                frame.patients.extend(c for c in be.children if c.dep_ in {"nsubj", "nsubjpass"})
                for c in verb.children:  # "is co-chaired by A, B and C"
                    if c.dep_ == "agent":
                        frame.agents.extend(prep_objects(c))
                return frame if frame.patients else None
        if verb.dep_ not in {"amod", "compound", "nmod"} or (verb.tag_ not in {"VBD", "VBN"} and not _prefixed(verb)):
            return None
        before = [m for m in view.mentions if sent.start <= m.start and m.end <= verb.i and m.type != "Election"]
        after = [m for m in view.mentions if verb.i < m.start < min(verb.i + 5, sent.end)]
        if not before or not after:
            return None
        frame = Frame(trigger=verb, passive=False)
        frame.agents.append(view.doc[before[-1].end - 1])
        frame.patients.append(view.doc[after[0].end - 1])
        return frame

    @staticmethod
    def _prefixed_frame(verb: Token) -> Frame | None:
        """"was re-elected" split into "re" "-" "elected", with the subject hung on "re"."""
        if verb.i < 2 or verb.doc[verb.i - 1].text != "-" or verb.doc[verb.i - 2].lower_ not in {"re", "de", "un"}:
            return None
        prefix = verb.doc[verb.i - 2]
        if not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "dobj"} for c in prefix.children):
            return None
        outer = build_frame(prefix)
        inner = build_frame(verb)
        frame = Frame(trigger=verb, passive=outer.passive or inner.passive,
                      agents=outer.agents or inner.agents, patients=outer.patients or inner.patients)
        for key, objects in [*outer.preps.items(), *inner.preps.items()]:
            frame.preps.setdefault(key, []).extend(objects)
        return frame

    def _verb(self, view: DocView, verb: Token, rows: list[Pattern], pending: list[PendingList]) -> Iterator[Found]:
        rows = view.possible(rows)
        if any(p.target_preps for p in rows):
            heads = [verb, verb.doc[verb.i - 2]] if verb.i >= 2 and verb.doc[verb.i - 1].text == "-" else [verb]
            preps = {"to" if c.dep_ == "dative" else c.lower_ for h in heads for c in h.children}
            rows = [p for p in rows if not p.target_preps or not p.target_preps.isdisjoint(preps)]
        if not rows:
            return
        frame = self._prefixed_frame(verb) or self._surface_frame(view, verb) or build_frame(verb)
        if any(c.dep_ == "dobj" and _with_no(c) for c in verb.children):
            return  # "The European Union, which sent no observers", "fielded no candidate": nothing done
        blocked = _blocked(verb, self.lex)
        planned: bool | None = None  # "will meet": worked out once, when a row asks
        for p in rows:
            if p.passive is not None and p.passive != frame.passive:
                continue
            if p.particle and not any((c.dep_ in {"prt", "advmod"} or c.dep_ == "prep" and c.lower_ == "off")
                                      and c.lower_ in p.particle for c in verb.children) and not any(
                    c.dep_ == "prep" and c.lower_ == "off" and c.lower_ in p.particle
                    for o in verb.children if o.dep_ == "dobj" for c in o.children):
                continue  # ("kept X off the ballot", "off" hung on the verb or on X)
            if p.governor:
                if not (_complement(verb) and verb.head.lemma_ in p.governor):
                    continue
                if _blocked(verb.head, self.lex):
                    continue
            elif blocked and not (p.type == "CANDIDATE_IN" and _confirmed_plan(verb, self.lex)) and not (
                    p.type == "HEADS" and verb.tag_ == "VBN" and verb.dep_ in {"acl", "advcl"}
                    and any(c.dep_ == "agent" for c in verb.children)):
                continue  # ("would deploy 25 observers, led by X": the team's head is named, whenever it comes)
            if p.type == "CALLED_ELECTION" and verb.lemma_ == "call" and any(
                    c.dep_ in {"oprd", "ccomp", "xcomp"}
                    and c.lemma_ not in {"sign", "issue", "adopt", "publish", "set", "fix", "schedule"}
                    or c.is_quote for c in verb.children):  # (not "called by a decree of X signed on ...", nor
                # "called by X, who issued a decree setting October 3 as polling day", the decree's clause misread)
                continue  # "a move the SDA called 'an attack on the will of the voters'": naming, not calling
            if p.type == "OBSERVES" and verb.lemma_ in PROMISED_SENDING and _promised_only(verb):
                continue  # "The AU has said it will send observers": a promise, not yet an observation
            if p.type in {"VISITS", "MET_WITH", "WON"} and (planned := _future(verb) if planned is None else planned):
                continue  # "the mission will remain in the country", "X will meet Y on Friday", "X will win": not done
            if p.type == "HEADS" and verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_ in CHOOSING_VERBS \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
                    and not any(view.team_of(t) is not None or t.lemma_ in {"mission", "delegation", "group", "team"}
                                for t in frame.patients):  # ("named X to head its observer group": X heads it)
                continue  # "X had been chosen to head the Hebron First list": a nomination, not yet its head
            if p.type == "HEADS" and any(t.lemma_ in LIST_NOUNS and t.i not in view.at for t in frame.patients):
                continue  # "the party's list is headed by X": a nomination (`_party_lists`), not a post
            if p.type == "HEADS" and verb.lemma_ == "head" and verb.dep_ == "acl" and verb.head.dep_ == "pobj" \
                    and verb.head.head.lower_ == "of" and verb.head.head.head.lemma_ in LIST_NOUNS:
                continue  # "the ticket of the Vamos party, headed by X": the ticket's head, not the party's
            if not _has_required(p, verb):
                continue  # "named X its candidate" nominates; "named X" alone does not
            if p.type == "REJECTED_CANDIDACY" and frame.passive and not frame.agents and verb.tag_ == "VBN" \
                    and any(c.dep_ == "auxpass" and c.lower_ in {"is", "are"} for c in verb.children) \
                    and any(t.lemma_ == "term" for t in view.sent(verb)):
                continue  # "X, who has served two terms, is barred from standing again": a term limit, no decision
            if p.type == "NOMINATED" and _future(verb):
                continue  # "the president, who will nominate the next prime minister after the vote": not yet
            if p.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"} and verb.dep_ == "relcl" \
                    and verb.tag_ in {"VBZ", "VBP"} and any(c.lower_ == "which" for c in verb.children):
                continue  # "he had worked for the KGB, which disqualifies him under the law": the law, no body
            if p.type == "CANDIDATE_IN" and verb.lemma_ in {"stand", "step"} and any(
                    c.dep_ in {"advmod", "prt"} and c.lower_ in {"aside", "down", "back"} for c in verb.children):
                continue  # "X stood aside to let him run": a withdrawal, not a candidacy
            if p.subject and not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_ in p.subject for c in verb.children):
                continue  # "the Serb seat went to X", not "the delegation went to X"
            if p.type == "NOMINATED" and any(c.dep_ in {"oprd", "xcomp", "attr", "npadvmod"} and c.pos_ == "NOUN"
                                             and c.lemma_ not in NOMINEE_NOUNS and c.ent_type_ not in {"DATE", "TIME"}
                                             for c in verb.children):  # (not "nominated ... last month")
                continue  # "the party named X its treasurer": a post, not a candidacy
            if p.no_complement and any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "for")
                                       for c in verb.children):
                continue  # "called on the president to resign": a demand, not a visit
            if p.needs_result and not _gives_result(verb):
                continue
            if p.type in {"MEMBER_OF", "HOLDS_POSITION", "HEADS"} and _ended_term(verb):
                continue  # "served on the Constitutional Court from 2012 to 2024": a post held once, not now
            if p.type == "APPROVED_CANDIDACY" and frame.passive and not frame.agents and any(
                    c.dep_ == "prep" and c.lower_ == "as" and any(
                        o.lemma_ in NOMINEE_NOUNS and any(g.dep_ in {"compound", "poss", "nmod"} for g in o.children)
                        for o in c.children) for c in verb.children):
                continue  # "X was endorsed as the ZANU-PF candidate at the party's congress": a nomination
            if p.type == "APPROVED_CANDIDACY" and _vote_share_phrase(verb):
                continue  # "X was confirmed with 85.2 percent": a primary's result, not a commission's approval
            if p.type == "MET_WITH" and verb.lemma_ in {"receive", "get", "take"} and any(
                    c.dep_ == "dobj" and (c.ent_type_ in {"PERCENT", "CARDINAL"} or c.lemma_ in {
                        "percent", "%", "vote", "seat", "ballot", "share"}) for c in verb.children):
                continue  # "X received 4.0 percent, Y ... 3.6 percent": a result, not a meeting
            if p.type == "WON" and verb.tag_ in {"VBZ", "VBP", "VBG"} and any(
                    c.dep_ == "dobj" and c.lemma_ == "poll" for c in verb.children):
                continue  # "X, who tops the polls": a standing in surveys, not a result
            if p.type == "WON" and verb.tag_ in {"VBZ", "VBP"} and verb.dep_ == "relcl":
                continue  # "In Zanzibar, which elects its own president": what a place does, no result
            if p.type == "WON" and (verb.tag_ in {"VBZ", "VBP"} or any(
                    c.dep_ == "nsubj" and c.lemma_ in {"poll", "survey", "projection", "forecast", "pollster"}
                    for c in verb.children)) and verb.lemma_ in {"give", "hand", "deliver", "put"}:
                continue  # "Polls give the party a majority": a forecast, not a result
            if p.type in {"WON", "CANDIDATE_IN"} and verb.lemma_ in {"defeat", "beat", "edge", "outpoll"} \
                    and verb.dep_ in {"advcl", "conj"} and verb.head.lemma_ in CHOOSING_VERBS:
                continue  # "X was chosen at a selection convention, defeating Y by 212 votes": the nomination's
            if p.type == "WON" and verb.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "up"
                                                                 for c in verb.children):
                continue  # "who took up a seat on the European Court of Auditors": an appointment
            if p.type == "WON" and any(c.dep_ == "dobj" and c.lemma_ == "round" and any(
                    a.lower_ in {"first", "1st", "opening"} for a in c.children) for c in verb.children):
                continue  # "had won the first round on March 23 but failed ... in the second": not the election
            if p.type == "WON" and any(c.dep_ == "advmod" and (c.lower_ in {"ever", "previously", "once"} or c.lower_
                                                                == "first" and verb.dep_ in {"acl", "relcl"})
                                       for c in verb.children):  # ("X, an activist first elected in 2019")
                continue  # "Nemom, the only seat it has ever won in the state": a past record
            if p.type == "WON" and _minority_of_seats(verb):
                continue  # "The MR won 21 seats" (the N-VA 25): a share of the seats, not the election
            if p.type == "WON" and _in_earlier_term(verb):
                continue  # "won the largest number of seats in the outgoing assembly": the last election's
            if p.type == "CANDIDATE_IN" and verb.lemma_ in {"face", "challenge"} and not p.passive and not any(
                    view.resolve(t, frozenset({"Person", "Organization"})) for t in frame.patients):
                continue  # "X faces a comeback attempt by Y", "faces criticism": no rival named as the object
            if p.type == "CANDIDATE_IN" and p.passive and not any(
                    view.resolve(t, frozenset({"Person"})) for t in frame.patients):
                continue  # "X was opposed by four candidates" (a rival of X's), not "the decision was opposed by Y"
            if p.unless and any(c.lemma_.lower() in p.unless and not (c.text.istitle() and (
                                    c.i in view.at or c.dep_ == "dobj" and c.i in view.titled))
                                # ("registered 15 parties and three candidates, including X": the candidates)
                                and not (c.dep_ == "dobj" and any(x.lemma_ in CANDIDATE_NOUNS for x in c.conjuncts))
                                for c in verb.children  # ("carry out the break": a particle too)
                                if c.dep_ in {"attr", "oprd", "xcomp", "dobj", "npadvmod", "acomp", "prt", "prep"}) \
                    or p.unless and any(o.lemma_.lower() in p.unless or any(
                        m.lemma_.lower() in p.unless for m in o.children if m.dep_ in {"compound", "amod", "poss"})
                        for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                        for o in c.children if o.dep_ == "pobj"):
                continue  # "was elected speaker of parliament", "elected X as Speaker": not an election counted
            yield from self._emit(view, p, frame, verb, pending)

    def _noun(self, view: DocView, noun: Token, rows: list[Pattern]) -> Iterator[Found]:
        rows = view.possible(rows)
        if not rows:
            return
        governor = governing_verb(noun)
        if governor is not None and _blocked(governor, self.lex) and noun.dep_ != "appos" \
                and not (noun.dep_ == "compound" and noun.head.ent_type_ == "PERSON"):
            return  # (not "refused to register X, the DEM Party nominee", "is expected to meet the APC flagbearer
            # X": a description holds whatever the act)
        if noun.tag_ in {"NNS", "NNPS"} or governor is not None and any(
                c.lower_ in self.lex.former_markers for c in governor.children):
            rows = [p for p in rows if not p.singular]  # ("has previously headed ODIHR missions to A and B")
        if governor is not None and (_future(governor) or governor.lemma_ in self.lex.hypothetical_verbs or any(
                c.dep_ == "acomp" and c.lower_ in PLANNED_WORDS for c in governor.children)):
            # "will hold talks with X", "will pay a visit to Y", "wants an early meeting with X", "is due in the
            # capital for talks with Y": planned or wished meetings and visits are not reported
            rows = [p for p in rows if p.type not in {"VISITS", "MET_WITH"}]
        if governor is not None and governor.lemma_ in {"tip", "tout", "rumour", "rumor", "speculate", "float"}:
            # "X, who had been tipped as a unity candidate, said he would not stand": talked of, not named
            rows = [p for p in rows if p.type not in {"NOMINATED", "CANDIDATE_IN"}]
        if any(t.start <= noun.i < t.end - 1 for t in view.titles):
            return  # "SCO Deputy Secretary-General X": a word inside a longer title
        if noun.i >= 2 and view.doc[noun.i - 1].text in HYPHENS and view.doc[noun.i - 2].lower_ == "self":
            rows = [p for p in rows if p.type != "NOMINATED"]  # "running as a self-nominee": no one's nominee
        for p in rows:
            if p.governor and (governor is None or governor.lemma_ not in p.governor):
                continue  # "will carry the party's banner", not "filed under the banner of the party"
            if p.source == ("described",) and noun.tag_ in {"NNS", "NNPS"} \
                    and not (noun.dep_ in {"appos", "compound"} and noun.head.conjuncts) and not _names_set_after(noun):
                continue  # "the 250 members of the Assembly" describes nobody in particular ("A and B, the
                # winners" describes A and B)
            if p.type in {"MEMBER_OF", "HOLDS_POSITION", "HEADS"} and any(
                    c.lower_.rstrip("-") in self.lex.former_markers for c in noun.children):
                continue  # "former JUP lawmaker X": no longer
            if p.type == "WON" and governor is not None and governor.lemma_ in UNCONFIRMED_VERBS:
                continue  # "X claimed victory", "hopes for a win": not a result
            if p.type == "CALLED_ELECTION" and governor is not None and any(
                    a.pos_ in {"NOUN", "PROPN"} for a in noun.ancestors if governor.is_ancestor(a)):
                continue  # "rejected six lawsuits against his decree": the act is the lawsuits' fate
            yield from self._emit(view, p, None, noun, None)

    def _emit(self, view: DocView, p: Pattern, frame: Frame | None, trigger: Token,
              pending: list[PendingList] | None) -> Iterator[Found]:
        origin: Token | None = None
        # ("confirmed the re-election of X": a row whose source is reached through its noun needs that noun)
        sources = self._arguments(view, p.source, p.source_types, frame, trigger, p.through, set(),
                                  need_through=p.need_through and p.source == ("patient",))
        if p.party_source or p.organ_party:
            # "chosen by the Central Committee of the ruling Frelimo party": the organ, and its party
            organs = [(self._party_of_organ(view, s, trigger), f) for s, f in sources
                      if view.type_of(s) == "Organization" and not is_party(view.entities[s], self.lex)]
            sources = [(s, f) for s, f in sources if view.type_of(s) != "Organization"
                       or is_party(view.entities[s], self.lex) or p.organ_party and not any(
                           organ is not None and s in organ for organ, _ in organs)]
            for party, f in organs:
                if party is not None:
                    sources += [(organ, f) for organ in party]
        if p.type == "NOMINATED":
            # "nominees ..., among them the outgoing Speaker of the House of Assembly, X": a legislature nominates
            # no one (its speaker's post is no nomination)
            sources = [(s, f) for s, f in sources if view.type_of(s) != "Organization"
                       or is_party(view.entities[s], self.lex)
                       or not set(fold(view.entities[s].name).split()) & {"house", "assembly", "parliament", "senate"}]
        if p.type == "NOMINATED" and not sources and frame is not None:
            # "In the opposition Liberal Party (PL), X secured the nomination": the party the clause opens with
            # ("In the opposition Unity Party (PU)", read as "the opposition" and the party beside it)
            sources = [(e, 0.9) for c in trigger.children if c.dep_ == "prep" and c.lower_ == "in" and c.i < trigger.i
                       for o in c.children if o.dep_ == "pobj"
                       for x in (o, *(a for a in o.children if a.dep_ == "appos"))
                       if (e := view.mention_entity(x)) is not None and is_party(view.entities[e], self.lex)][:1]
        if p.type == "WON" and not sources and frame is not None and not frame.passive:
            # "candidates fielded by the GPC had won 22 of the 24 seats", "Candidates of X won ...": the party
            sources = [(e, 0.85) for a in frame.agents if a.lemma_ in {"candidate", "nominee"} and a.tag_ == "NNS"
                       for e in _party_of_candidates(view, a, self.lex)]
        if p.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"}:
            # (nor a party's organ: "confirmed as the Socialist candidate by the party's Federal Committee")
            sources = [(s, f) for s, f in sources if not is_party(view.entities[s], self.lex)
                       and not (view.type_of(s) == "Organization" and self._party_of_organ(view, s, trigger))]
            # "X was registered on Friday", not "X, who is barred from a third term" (by the law);
            # "Monday's session threw out the papers of X": the body whose session it was
            # ("returning officers had turned down the papers of three": the body they work for)
            sitting = frame is not None and not frame.passive and bool(frame.agents) \
                and all(a.lemma_ in SITTING_NOUNS or a.lemma_ in {"officer", "official"} and any(
                    c.lower_ in {"returning", "election", "electoral"} for c in a.children)
                    and not any(c.dep_ == "poss" for c in a.children) for a in frame.agents)
            # (not "X, whose papers had been rejected": an earlier act, by whoever did it then)
            earlier = trigger.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ == "had" for c in trigger.children)
            body = view.election_body(before=trigger.i) if not sources and frame is not None and not earlier \
                and (frame.passive and not frame.agents or sitting) and p.kind == "verb" and not any(
                    x.lemma_ in {"term", "office", "mandate"} for o in frame.preps.get("from", [])
                    for x in o.subtree) else None  # ("barred from seeking a third term": by the law)
            if body is not None:
                sources = [(body, 0.8)]  # "X was registered on Friday": by the article's one election body
                origin = self._earlier_act(view, trigger, p.type)
                acted = [(s, f) for s, f in self._actors(view, origin) if runs_elections(view.entities[s])]
                if trigger.lemma_ == "register" and _courts_only(view, acted):
                    acted = []  # ("The High Court ... declared him eligible. ... Four other candidates were
                    # registered on October 16": registering is the commission's work, not the court's)
                if acted and body not in {s for s, _ in acted}:
                    # "The INE registered 6,000 candidates on Saturday ... would appeal to the Electoral Tribunal
                    # ... Among the candidacies approved on Saturday were those of X": the body that did that act
                    sources = [(s, 0.8 * f) for s, f in acted]
            elif not sources and frame is not None and frame.passive and not frame.agents and pending \
                    and any(c.lower_ == "also" for c in trigger.children):
                # "The court admitted eight candidacies. ... His candidacy was also accepted": by whoever did it
                same = [e for e in pending if e.trigger.i < trigger.i and e.pattern.type == p.type]
                if same:
                    sources, origin = same[-1].sources, same[-1].trigger
            if not sources and frame is not None and p.kind == "verb":
                decider = self._decider_of_item(view, trigger)
                if decider is not None:
                    sources = [(decider, 0.85)]
        if p.body_source:
            # "the Supreme Court upheld the candidacy of X", not a trade union endorsing it
            sources = [(s, f) for s, f in sources if view.type_of(s) == "Organization"
                       and is_election_body(view.entities[s])
                       and (trigger.lemma_ != "nominate" or runs_elections(view.entities[s]))]
            # (a commission that "nominates" candidates registers them; "Wexford County Council voted to nominate
            # him" is a nomination, no registration)
        if p.type == "NOMINATED" and any(view.type_of(s) == "Organization" for s, _ in sources):
            # "nominated by the ruling party YAP, and Ilgar Mammadov", the list's next name read as a second
            # nominator: a party's list of nominators holds no person
            sources = [(s, f) for s, f in sources if view.type_of(s) != "Person"]
        if p.type in {"WON", "NOMINATED"}:
            # commissions and courts run elections: they neither win them nor field candidates
            sources = [(s, f) for s, f in sources
                       if view.type_of(s) == "Person" or not is_election_body(view.entities[s])
                       or is_party(view.entities[s], self.lex) or not runs_elections(view.entities[s])
                       and not {"court", "tribunal", "council", "board", "authority", "commission", "office",
                                "mission", "observers", "network", "institute", "agency"}
                       & set(fold(view.entities[s].name).split())]  # (a party's "Central Committee" may)
            # nor do ministries win them ("the Interior Ministry said the left had held the cities it won")
            sources = [(s, f) for s, f in sources if p.type != "WON" or view.type_of(s) == "Person"
                       or is_party(view.entities[s], self.lex)
                       or not {"ministry", "department", "government"} & set(fold(view.entities[s].name).split())]
            if _meagre_share(trigger):
                sources = []
            if _minority_share(trigger):
                # "Jankauskas won 29.8 percent": a candidate short of half has not won (a party with
                # the largest share of a parliamentary vote may have)
                sources = [(s, f) for s, f in sources if view.type_of(s) != "Person"]
        if p.type == "REJECTED_CANDIDACY" and frame is not None and any(t.lemma_ == "appeal" for t in frame.patients):
            # "Filip's appeal was dismissed by the High Court": the court upheld the refusal, whoever refused it
            # ("The appeals of X were turned down" by the commission that hears them: its refusal)
            sources = [(s, f) for s, f in sources if view.type_of(s) == "Organization"
                       and runs_elections(view.entities[s]) and not {"court", "tribunal"}
                       & set(fold(view.entities[s].name).split())]
        if p.type == "OBSERVES":
            # "the CEC had accredited 260 international observers": whoever runs the election does not observe it
            sources = [(s, f) for s, f in sources if view.type_of(s) != "Organization"
                       or not runs_elections(view.entities[s])]
            if p.kind == "verb" and any(c.dep_ == "prep" and c.lower_ == "since" for c in trigger.children):
                sources = []  # "which has observed Indonesian polls since 1999": a habit, not this election
            acts = (trigger, trigger.head) if trigger.dep_ in {"advcl", "xcomp"} else (trigger,)
            if any(a.lower_ in {"similar", "comparable"} for v in acts for c in v.children
                   if c.dep_ in {"dobj", "nsubj"} for a in c.children if a.i < c.i):
                sources = []  # "sent a similar mission to follow the 2023 elections": another mission, like this one
        if p.type == "OBSERVES" and p.via_delegation and not _other_years_election(view, trigger):
            # "the EU sent observers to the election": the EU's mission is what observes (not in "The Congress
            # observed Turkey's last local elections in 2019": the body, then)
            sources = [(_or(view.delegation_of(s), s) if view.type_of(s) == "Organization" else s, f)
                       for s, f in sources]
        if not sources:
            return
        exclude = {e for e, _ in sources}
        wanting: list[Token] = []
        targets = self._arguments(view, p.target, p.target_types, frame, trigger, p.through, exclude, wanting,
                                  p.need_through and p.source != ("patient",), p.type, p.all_items)
        targets = [(t, f) for t, f in targets if not _speaker_after(view, t, trigger)]
        segment = _semicolon_item(view, trigger)
        if segment is not None:
            # "...; A, a member of X put forward by the LPP; economist B, whom the KLS nominated; C; and D", parsed
            # with "put" as the root: an act inside one item of a semicolon list is about the people in that item
            people = {m.entity for m in view.mentions if m.type == "Person" and segment[0] <= m.start < segment[1]}
            targets = [(t, f) for t, f in targets if view.type_of(t) != "Person" or t in people]
            sources = [(s, f) for s, f in sources if view.type_of(s) != "Person" or s in people]
        if p.named_target:
            # "led by the African Union": yes; "led by X, a member of the Storting": not the Storting
            direct = {view.mention_entity(t.head if t.dep_ == "appos" and t.pos_ == "NOUN" and trigger.dep_ == "relcl"
                                          and trigger.head.i == t.i else t)
                      for role in p.target
                      for t in self._role_tokens(view, role, frame, trigger, p.through, p.need_through)}
            # ("X, 29, a nurse the PLU is running in West Kingstown": the person the clause's noun describes)
            targets = [(t, f) for t, f in targets if t in direct]
        if p.lists and pending is not None and not wanting and targets \
                and (count := self._candidates_counted(view, trigger)) is not None and count > len(targets):
            wanting.append(trigger)  # "approved the candidacies of 15 hopefuls, among them X. Other candidates
            # include A and B": the rest of those approved, named next
        if wanting and p.lists and pending is not None and not _told_of_one(view, trigger):
            pending.append(PendingList(p, sources, trigger, view.sentence_of[trigger.i]))
        elif not targets and pending is not None and p.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY",
                                                                  "NOMINATED"}:
            described = next((t for role in p.target
                              for t in self._role_tokens(view, role, frame, trigger, p.through, p.need_through)
                              if is_person_noun(t) and any(c.dep_ == "det" and c.lower_ in {"a", "an"}
                                                           for c in t.children)), None)
            if described is not None:
                pending.append(PendingList(p, sources, trigger, view.sentence_of[trigger.i], described))
        if not targets and pending is not None and p.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"} \
                and (count := self._candidates_counted(view, trigger)) is not None and count >= 2:
            # "the commission turned away two hopefuls. A was told ..., while B failed to pay the fee" (kept apart
            # from the acts a list names people for)
            view.counted_acts.append(PendingList(p, sources, trigger, view.sentence_of[trigger.i], counted=count))
        for s, fs in sources:
            for t, ft in targets:
                if s == t:
                    continue
                yield Found(p.type, s, t, round(p.confidence * fs * ft, 3), view.sent(trigger), p.id,
                            trigger=trigger, want_date=p.date, date_from=origin)

    # -- lists of people named after the act ------------------------------------------------
    def _lists(self, view: DocView, pending: list[PendingList]) -> Iterator[Found]:
        """"The CEC registered 17 candidates on December 20. Among them are A; B; and C.": the act
        applies to each person the list names, with the act's date."""
        # the sentence that named one of two people an act counted ("One of the two ... is X"), and that act
        one_of_the: tuple[int, PendingList | None] = (-1, None)
        for k, sent in enumerate(view.sentences):
            described = next((e for e in pending if e.described is not None and e.sentence_index == k - 1), None)
            opening = view.at.get(sent.start)
            if described is not None and opening is not None and opening.type == "Person" \
                    and view.doc[opening.end - 1].dep_ in {"nsubj", "nsubjpass"}:
                # "... rejected the nomination of a former investment banker. X, 51, had been named by ...": X
                yield from _applied(described, [opening.entity], sent, "+described")
            counted = next((e for e in view.counted_acts if e.sentence_index == k - 1), None)
            if counted is not None:
                # "... turned away two hopefuls. A was told his papers lacked ..., while B failed to pay the fee":
                # as many people, each the subject of a clause of the next sentence
                told = [m for m in view.mentions if m.type == "Person" and sent.start <= m.start < sent.end]
                subjects = list(dict.fromkeys(m.entity for m in told if _subject_or_conjunct(view.doc[m.end - 1])))
                # ("... approved three candidates. X said the nominations of A, B and C met all requirements")
                named = list(dict.fromkeys(m.entity for m in told if _subject_candidacy_of(view.doc[m.end - 1])))
                subjects = named if len(named) == counted.counted else subjects
                if len(subjects) == counted.counted:
                    yield from _applied(counted, subjects, sent, "+counted", 0.85)
                    continue
            words = [t.lower_ for t in sent[:3]]
            counted_before = next((e for e in reversed(view.counted_acts) if 0 < k - e.sentence_index <= 3
                                   and e.counted == 2), None) if words == ["one", "of", "the"] \
                else one_of_the[1] if words[:2] == ["the", "other"] and one_of_the[0] == k - 1 else None
            if counted_before is not None:
                # "... refused to register two candidates. ... One of the two barred candidates is X, ... The
                # other, Y, ...": each of the two the act counted
                named = view.persons_between(sent.start + 2, min(sent.end, sent.start + 12))[:1]
                if named:
                    one_of_the = (k, counted_before)
                    yield from _applied(counted_before, named, sent, "+counted", 0.8)
                    continue
            on_list = self._on_the_list(view, sent)
            # ("Also on the ballot are ...")
            also = next(tokens_among(view.doc, ALSO_IDS, sent.start), None)
            reach = 4 if also is not None and also.i < sent.end else 2
            event = next((e for e in reversed(pending) if 0 < k - e.sentence_index <= reach
                          and e.pattern.type == "APPROVED_CANDIDACY"), None) if on_list else None
            if event is not None:
                # "The nine cleared include A and B. Senator C, an independent, is also on the list": C too
                yield from _applied(event, on_list, sent, "+list", 0.9)
                continue
            if _one_of_them(sent):
                # "... rejected four others. ... One of them, businessman X, said he would appeal": that one
                # ("had rejected the papers of three aspirants. One of them, X, had failed to pay": the counted act)
                earlier = sorted((e for e in (*pending, *view.counted_acts) if 0 < k - e.sentence_index <= 2),
                                 key=lambda e: e.trigger.i)
                event = earlier[-1] if earlier else None
                if event is None:
                    continue
                acts = {r.type for r in self._verb_rows_for(sent.root) or []}
                if acts & {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"} and event.pattern.type not in acts:
                    continue  # "... cleared three. One of them, X, was refused because ...": its own act
                named = view.persons_between(sent.start + 4, sent.start + 4 + ONE_OF_THEM_REACH)[:1]
                yield from _applied(event, named, sent, "+one")
                continue
            if sent.root.lemma_ in FACING_VERBS and not _blocked(sent.root, self.lex):
                # "validated the candidacies of X and two challengers. He will face A and B": the two
                yield from self._counted_rivals(view, sent, k, pending)
                continue
            completing = [c.dep_ for c in sent.root.children if c.dep_ in {"dobj", "nsubjpass"}
                          and c.lemma_ in LIST_NOUNS | {"field", "line-up", "lineup"}]
            if sent.root.lemma_ in {"complete", "round"} and completing:
                # "Cleared to run are A and B. ... C and D complete the list": the act the list began with
                # ("The list is completed by A of X and B": the names after the verb)
                event = next((e for e in reversed(pending) if 0 < k - e.sentence_index <= 2
                              and e.pattern.type != "REJECTED_CANDIDACY"), None)
                if event is not None:
                    named = view.persons_between(sent.start, sent.root.i) if completing[0] == "dobj" \
                        else view.persons_between(sent.root.i, sent.end)
                    yield from _applied(event, named, sent, "+list", 0.9)
                continue
            if not self._is_list_sentence(sent, view):
                continue
            start = self._list_start(sent, view)
            people = view.persons_between(start, sent.end)
            for later in view.sentences[k + 1:]:
                # "The other four are A of X; B, chairman of Y; and C": the parser ends the sentence at a semicolon
                before = [t for t in view.doc[max(0, later.start - 2):later.start] if not t.is_space]
                semicolon = next((t for t in later if not t.is_space), None)
                if (not before or before[-1].text != ";" and not (before[-1].text == ":" and later.start == start)) \
                        and not (semicolon is not None and semicolon.text == ";"):
                    break  # (or at the colon a list opens with: "read the approved list:"; or the ";" opens it)
                people += [p for p in view.persons_between(later.start, later.end) if p not in people]
            if any(c.dep_ == "nsubj" and c.lemma_ in PAIR_WORDS for c in sent.root.children):
                # "The approved tickets are A and his running mate B; C, paired with D": each pair's two people
                # (not "nominated by a coalition led by X")
                people = list(dict.fromkeys(
                    m.entity for m in view.mentions if m.type == "Person" and start <= m.start
                    and m.end <= sent.end and not _by_phrase(view.doc[m.end - 1])))
            own = self._own_event(view, sent, pending)
            if own is not None:
                # "Among those cleared by the TSE are A; B; and C"
                pattern, sources, trigger, origin = own
                if pattern.lists:
                    pending.append(PendingList(pattern, sources, trigger, k))  # ("Also on the list are D and E")
                # ("Those cleared to run are A, who was put forward on July 12; B; ...", cleared by no one the
                # sentence names: the act before, and its day)
                acted = origin if origin is not None and origin.i < sent.start else trigger
                for s, fs in sources:
                    for person in people:
                        yield Found(pattern.type, s, person, round(pattern.confidence * fs * 0.9, 3), sent,
                                    pattern.id + "+list", trigger=acted, want_date=pattern.date, date_from=origin)
                continue
            if sent[0].lower_ == "among" and any(t.tag_ in {"VBN", "VBD", "VBG"} and t.lemma_ != "be"
                                                 for t in view.doc[sent.start:start]):
                continue  # "Among those left off the ballot is X": a predicate of its own, not the act before
            # ("The list also includes A and B", a few sentences on: the same list, still going)
            # ("Those on the list include A; B; and C": the people on it)
            on_it = [t for t in view.doc[sent.start:start] if t.lemma_ in LIST_NOUNS | BALLOT_NOUNS
                     and t.dep_ == "pobj" and t.head.lower_ == "on" and t.head.head.dep_ == "nsubj"]
            listed = bool(on_it) or any(t.lemma_ in LIST_NOUNS | BALLOT_NOUNS and t.dep_ == "nsubj" and not any(
                c.lemma_ in REFUSAL_WORDS for c in t.children) for t in view.doc[sent.start:start])
            # ("... approved seven candidacies. [two sentences on the checks] The ballot will include A; B; ...")
            reach = 4 if listed and (on_it or any(t.lower_ in {"also", "further"}
                                                  or t.lemma_ in BALLOT_NOUNS and t.dep_ == "nsubj"
                                                  for t in view.doc[sent.start:start])) else 2
            near = [e for e in reversed(pending) if 0 < k - e.sentence_index <= reach
                    or (k == e.sentence_index and e.trigger.i < start)]
            if listed:
                near = [e for e in near if e.pattern.type != "REJECTED_CANDIDACY"]  # (the list, not the refused)
            if any(t.lemma_ in LIST_NOUNS for t in view.doc[sent.start:start]):
                # "... finalized the list of 66 candidates and declared 117 others nuisances. Among those on the
                # final list are A and B": the act on a list
                near = [e for e in near if any(t.lemma_ in LIST_NOUNS for t in e.trigger.children
                                               if t.dep_ in {"dobj", "nsubjpass"})] or near
            # ("The nine candidates include A; B; ...": the count beside the subject's noun too)
            how_many = next((_number(c) for c in view.doc[sent.start:start] if c.dep_ == "nsubj" and c.pos_ == "NUM"
                             or c.dep_ == "nummod" and c.head.dep_ == "nsubj"), None)
            if how_many is not None:
                # "... cleared five candidates and rejected 55 other applications. The five are A; B; ...": the
                # act that counted as many
                near = [e for e in near if self._candidates_counted(view, e.trigger) == how_many] or near
            said = next((c.lemma_ for c in view.doc[sent.start:start] if c.dep_ == "nsubj" and c.tag_ == "NNS"
                         and c.lemma_ in CANDIDATE_NOUNS and not any(x.lemma_ in REFUSAL_WORDS for x in c.children)),
                        None)
            if said in {"candidate", "challenger", "contender", "nominee"} and len(near) > 1:
                # "approved five candidates ... and rejected two others. His four challengers are A; B; ...": people
                # still running, not the ones turned away
                near = [e for e in near if e.pattern.type != "REJECTED_CANDIDACY"] or near
            if said is not None and len(near) > 1:
                # "admitted 11 candidates and rejected the applications of four others. The candidates include A;
                # B": the act on as many candidates, not the later one on applications
                near = [e for e in near if any(o.lemma_ == said for o in e.trigger.children
                                               if o.dep_ in {"dobj", "nsubjpass"})] or near
            event = near[0] if near else None
            if event is None:
                continue
            yield from _applied(event, people, sent, "+list", 0.9)

    @staticmethod
    def _on_the_list(view: DocView, sent: Span) -> list[int]:
        """The people a sentence says are on the list or the ballot ("X is also on the list")."""
        root = sent.root
        if root.lemma_ in {"head", "top"} and any(c.dep_ == "dobj" and c.lemma_ in LIST_NOUNS and any(
                d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in root.children) \
                and not _blocked(root, view.lex):
            # "President X, who is seeking a second term, heads the list": the first one on it
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            return [] if subject is None else view.persons_between(subject.left_edge.i, subject.i + 1)
        if root.lemma_ != "be":
            return []
        on = [o for c in root.children if c.dep_ == "prep" and c.lower_ == "on" for o in c.children
              if o.dep_ == "pobj" and (o.lemma_ in LIST_NOUNS or o.lemma_ == "ballot")]
        subject = next((c for c in root.children if c.dep_ == "nsubj" or c.dep_ == "attr" and c.i > root.i), None)
        if not on or subject is None or _blocked(root, view.lex):
            return []
        # ("Also on the ballot are A of X and the Unity Party's candidate, B": the names in the subject's phrase)
        return view.persons_between(subject.left_edge.i, subject.right_edge.i + 1)

    def _counted_rivals(self, view: DocView, sent: Span, k: int, pending: list[PendingList]) -> Iterator[Found]:
        """The people "He will face A and B" names, when an act just before was on that many rivals
        ("validated the candidacies of the President and two challengers")."""
        if not any(c.dep_ == "dobj" for c in sent.root.children):
            return
        people = view.persons_between(sent.root.i + 1, sent.end)
        for event in reversed(pending):
            if not 0 < k - event.sentence_index <= 2:
                continue
            rivals = [t for t in view.sentences[event.sentence_index]
                      if t.lemma_ in RIVAL_NOUNS and t.tag_ == "NNS" and any(
                          c.dep_ == "nummod" and NUMBER_WORDS.get(c.lower_) == len(people) for c in t.children)]
            if not rivals:
                continue
            yield from _applied(event, people, sent, "+rivals")
            return

    def _candidate_lists(self, view: DocView) -> Iterator[Found]:
        """"The remaining candidates are A, B and C"; "The candidates include A and B": each runs. "Among
        the winners was X": X won."""
        rows = self.other_rows.get("candidate_list", [])
        for noun in tokens_among(view.doc, CANDIDATE_LIST_IDS) if rows else ():
            verb = noun.head
            among = noun.dep_ == "pobj" and verb.lower_ == "among" and verb.head.lemma_ == "be" and verb.i < verb.head.i
            if among:
                verb = verb.head  # "Among the winners was X, who ..."
            elif noun.dep_ != "nsubj" or verb.lemma_ not in {"be", "include", "comprise", "consist"} \
                    or verb.i < noun.i:
                continue
            if noun.lower_ == "mate" and not any(c.lower_ == "running" for c in noun.children):
                continue  # ("whose running mate is X": X runs too)
            if _blocked(verb, self.lex) or any(c.dep_ in {"amod", "compound"} and c.lemma_ in REFUSAL_WORDS
                                               for c in noun.children):
                continue  # (not "the rejected candidates are A and B")
            named = next((c for c in verb.children if c.dep_ in {"attr", "dobj"} and c.i > verb.i
                          or among and c.dep_ == "nsubj" and c.i > verb.i), None) \
                or next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" and verb.lemma_ == "consist"
                         for o in c.children if o.dep_ == "pobj"), None)  # "The first pair consists of A and B"
            if named is None:
                continue  # ("All candidates are in equal conditions, X said")
            # (not "X, who defeated Y": a clause on an item names no item)
            inner = {k for t in named.subtree if t.dep_ in {"relcl", "acl", "advcl"}
                     for k in range(t.left_edge.i, t.right_edge.i + 1)}
            people = [e for e in view.persons_between(named.left_edge.i, named.right_edge.i + 1)
                      if any(m.entity == e and m.start not in inner for m in view.mentions)]
            wanted = "WON" if noun.lemma_ in {"winner", "victor"} else "CANDIDATE_IN"
            for p in rows:
                if p.type != wanted:
                    continue
                for e, factor in self._arguments(view, p.target, p.target_types, None, verb, frozenset(), set(),
                                                 rel_type=p.type):
                    for person in people:
                        yield Found(p.type, person, e, round(p.confidence * factor, 3), view.sent(verb), p.id)

    def _counted_approvals(self, view: DocView, found: list[Found]) -> Iterator[Found]:
        """"The Constitutional Court confirmed the list of the three candidates": the three the story names
        as candidates, when it names exactly that many ("the candidacies" counts the "nine candidates"
        told before)."""
        rejected = {f.target for f in found if f.type == "REJECTED_CANDIDACY"}
        running = list(dict.fromkeys(f.source for f in found if f.type == "CANDIDATE_IN" and f.source not in rejected))
        if len(running) < 2:
            return
        for t in tokens_among(view.doc, COUNTED_CANDIDACY_IDS):
            verb = t.head if t.dep_ in {"dobj", "nsubjpass"} else t.head.head.head \
                if t.dep_ == "pobj" and t.head.head.dep_ in {"dobj", "nsubjpass"} else None
            if verb is None or verb.pos_ != "VERB" or t.tag_ != "NNS" or _blocked(verb, self.lex):
                continue
            rows = [p for p in self._verb_rows_for(verb) or [] if p.type == "APPROVED_CANDIDACY" and p.lists
                    and not p.governor and _has_required(p, verb)]
            if not rows or self._candidates_counted(view, verb) != len(running):
                continue
            frame = build_frame(verb)
            sources = self._arguments(view, rows[0].source, rows[0].source_types, frame, verb, rows[0].through, set())
            approved = {f.target for f in found if f.type == "APPROVED_CANDIDACY" and f.trigger is verb}
            event = PendingList(rows[0], sources, verb, view.sentence_of.get(verb.i, 0))
            yield from _applied(event, [p for p in running if p not in approved], view.sent(verb), "+counted", 0.8)
            return
        for t in tokens_among(view.doc, LIST_IDS):
            # "Seven candidates are running in the October 24 election ... The DVK confirmed the list on September
            # 29": everyone the story has running (no more than the list holds) is on it
            verb = t.head
            if t.dep_ not in {"dobj", "nsubjpass"} or t.tag_ != "NN" or verb.pos_ != "VERB" \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children) \
                    or any(c.dep_ in {"prep", "compound", "poss", "amod"} for c in t.children) \
                    or _blocked(verb, self.lex):
                continue
            rows = [p for p in self._verb_rows_for(verb) or [] if p.type == "APPROVED_CANDIDACY" and p.lists
                    and not p.governor and p.id == "approved-candidacy"]
            count = self._counted_before(view, verb)
            if not rows or count is None or count < len(running):
                continue
            sources = self._arguments(view, rows[0].source, rows[0].source_types, build_frame(verb), verb,
                                      rows[0].through, set())
            event = PendingList(rows[0], sources, verb, view.sentence_of.get(verb.i, 0))
            yield from _applied(event, running, view.sent(verb), "+counted", 0.8)
            return

    @staticmethod
    def _counted_before(view: DocView, trigger: Token) -> int | None:
        """How many candidates the sentences up to an act's count ("Seven candidates are running ...")."""
        here = view.sentence_of.get(trigger.i, 0)
        for sent in reversed(view.sentences[max(0, here - 4):here + 1]):
            for t in reversed(sent):
                if t.i < trigger.i and t.lemma_ in COUNTED_CANDIDACY_NOUNS and t.tag_ == "NNS":
                    count = _counted_by(t)
                    if count is not None:
                        return count
        return None

    @staticmethod
    def _candidates_counted(view: DocView, trigger: Token) -> int | None:
        """How many candidates an act's object counts: "the three candidates"; "the candidacies", after
        "nine candidates" a few sentences before."""
        objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
        nouns = [t for o in objects for t in o.subtree if t.lemma_ in COUNTED_CANDIDACY_NOUNS and t.tag_ == "NNS"]
        for noun in nouns:
            count = _counted_by(noun)
            if count is not None:
                return count
            pairs = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
            count = _counted_by(pairs) if pairs is not None and pairs.lemma_ in PAIR_WORDS else None
            if count is not None:
                return 2 * count  # "declared three pairs of candidates eligible": six people
        if not any(c.dep_ == "det" and c.lower_ == "the" for n in nouns for c in n.children):
            return None
        return RelationEngine._counted_before(view, trigger)

    @staticmethod
    def _decider_of_item(view: DocView, trigger: Token) -> int | None:
        """"The Commission decided:" then "- to register Ms X, ...": the body whose decision the item is."""
        here = view.sentence_of.get(trigger.i, 0)
        sent = view.sentences[here]
        start = _item_marker(sent)
        if start is None or trigger.i > start + 1 or trigger.tag_ != "VB":
            return None
        k = here - 1
        while k >= 0 and _item_marker(view.sentences[k]) is not None:
            k -= 1
        last = next((t for t in reversed(view.sentences[k]) if not t.is_space), None) if k >= 0 else None
        if last is None or last.text != ":":
            return None
        root = view.sentences[k].root
        subject = next((c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        hit = view.resolve(subject, frozenset({"Organization"})) if subject is not None else None
        return hit[0] if hit is not None else None

    def _item_lists(self, view: DocView, pending: list[PendingList]) -> Iterator[Found]:
        """"... approved the candidacies of four nominees, namely:" then "1) A, ...;" "2) B, ...": an act
        ending in a colon applies to the first person of each numbered or bulleted item after it."""
        sentences = view.sentences
        for k, sent in enumerate(sentences):
            last = next((t for t in reversed(sent) if not t.is_space), None)
            if last is None or last.text != ":":
                continue
            event = next((e for e in reversed(pending) if e.sentence_index == k), None)
            if event is None:
                continue
            j = k + 1
            while j < len(sentences) and _item_marker(sentences[j]) is not None:
                item = sentences[j]
                start = _item_marker(item)
                if start is not None and start >= item.end and j + 1 < len(sentences):
                    item, start = sentences[j + 1], sentences[j + 1].start  # "3)" parsed as a sentence alone
                    j += 1
                people = view.persons_between(start if start is not None else item.start, item.end)
                yield from _applied(event, people[:1], item, "+items", 0.9)
                j += 1

    def _own_event(self, view: DocView, sent: Span, pending: list[PendingList]
                   ) -> tuple[Pattern, list[tuple[int, float]], Token, Token | None] | None:
        """The act a list sentence names itself before its list: "Among those cleared by the TSE are";
        "Among those rejected was X" (by whoever did the same kind of act just before, whose date it
        takes when it gives none)."""
        for t in view.doc[sent.start:self._list_start(sent, view)]:
            # ("The accepted list includes A and B": a participle the tagger took for an adjective)
            rows: list[Pattern] | None = None
            if t.pos_ in {"VERB", "AUX"} or t.tag_ in {"VBN", "VBD"}:
                rows = self._verb_rows_for(t)
            elif t.tag_ == "JJ" and t.dep_ == "amod" and t.lower_.endswith("ed") and (
                    t.head.lemma_ in LIST_SUBJECTS or t.head.lemma_ in CANDIDATE_NOUNS and t.head.tag_ == "NNS") \
                    or t.i == sent.start and t.lower_.endswith("ed") and (t.head.lemma_ == "be" or any(
                        c.dep_ == "auxpass" for c in t.children)):
                # ("The accepted list includes A and B"; "Registered were A, B and C", with "Registered" a name)
                rows = self.verb_rows.get(t.lower_[:-1]) or self.verb_rows.get(t.lower_[:-2])
            for p in rows or []:
                if not p.lists or p.governor or _blocked(t, self.lex) or not _has_required(p, t) \
                        or _told_of_one(view, t):
                    continue
                if p.particle and not any(c.dep_ in {"prt", "advmod"} and c.lower_ in p.particle for c in t.children):
                    continue  # ("Besides X, whom the ruling party nominated, they include Y": no "ruled out")
                # ("X, the ministry's spokesman, read the approved list:": the list says no one who approved it)
                sources = self._arguments(view, p.source, p.source_types, build_frame(t), t, p.through, set()) \
                    if t.dep_ != "amod" else []
                origin = None
                if not sources:
                    # by whoever did the same act just before, else an act by the same kind of body
                    # ("The EC cleared five. Rejected were A and B.")
                    earlier = [e for e in pending if e.trigger.i < t.i]
                    same = [e for e in earlier if e.pattern.type == p.type] \
                        or [e for e in earlier if e.pattern.source_types == p.source_types]
                    act = self._earlier_act(view, t, p.type) if not same else None
                    acted = self._actors(view, act)
                    if t.lemma_ == "register" and _courts_only(view, acted):
                        acted = []  # (registering is the commission's work, not a court's)
                    if same:
                        sources, origin = same[-1].sources, same[-1].trigger
                    elif acted and act is not None:
                        # "ELECAM on Tuesday rejected 19 of the 212 lists, the chairman of its Electoral Board
                        # said. ... Among the lists thrown out was that of X": whoever did that act
                        sources, origin = acted, act
                    elif p.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"} \
                            and (body := view.election_body(before=t.i)) is not None:
                        sources = [(body, 0.85)]  # the article's one election commission
                        # whose date the list takes (not where it says its own: "were registered on October 16")
                        origin = act if not any(w.ent_type_ == "DATE" for w in t.subtree) else None
                    else:
                        continue
                if p.type == "NOMINATED":
                    # ("Among the approved candidates is X": the commission approved, it nominated nobody)
                    sources = [(s, f) for s, f in sources if view.type_of(s) == "Person"
                               or is_party(view.entities[s], self.lex) or not is_election_body(view.entities[s])]
                    if not sources:
                        continue
                return p, sources, t, origin
        return None

    def _actors(self, view: DocView, act: Token | None) -> list[tuple[int, float]]:
        """The bodies that did an act (its agents), none for no act."""
        if act is None:
            return []
        return self._arguments(view, ("agent",), frozenset({"Organization"}), build_frame(act), act, frozenset(), set())

    def _earlier_act(self, view: DocView, t: Token, rel_type: str) -> Token | None:
        """The last dated act of the same kind in the few sentences before ("The EC on Monday cleared
        eight. ... Also cleared were A and B"), whose date a list without one shares."""
        here = view.sentence_of.get(t.i, 0)
        for x in reversed(view.doc[view.sentences[max(0, here - 10)].start:view.sentences[here].start]):
            # (not "the 1,636 people who registered for the election": who did that is not the body; nor "the
            # ministry announced" after "the Council has cleared six": who tells of the act did not do it)
            if x.lemma_ in REPORTING_VERBS and any(c.dep_ == "ccomp" for c in x.children):
                continue
            if x.pos_ == "VERB" and x.dep_ not in {"amod", "acl", "relcl"} \
                    and any(w.ent_type_ == "DATE" for w in x.sent) \
                    and any(r.type == rel_type and r.lists and not r.governor and _has_required(r, x)
                            for r in self._verb_rows_for(x) or []) and not _blocked(x, self.lex):
                return x
        return None

    @staticmethod
    def _list_start(sent: Span, view: DocView | None = None) -> int:
        """Where the names begin: after "Among them are", "The ballot will include", "read the list:"."""
        colon = _colon_list(sent, view) if view is not None else None
        if colon is not None:
            return colon + 1
        verb = next((t for t in sent if t.lemma_ in LIST_VERBS and t.pos_ in {"VERB", "AUX"}
                     and (t.dep_ == "ROOT" or t.dep_ in {"conj", "ccomp"} and t.head.dep_ == "ROOT")), None)
        # (not "read out by X" before "comprises")
        if verb is not None:
            return verb.i + 1
        first = next((t for t in sent if not t.is_space), None)
        if first is not None and first.lower_ in {"they", "these"} and first.i + 1 < sent.end \
                and sent.doc[first.i + 1].lemma_ == "be" and sent.doc[first.i + 1].dep_ != "ROOT":
            return first.i + 2  # ("They are retired general A, ...; B", parsed with A as the root)
        be = _copula_opening(sent)
        if be is not None and be.dep_ != "ROOT":
            return be.i + 1  # ("The five are A; B; C", parsed with B as the root)
        copula = _reported_copula(sent.root)
        if copula.i != sent.root.i:
            return copula.i + 1  # "X said the cleared candidates were A, B and C"
        opening = _participle_opening(sent)
        if opening is not None:
            return opening.i + 1
        for t in sent:
            if t.dep_ == "ROOT":
                return t.i + 1
        return sent.start

    @staticmethod
    def _is_list_sentence(sent: Span, view: DocView) -> bool:
        def person(t: Token) -> bool:  # (a name the NER typed as a place: "They are Tomas Velloso, ...")
            return t.ent_type_ == "PERSON" or (m := view.at.get(t.i)) is not None and m.type == "Person"

        first = next((t for t in sent if not t.is_space and not t.is_punct), None)
        if first is None:
            return False
        if _colon_list(sent, view) is not None:
            return True  # "X read the approved list on state television: A; B; and C"
        if first.lower_ == "among" and any(t.lemma_ in PEOPLE_NOUNS | {"they", "those", "list"} for t in sent[:8]):
            return True
        if first.lower_ == "one" and sent.root.lemma_ == "be" and first.i + 3 < sent.end \
                and sent.doc[first.i + 1].lower_ == "of" and sent.doc[first.i + 2].lower_ in {"those", "them"} \
                and sent.doc[first.i + 3].tag_ == "VBN":
            return True  # "One of those turned away was X
        be = _copula_opening(sent)
        if be is not None and any(person(t) for t in sent.doc[be.i + 1:min(sent.end, be.i + 5)]):
            return True  # "The five are A; B; and C", however the semicolons were parsed
        nxt = sent.doc[first.i + 1] if first.i + 1 < sent.end else None
        root = sent.root
        if root.lemma_ == "be" and any(c.dep_ == "prep" and c.lower_ == "on" and c.i < root.i and any(
                o.lemma_ in {"list", "ballot"} for o in c.children) for c in root.children) \
                and any(c.dep_ == "nsubj" and c.i > root.i and person(c) for c in root.children):
            return True  # "Also on the list are A of X and B"
        if (first.tag_ == "VBN" or first.lower_.endswith("ed")) and root.lemma_ == "be" and root.i == first.i + 1:
            return True  # "Registered were A, B and C", with "were" read as the verb (and "Registered" as a name)
        opening = _participle_opening(sent)
        if opening is not None and sum(person(t) for t in sent.doc[opening.i + 1:sent.end]) >= 2:
            return True  # "Also registered were A, who ...; B of X; and C", parsed with B as the root
        nxt = sent.doc[first.i + 1] if first.i + 1 < sent.end else None
        if first.lower_ in {"those", "the"} and nxt is not None and nxt.tag_ == "VBN" and sent.root.lemma_ == "be":
            return True  # "Those registered are A, a member of Congress; B; and C"
        if first.lower_ == "the" and nxt is not None and nxt.lemma_ in LIST_SUBJECTS | PEOPLE_NOUNS \
                and nxt.dep_ == "nsubj" and nxt.head.tag_ in {"VBD", "VBN"} and any(
                    c.dep_ == "ccomp" and c.lemma_ == "be" and any(a.dep_ == "attr" and person(a) for a in c.children)
                    for c in nxt.head.children):
            return True  # "The candidates admitted to the list are A; B; and C", "admitted" read as the verb
        root = _reported_copula(sent.root)
        if root.lemma_ == "be" and any(c.dep_ == "attr" and (person(c) or any(
                a.dep_ == "appos" and person(a) for a in c.children) or c.lower_ in {"those", "that"} and any(
                    # ("The candidacies accepted by the court are those of A; B; and C")
                    p.dep_ == "prep" and p.lower_ == "of" and any(person(o) for o in p.children)
                    for p in c.children)) for c in root.children):
            # "They are A, B and C"; "The candidates are A and B"
            # ("The three approved tickets are A and his running mate B; C, paired with D; ..."; "The five are";
            # not "The most prominent name missing from the list is X")
            return any(c.dep_ == "nsubj" and not any(w.lower_ in ABSENT_WORDS for w in c.subtree)
                       and (c.lemma_ in LIST_SUBJECTS | PEOPLE_NOUNS | PAIR_WORDS
                            or c.lemma_ in CANDIDATE_NOUNS and c.tag_ == "NNS"  # ("The candidacies accepted are")
                            or c.tag_ == "CD" and c.lower_ in NUMBER_WORDS
                            or c.lower_ in {"they", "these", "those"}) for c in root.children)
        if first.lower_ in {"they", "these"} and nxt is not None and nxt.lemma_ == "be" and nxt.dep_ != "ROOT" \
                and len(view.persons_between(nxt.i + 1, sent.end)) >= 2:
            return True  # "They are retired general A, nominated by X; economist B; ...", parsed with A as the root
        if (root.tag_ in {"VBN", "VBD"} or root.i == first.i and root.lower_.endswith("ed")) \
                and all(t.dep_ in {"advmod", "cc", "punct"} for t in sent.doc[first.i:root.i]) \
                and any(c.dep_ == "auxpass" and c.i > root.i for c in root.children):
            # "Rejected were A and B", "Also cleared to run were A and B" (the participle tagged VBD), "Admitted
            # were A; B; and C" (tagged as a name)
            return True
        # "They include A and B; both were put forward by ...": the list verb may head only the first clause;
        # "The final list, read out by X, comprises A; B; ...": or follow the root as its conjunct
        verbs = [root, *(t for t in itertools.takewhile(lambda t: t.i < sent.end,
                                                         tokens_among(view.doc, LIST_VERB_IDS, sent.start))
                         if t.dep_ in {"ccomp", "conj"} and t.lemma_ in LIST_VERBS
                         and (t.i < root.i or t.dep_ == "conj" and t.head.i == root.i))]
        return any(v.lemma_ in LIST_VERBS and any(
            c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_ in LIST_SUBJECTS or c.lower_ in {"they", "these", "those"}
                                                  # ("The heads of list approved by the court include A and B")
                                                  or c.lemma_ in PEOPLE_NOUNS and c.tag_ == "NNS"
                                                  # ("The nine cleared on Tuesday include A and B")
                                                  or c.tag_ == "CD" and c.lower_ in NUMBER_WORDS
                                                  or c.lower_ == "it" and _list_subject_before(sent))
            for c in (*v.children, *(v.head.children if v.dep_ == "conj" else ()))) for v in verbs)

    def _numbered_rivals(self, view: DocView, found: list[Found]) -> Iterator[Found]:
        """"The three will face each other in the general election on November 30": the three people the
        sentences just before put up as candidates (nominated, or winning a primary)."""
        rows = [p for p in self.verb_rows.get("run", []) if p.type == "CANDIDATE_IN"]
        for k, sent in enumerate(view.sentences):
            root = sent.root
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            if root.lemma_ not in FACING_VERBS | {"meet", "compete"} or subject is None or not rows \
                    or subject.lower_ not in NUMBER_WORDS or _blocked(root, self.lex) and not _future(root) \
                    or not any(t.lower_ in {"other", "another"} for t in sent):
                continue
            wanted = NUMBER_WORDS[subject.lower_]
            named: list[int] = []
            for f in found:
                here = view.sentence_of.get(f.sentence.start, -1)
                person = f.target if f.type == "NOMINATED" else f.source if f.type == "WON" else None
                if person is not None and k - 4 <= here < k and person not in named:
                    named.append(person)
            if len(named) != wanted:
                continue
            elections = [m.entity for m in view.mentions if m.type == "Election" and sent.start <= m.start < sent.end]
            election = elections[0] if elections else self._context_election(view, root, "CANDIDATE_IN")
            if election is None:
                continue
            for person in named:
                yield Found("CANDIDATE_IN", person, election, rows[0].confidence * 0.85, sent, "candidate-in-rivals",
                            trigger=root)

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
                for e, factor in self._arguments(view, p.target, p.target_types, None, anchor, frozenset(), set(),
                                                 rel_type=p.type):
                    if f.type == "NOMINATED" and view.entities[e].props.get("kind") == "primary":
                        # "X secured the nomination with 48.7 percent" in a story on the primaries: the nominee
                        # runs in the election the primaries are for, when the article names it
                        e = _election_after_primaries(view) or e
                    yield Found(p.type, person, e, round(min(f.confidence, p.confidence) * factor, 3),
                                f.sentence, p.id)

    # -- titles ---------------------------------------------------------------------------
    def _titles(self, view: DocView) -> Iterator[Found]:
        rows = self.other_rows.get("title", [])
        if not rows:
            return
        doc = view.doc
        held: list[tuple[Title, int]] = []
        for title in view.titles:
            if any(m.type == "Organization" and m.start < title.start and title.end <= m.end for m in view.mentions):
                continue  # "the High Court of Cassation and Justice": a word of a body's name
            k = title.start - 1 - (title.start >= 2 and doc[title.start - 1].lower_ == "the")
            if k >= 1 and doc[k].lower_ == "of" and k - 1 in view.title_tokens:
                continue  # "the Special Representative of the President of X, Y": Y is the representative
            person, org = self._title_construction(view, title)
            if person is None and k >= 1 and doc[k].lower_ == "and" and held:
                # "X, Chairman of the CIS Executive Committee and head of the observer mission": X's too
                before, holder = held[-1]
                between = [m for m in view.mentions if before.end <= m.start < title.start and m.type == "Person"]
                if not between and title.start - before.end <= 12 \
                        and doc[before.start].sent.start == doc[title.start].sent.start:
                    person = holder
                    if title.end < len(doc) and doc[title.end].lower_ in {"of", "at"}:
                        org, _ = self._org_after(view, title.end + 1)
            if person is None and title.end < len(doc) and doc[title.end].lower_ == "and":
                # "HRPP leader and caretaker Prime Minister X": X holds both
                nxt = next((t for t in view.titles if title.end < t.start <= title.end + 2), None)
                if nxt is not None:
                    person, _ = self._title_construction(view, nxt)
                    if person is not None and org is None:
                        org = self._org_before(view, title.start)
            if person is not None:
                held.append((title, person))
            if person is None:
                continue
            for i in range(title.start, title.end):
                view.titled.setdefault(i, person)
            if org is None and title.national:
                org = self._national_body(view, title)
            if org is None and re.search(r"\bobserver$|\bmission$", fold(title.text)):
                # "a mission, with 80 observers under chief observer X": the mission just named
                sent = view.sent(doc[title.start])
                near = [m.entity for m in view.mentions
                        if m.type == "Delegation" and sent.start <= m.start < title.start]
                if not near and re.search(r"\bthe mission$", fold(title.text)):
                    # "The CIS mission arrived ... The head of the mission, X": the mission named before
                    near = [m.entity for m in view.mentions if m.type == "Delegation" and m.start < title.start]
                if not near and core_of(title) in MISSION_HEAD_TITLES:
                    # "The EU EOM has deployed 32 observers ... Chief Observer X arrived": the one mission named before
                    earlier = list(dict.fromkeys(m.entity for m in view.mentions
                                                 if m.type == "Delegation" and m.start < title.start))
                    near = earlier if len(earlier) == 1 else []
                org = near[-1] if near else None
            if org is None and fold(title.text).split()[-1] in BODY_POST_WORDS and title.start > 0:
                # "a delegation from Mongolia's General Election Commission, led by commissioner X": a post at
                # the body that sent it
                org = _led_team_sender(view, doc[title.start - 1])
            party_word = doc[title.start] if doc[title.start].lower_ == "party" else doc[title.start - 1] \
                if title.start > 0 and doc[title.start - 1].lower_ == "party" else None
            if org is None and party_word is not None and (party_word.i < title.start
                                                           or fold(title.text).startswith("party ")):
                # "topped by party chairman X": the party just named ("party spokesperson X" too); "The Democrats
                # have fielded party leader X": the party the clause is about
                org = self._clause_party(view, party_word) or view.antecedent(party_word, frozenset({"Organization"}))
                org = org if org is not None and is_party(view.entities[org], self.lex) else next(
                    (m.entity for m in reversed(view.mentions) if m.start < title.start and m.type == "Organization"
                     and is_party(view.entities[m.entity], self.lex)), None)  # ("Fine Gael ... Party leader X")
            if org is None and fold(title.text) == "commissioner" and doc[title.start].text == "Commissioner" \
                    and not (title.start > 0 and doc[title.start - 1].pos_ == "PROPN"):  # ("Police Force Commissioner")
                org = view.election_body(commission=True)  # "Commissioner X" in a story on the one commission
            ahead = title.start - 1 - (title.start >= 2 and doc[title.start - 1].tag_ == "POS")
            local = ahead >= 0 and (m_before := view.at.get(ahead)) is not None \
                and m_before.type == "Location"  # "Jharkhand (or Kerala's) Chief Electoral Officer X": a state's
            foreign = self.lex.country_of_adjective(doc[ahead].text) if ahead >= 0 and not local else None
            if org is None and ELECTION_OFFICER.search(fold(title.text)) and foreign is not None \
                    and view.main_country_name is not None and foreign != view.main_country_name:
                # "Nepali election commissioner X", in a story on Bhutan's vote: Nepal's commission, if named
                local = True
                org = next((e for e, r in enumerate(view.entities) if r.type == "Organization"
                            and runs_elections(r) and fold(foreign) in fold(r.name).split()), None)
            if org is None and ELECTION_OFFICER.search(fold(title.text)) and not local:
                # "Chief Election Commissioner X": a member of the article's one election commission
                org = view.election_body(commission=True)
                if org is None:  # (of two commissions, the one named last before the title)
                    org = view.election_body(commission=True, before=title.start)
            if org is not None and view.type_of(org) == "Organization" and core_of(title) in MISSION_HEAD_TITLES:
                # "The AU sent a mission. Its chief observer, X": a post of the body's mission, not of the body
                team = next((e for e, r in enumerate(view.entities) if r.type == "Delegation"
                             and org in r.props.get("senders", [])), None)
                org = team if team is not None else org
            by = title.start - 1 - (title.start >= 1 and bool(self.lex.country_of_adjective(doc[title.start - 1].text)))
            if org is not None and view.type_of(org) == "Country" and core_of(title) == "ambassador" \
                    and by >= 1 and doc[by].lower_ == "by" and doc[by - 1].lemma_ in {"head", "lead", "chair"}:
                continue  # "a mission headed by (Swedish) Ambassador X (of the Netherlands)": a rank and a nationality
            if org is not None and view.type_of(org) == "Location" and not self._post_of_place(view, title, org):
                continue
            if org is None or title.former:
                continue
            view.holders.setdefault(org, person)
            if not title.national and any(m.entity == org and m.props.get("adjective")
                                          for m in view.mentions if m.start < title.start and m.end >= title.start - 1):
                continue  # "Swedish municipal councillor": a nationality, not the body of the post
            core = fold(title.text).removeprefix("acting ").strip()
            while core.split(" ", 1)[0] in MEMBER_MODIFIERS and " " in core:
                core = core.split(" ", 1)[1]  # "a senior member of the Labour Party": a member
            if core.split(" ", 1)[0] in {"national", "federal", "provincial", "regional"} and " " in core \
                    and core.split(" ", 1)[1] in MEMBER_TITLES:
                core = core.split(" ", 1)[1]  # "a national senator for the X Front": a member of it
            if core in {"leader", "figure"} and any(doc[k].lower_ in {"senior", "prominent", "veteran", "top"}
                                                     for k in range(max(0, title.start - 4), title.end - 1)):
                core = "member"  # "Senior Congress leader X": one of the party's leaders, not its head
            words = core.split()
            heads_it = core in self.lex.head_titles or (words and words[-1] in LEADER_WORDS
                                                        and words[0] not in {"deputy", "vice", "co", "assistant"})
            qualifier = doc[title.start - 1].lower_ if title.start > 0 else ""
            if qualifier in PART_LEADER_WORDS:
                heads_it = False  # "the NCD's parliamentary leader": a post in the party, not its head
            # ("head of the commission's information technology department", the body called by a common noun)
            owners = [(m.end, m.entity) for m in view.mentions] + [
                (t.i + 1, org) for t in doc[title.end:min(len(doc), title.end + 3)]
                if t.pos_ == "NOUN" and t.lemma_ in self.lex.org_head_nouns and view.resolve(t, frozenset(
                    {"Organization"})) is not None] if heads_it else []
            if heads_it and any(entity == org and title.end < end <= title.end + 4 and end + 3 < len(doc)
                                and doc[end].tag_ == "POS" and any(t.lemma_ in SUBUNIT_NOUNS
                                                                   for t in doc[end + 1:end + 5])
                                for end, entity in owners):
                heads_it = False  # "head of the STC's Hadramawt branch": a post in the body, not its head
            senders = view.entities[org].props.get("senders", []) if view.type_of(org) == "Delegation" else []
            if qualifier == "its" and words and words[-1] in BODY_POST_WORDS and len(senders) == 1 \
                    and view.type_of(senders[0]) == "Organization":
                # "a delegation of the National Election Commission, led by its president X": a post at the
                # commission as well
                for p in rows:
                    if p.titles is None and p.type == "HOLDS_POSITION":
                        yield Found(p.type, person, senders[0], p.confidence * 0.95, view.sent(doc[title.start]),
                                    p.id, props={"title": title.text})
            # "ULR mayor X", "ANC minister Y": a public office held by a party's member, not a post in the party
            party_office = core in PUBLIC_OFFICES and view.type_of(org) == "Organization" \
                and is_party(view.entities[org], self.lex)
            # "INE councillor X": a seat on an electoral council is a post there ("Labour councillor X": a member)
            council_seat = core in {"councillor", "councilor"} and view.type_of(org) == "Organization" and any(
                w in fold(n).split() for n in (view.entities[org].name, *view.entities[org].aliases)
                for w in ("electoral", "election", "elections"))
            for p in rows:
                if view.type_of(person) not in p.source_types or view.type_of(org) not in p.target_types:
                    continue
                target_type = view.type_of(org)
                if party_office and p.titles is None:
                    continue
                if p.titles == "head_titles" and not heads_it:
                    continue
                if p.titles == "leader_titles" and not (words and words[-1] in LEADER_WORDS and heads_it):
                    continue  # "leader of the party", "head of the commission": HEADS (its post, with alt types)
                if p.titles == "member_titles" and (core not in MEMBER_TITLES or council_seat) and not party_office \
                        and not (target_type == "Delegation" and not heads_it):
                    continue  # a delegation's deputy head or its members are members of it
                if p.titles is None and (core in MEMBER_TITLES and not council_seat or target_type == "Organization"
                                         and words and words[-1] in LEADER_WORDS and heads_it):
                    continue  # "a deputy of the Regional Duma": a member, not a post
                props = {"title": f"{qualifier} {title.text}" if qualifier in PART_LEADER_WORDS else title.text}
                yield Found(p.type, person, org, p.confidence, view.sent(doc[title.start]), p.id, props=props)

                if core == "members" or words and words[-1] in PLURAL_TITLE_WORDS:
                    # "Members of the National Assembly A and B": every holder the plural names
                    for other in self._coordinated_people(view, person):
                        yield Found(p.type, other, org, p.confidence * 0.95, view.sent(doc[title.start]), p.id,
                                    props=props)
                sits_for = _party_sat_for(view, org, title.end) if p.titles == "member_titles" else None
                if sits_for is not None and view.type_of(person) in p.source_types:
                    # "a member of the Althingi for the Left-Green Movement": a member of the party too
                    yield Found(p.type, person, sits_for, p.confidence * 0.95, view.sent(doc[title.start]), p.id)

    @staticmethod
    def _coordinated_people(view: DocView, person: int) -> list[int]:
        """The people named with "and" right after a person: "A and B"."""
        doc = view.doc
        first = next((m for m in view.mentions if m.entity == person), None)
        out: list[int] = []
        while first is not None and first.end + 1 < len(doc) and doc[first.end].lower_ in {"and", ","}:
            first = view.longest.get(first.end + 1)
            if first is None or first.type != "Person":
                break
            out.append(first.entity)
        return out

    def _national_body(self, view: DocView, title: Title) -> int | None:
        """"Kenyan President X", "President X of The Gambia": the country of a national title."""
        k = title.start - 1
        if k >= 0:
            m = view.at.get(k)
            if m is not None and m.type == "Country":
                return m.entity
        words = fold(title.text).split()
        if len(words) >= 2 and words[-1] == "minister":
            # "Interior Minister X" in a story that names "the Ministry of the Interior" or "the Interior Ministry";
            # "Deputy Foreign Minister X" and "the Ministry of Foreign Affairs"
            portfolio = words[-2]
            return next((e for e, r in enumerate(view.entities) if r.type == "Organization" and r.mentions
                         and (fold(r.name).split()[:1] == ["ministry"] and portfolio in fold(r.name).split()[-2:]
                              or fold(r.name).split() == [portfolio, "ministry"])), None)
        return None

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
        # "of the main opposition Nepal Janata Front", "of the small Tunisia Forward movement", "far-right"
        while j < len(doc) and (doc[j].lower_ in {"the", "a", "an", "opposition", "ruling", "governing", "its", "their"}
                                or doc[j].pos_ == "ADJ" and doc[j].is_lower and j not in view.at
                                or j + 2 < len(doc) and doc[j + 1].text == "-" and doc[j + 2].is_lower
                                and (doc[j].is_lower or doc[j + 2].lower_ in {"speaking", "based", "backed"})):
            # ("of the French-speaking liberal Reformist Movement": the movement, not France)
            j += 3 if j + 1 < len(doc) and doc[j + 1].text == "-" else 1
        m = view.longest.get(j)
        if m is not None and m.type == "Country" and m.end + 1 < len(doc) and doc[m.end].lower_ in {"'s", "’s"}:
            inner = view.longest.get(m.end + 1)
            if inner is not None and inner.type == "Organization":
                m = inner  # "a magistrate of Panama's Electoral Tribunal": the tribunal
            elif inner is None and doc[m.end + 1:m.end + 4].root.pos_ == "NOUN" and any(
                    t.is_lower and t.pos_ == "NOUN" for t in doc[m.end + 1:m.end + 4]):
                return None, j  # "mayor of Brazil's largest city": a place of the country's, not the country
        if m is None and j + 2 < len(doc) and doc[j].pos_ == "NOUN" and doc[j + 1].lower_ in {"'s", "’s"} \
                and (inner := view.longest.get(j + 2)) is not None and inner.type == "Organization":
            m = inner  # "head of the ministry's Election Headquarters": the headquarters
        if m is None and j + 2 < len(doc) and doc[j + 1].text == "/" and view.longest.get(j + 2) is not None:
            j += 2  # "the OSCE/ODIHR Election Observation Mission": the name after the slash
            m = view.longest.get(j)
        if m is None and j in view.title_tokens:
            # "Special Representative of the President of the ECOWAS Commission": the body of the inner post
            k = j
            while k < len(doc) and k in view.title_tokens:
                k += 1
            if k + 1 < len(doc) and doc[k].lower_ == "of":
                return self._org_after(view, k + 1)
        if m is None and j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN" \
                and doc[j].lemma_ in self.lex.org_head_nouns and doc[j - 1].lower_ in {"the", "outgoing", "new"}:
            # "a vice-president of the outgoing assembly": the assembly the story named
            hit = view.resolve(doc[j], frozenset({"Organization"}))
            if hit is not None:
                return hit[0], j + 1
        if m is None or m.type not in {"Organization", "Country", "Delegation", "Location"}:
            return None, j
        if m.type == "Country" and m.end < len(doc) and doc[m.end].lemma_ in {"legislature", "parliament"}:
            # "Vice Chairwoman of the Vietnamese legislature": the country's parliament, named in the article
            body = self._parliament_of(view, view.entities[m.entity].name)
            if body is not None:
                return body, m.end + 1
        end = self._skip_brackets(doc, m.end)
        after = view.longest.get(end)
        if m.type in {"Organization", "Country"} and after is not None and after.type == "Delegation":
            # "the chief of the Organization of American States (OAS) election observation mission"
            m, end = after, after.end
        if m.type == "Delegation":
            k = end
            if k + 1 < len(doc) and doc[k].lower_ in {"for", "to", "in"}:
                target = view.longest.get(k + 1 + (doc[k + 1].lower_ == "the"))
                if target is not None and target.type in {"Election", "Country", "Location"}:
                    end = target.end  # "... mission for Ecuador's snap general election, X"
                elif target is None and self.lex.country(doc[k + 1].text):
                    end = k + 2  # "the ... Observation Mission to Nepal, X" (the country inside the NER's span)
            return m.entity, end
        # "of the Central Election Commission (CEC) of Azerbaijan"
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            k = end + 1 + (doc[end + 1].lower_ == "the")
            inner = view.longest.get(k)
            if inner is not None and inner.type in {"Country", "Location"}:
                end = self._skip_brackets(doc, inner.end)
            elif inner is None and k < len(doc) and self.lex.country(doc[k].text):
                end = self._skip_brackets(doc, k + 1)  # the country kept inside the body's own name
        return m.entity, end

    def _party_of_organ(self, view: DocView, organ: int, trigger: Token) -> list[int] | None:
        """"the Central Committee of the ruling Frelimo party": the organ and the party it belongs to."""
        sent = view.sent(trigger)
        doc = view.doc
        for m in view.mentions:
            if m.entity != organ or not sent.start <= m.start < sent.end:
                continue
            party: int | None = None
            if m.end + 1 < len(doc) and doc[m.end].lower_ == "of":
                party, _ = self._org_after(view, m.end + 1)
            elif m.start >= 2 and doc[m.start - 1].lower_ in {"'s", "’s"}:
                # "by the party's Federal Committee": the party told of before
                owner = view.at.get(m.start - 2)
                party = owner.entity if owner is not None else view.antecedent(doc[m.start - 2], frozenset(
                    {"Organization"})) if doc[m.start - 2].lemma_ in PARTY_NOUNS else None
            if party is not None and view.type_of(party) == "Organization" \
                    and is_party(view.entities[party], self.lex):
                return [organ, party]
        return None

    def _parliament_of(self, view: DocView, country: str) -> int | None:
        """The article's parliament of a country: "National Assembly of Vietnam", "Vietnamese National Assembly"."""
        words = {fold(country)} | {fold(a) for a in self.lex.adjectives_of(country)}
        for e, record in enumerate(view.entities):
            name = fold(record.name)
            if record.type == "Organization" and LEGISLATURE_WORDS & set(name.split()) \
                    and (words & set(name.split()) or record.props.get("country") == country):
                return e
        return None

    def _comma_before_holder(self, view: DocView, k: int) -> bool:
        """A comma right after a title, with a person's name right after it: "Minister of ..., X"."""
        return view.doc[k].text == "," and k - 1 in view.title_tokens and self._person_at(view, k + 1) is not None

    def _lower_title(self, token: Token) -> bool:
        """A title in lower case before a name, whatever its tag ("judge X", read as a verb)."""
        return token.is_lower and token.lower_ in self.lex.titles

    def _person_at(self, view: DocView, j: int) -> int | None:
        m = view.longest.get(j)
        return m.entity if m is not None and m.type == "Person" else None

    def _title_construction(self, view: DocView, title: Title) -> tuple[int | None, int | None]:
        doc = view.doc
        n = len(doc)
        org: int | None = None
        # (a) "Secretary General of the CIS Sergey Lebedev" / "President X of The Gambia"
        j = title.end
        if j + 2 < n and doc[j].lower_ == "in" and doc[j + 1].lower_ == "charge" and doc[j + 2].lower_ == "of":
            # "the commission's deputy chairperson in charge of operations, X": the portfolio is skipped
            j = next((k for k in range(j + 3, min(n, j + 10)) if doc[k].text == ","), j)
        if j < n and doc[j].lower_ in {"of", "at", "for", "from"}:
            portfolio = doc[j].lower_ == "for"
            org, j = self._org_after(view, j + 1)
            if org is not None and fold(view.entities[org].name) in {"organisation", "organization"} \
                    and self._person_at(view, j) is not None:
                # "PSOE Secretary of Organisation X": the brief's one word, the post at the body before it
                org = self._org_before(view, title.start)
            if org is None and not portfolio and j + 1 < n and doc[j].is_lower \
                    and doc[j].lemma_ in {"parliament", "assembly", "senate", "congress"} \
                    and self._person_at(view, j + 1) is not None:
                j += 1  # "former Mozambican president of parliament X": the post, then its holder
            if org is None and not portfolio and j < n and doc[j - 1].lower_ == "the" \
                    and doc[j].lemma_ in self.lex.org_head_nouns and doc[j].pos_ == "NOUN":
                # "Deputy chairperson of the commission Saule Imanbayeva": the body named before
                org = view.antecedent(doc[j], frozenset({"Organization"}))
                if org is not None:
                    j += 1
            if portfolio and org is not None:
                # "the Assembly's co-rapporteur for Georgia, X", "the organisation's Assistant Secretary General
                # for Political Affairs, X": what follows "for" is the brief; the body is the one before
                body = self._org_before(view, title.start)
                org = body if body is not None and view.type_of(body) != "Country" else org
            if org is None and j < n and doc[j].is_lower:
                # "minister for local authorities in the Walloon Government": a brief in lower case, then the body
                k = j
                while k < min(n, j + 5) and doc[k].is_lower and doc[k].pos_ in {"NOUN", "ADJ", "CCONJ"}:
                    k += 1
                if k + 1 < n and k > j and doc[k].lower_ == "in":
                    body, after = self._org_after(view, k + 1)
                    if body is not None and view.type_of(body) == "Organization":
                        org, j = body, after
            if org is None and portfolio:
                # "Vice President for Peace Programs David Okafor": the portfolio, then the holder
                k = j
                # "Commissioner for Political Affairs, Peace and Security, Ibrahim Toure"; "its deputy
                # chairman for operations, Samuel Bio"
                while k < min(n, j + 9) and self._person_at(view, k) is None and k not in view.at \
                        and (doc[k].is_alpha and doc[k].pos_ in {"PROPN", "NOUN", "ADJ", "CCONJ"}
                             or doc[k].lower_ == ","):
                    k += 1
                if self._person_at(view, k) is not None:
                    j = k
        if (org is not None or title.national) and j + 1 < n and doc[j].lower_ in {"to", "in"}:
            # "Ambassador of Hungary to Azerbaijan X": the post's host country
            host = view.longest.get(j + 1 + (j + 2 < n and doc[j + 1].lower_ == "the"))
            if host is not None and host.type in {"Country", "Location", "Organization"}:
                j = host.end
        elif org is None and j + 2 < n and doc[j].lower_ == "in" and core_of(title) in MISSION_HEAD_TITLES \
                and (host := view.longest.get(j + 1)) is not None and host.type in {"Country", "Location"} \
                and host.end < n and doc[host.end].text == ",":
            j = host.end + 1  # "The European Union's chief election observer in Honduras, X": the team's head
        if j + 3 < n and doc[j].text == "(" and doc[j + 2].text == ")" \
                and doc[j + 1].text == "".join(w[0] for w in title.text.split() if w[:1].isupper()):
            j += 3  # "Chief Election Commissioner (CEC) X": the title's acronym, then its holder
        while j < n and (_honorific_at(doc, j) or doc[j].lower_ in {"seri", "sri"} and j > 0
                         and doc[j - 1].lower_ in {"datuk", "dato", "tan"}) and self._person_at(view, j) is None:
            # "chairperson Justice Mercy Chimwaza", "UMNO president Datuk Seri X", "chairman, Most Rev. X" (not
            # "chairman Lord X")
            j += 1
        person = self._person_at(view, j) if j < n and doc[j].sent.start == doc[title.start].sent.start else None
        if person is None and org is None and j + 2 < n and doc[j].text == "," and " for " in fold(title.text):
            # "Commissioner for Political Affairs, Peace and Security, Ibrahim Toure": the portfolio runs on
            k = j + 1
            while k < min(n, j + 8) and (doc[k].text[:1].isupper() and doc[k].is_alpha and k not in view.at
                                         or doc[k].lower_ == "and"):
                k += 1
            if k + 1 < n and k > j + 1 and doc[k].text == ",":
                person = self._person_at(view, k + 1)
                j = k + 1 if person is not None else j
        if person is None and j + 1 < n and doc[j].text in {"-", "–", "—"} and j + 1 in view.title_tokens:
            # "First Deputy Chairman of the CIS Executive Committee - Executive Secretary of the CIS X": a
            # second post of the same holder
            k = j + 1
            while k < n and k in view.title_tokens:
                k += 1
            if k < n and doc[k].lower_ in {"of", "at", "for"}:
                _, k = self._org_after(view, k + 1)
            if k < n and doc[k].sent.start == doc[title.start].sent.start:
                person = self._person_at(view, k)
        of_mission = fold(title.text).split()[-1] in {"mission", "delegation"}  # "head of the mission"
        if person is None and (org is not None or of_mission) and j < n and doc[j].text == ",":
            # "the chairman of the CNE, Bishop X"; "the head of the mission, former Namibian prime minister X"
            k = j + 1
            # ("the chairman of the ESC, retired judge X", "retired" read as a verb)
            while k < min(n, j + 8) and self._person_at(view, k) is None and (
                    doc[k].pos_ != "VERB" or doc[k].lower_ in self.lex.former_markers or self._lower_title(doc[k])):
                if doc[k].lower_ in {"of", "at"} and k - 1 in view.title_tokens:
                    # "the head of the mission, First Deputy Chairman of the CIS Executive Committee X"
                    inner, after = self._org_after(view, k + 1)
                    if inner is None:
                        break
                    k = after
                elif (doc[k].pos_ in {"ADJ", "DET", "NOUN"} and doc[k].is_lower or _honorific_at(doc, k)
                      or self._lower_title(doc[k])  # ("president, judge X", "judge" read as a verb)
                      or doc[k].lower_ in self.lex.former_markers or k in view.title_tokens
                      or self.lex.country_of_adjective(doc[k].text)
                      or doc[k].ent_type_ == "NORP" or doc[k].text in {"-", "–"}
                      # ("the chairperson of the SADC Organ ..., Zimbabwe's President X": the holder's country,
                      # and the comma after a post of the holder's own before the name)
                      or (m := view.at.get(k)) is not None and m.type == "Country" or doc[k].tag_ == "POS"
                      or self._comma_before_holder(view, k)):
                    k += 1
                else:
                    break
            person = self._person_at(view, k)
            if person is not None and org is None:
                return person, None  # "head of the mission": the mission is the title's own
        if person is not None:
            if org is None:
                org = self._org_before(view, title.start)
                pm = view.longest.get(j)  # (none at j when the name came after a second post: "Minister-President X")
                if org is None and pm is not None and pm.end + 1 < n and doc[pm.end].lower_ == "of":
                    # "President Adama Bojang of The Gambia"; "Prime Minister X of the Government of National
                    # Unity", "Chairman X of the Central Election Commission" (not "President X of the DPP": a
                    # head of state's party)
                    org, _ = self._org_after(view, pm.end + 1)
                    if org is not None and not (
                            view.type_of(org) == "Country" and title.national
                            or view.type_of(org) == "Organization" and not is_party(view.entities[org], self.lex)
                            and (not title.national or "government" in fold(view.entities[org].name).split())):
                        org = None
            return person, org
        # "whose chief observer is Norbert Schaefer": the relative clause's noun
        head = doc[title.end - 1]
        if any(c.lower_ == "whose" for c in head.children) and head.head.lemma_ == "be":
            attr = [c for c in head.head.children if c.dep_ == "attr"]
            if attr:
                # ("whose chief observer is Italian member of the European Parliament X": the title's holder)
                person = view.mention_entity(attr[0])
                if person is None:
                    person = view.titled.get(attr[0].i)
                    if person is None:
                        later = [t for t in view.titles if t.start <= attr[0].i < t.end]
                        if later:
                            person, _ = self._title_construction(view, later[0])
                owner = view.mention_entity(head.head.head) if head.head.dep_ == "relcl" else None
                if person is not None and view.type_of(person) == "Person":
                    return person, owner
        before = self._org_before(view, title.start)
        owner_at = title.start - 1
        while owner_at >= 0 and doc[owner_at].is_lower and doc[owner_at].dep_ in {"amod", "advmod"} \
                and doc[owner_at].pos_ in {"ADJ", "VERB"}:
            owner_at -= 1  # "Gabon's transitional president, General X"
        possessive = owner_at >= 0 and doc[owner_at].lower_ in {"its", "their", "whose", "'s", "’s"}
        if possessive and before is not None and j < n and doc[j].text == ",":
            k = j + 1
            while k < min(n, j + 14) and self._person_at(view, k) is None and (
                    doc[k].pos_ != "VERB" or self._lower_title(doc[k])) and (
                    doc[k].is_lower or doc[k].lower_ in HONORIFICS or k in view.title_tokens
                    or self.lex.country_of_adjective(doc[k].text) or doc[k].ent_type_ in {"NORP", "ORG"}
                    or self._comma_before_holder(view, k)):
                k += 1  # "whose leader, former National Assembly speaker X"; "Its head, Botswana's Minister of ..., X"
            person = self._person_at(view, k)
            if person is not None:
                return person, before  # "its leader, Almir Hodzic": the name after the title is the holder
        # (c) "X, chairwoman of the CEC" / "X, the commission's acting chairman" / "X, the CEC chairman"
        k = title.start - 1
        while k >= 0:
            if k >= 4 and doc[k].lower_ == "old" and doc[k - 2].lower_ in {"year", "years"} and doc[k - 4].like_num \
                    and doc[k - 1].text in HYPHENS and doc[k - 3].text in HYPHENS:
                k -= 5  # "X, the 42-year-old leader of Y"
            elif doc[k].is_lower and doc[k].dep_ in {"amod", "advmod"} and doc[k].pos_ in {"ADJ", "VERB"}:
                k -= 1  # "X, the exiled leader of Y"
            else:
                break
        while k >= 0 and doc[k].lower_ in {"the", "a", "an"}:
            k -= 1
        if before is not None:
            if k >= 3 and doc[k].text == ")" and doc[k - 2].text == "(":
                k -= 3  # "X, the Bharatiya Janata Party (BJP) district president": the name before its acronym
            m_org = view.at.get(k)
            if m_org is not None:
                k = m_org.start - 1
            elif k >= 0 and doc[k].lower_ in {"'s", "’s"}:
                # ("X, the Electoral Commission's chief electoral officer": the whole name before the "'s")
                named = view.at.get(k - 1)
                k = named.start - 1 if named is not None else k - 2
            while k >= 0 and (doc[k].lower_ in {"the", "a", "an", "'s", "’s", "its", "their", "whose"}
                              or doc[k].pos_ == "ADJ"):
                k -= 1
        while k >= 0 and doc[k].pos_ == "ADJ" and doc[k].is_lower:
            k -= 1  # "X, a Polish member of ..."
        if k >= 0 and doc[k].text == ",":
            m = view.at.get(k - 1)
            if m is not None and m.type == "Person":
                return m.entity, org if org is not None else before
        # (e) "the commission's acting chairman, Yelena Smirnova"
        if j + 2 < n and doc[j].lower_ == "in" and before is not None:
            # "the commission's spokesman in Rivers, X", "INEC's Resident Electoral Commissioner in the state, X": the
            # place the post is in, then the holder
            k = j + 1
            while k < min(n, j + 5) and (k in view.at and view.at[k].type in {"Location", "Country"}
                                         or doc[k].lower_ in {"the", "state", "region", "province", "city"}):
                k += 1
            if k > j + 1 and k < n and doc[k].text == ",":
                j = k
        if j + 2 < n and doc[j].lower_ == "and" and before is not None:
            # "The party's state chairwoman and lead candidate, Renate Eberl": a second role, then the holder
            k = j + 1
            while k < min(n, j + 5) and doc[k].is_lower and doc[k].pos_ in {"ADJ", "NOUN", "VERB"}:
                k += 1
            if k > j + 1 and k < n and doc[k].text == "," and doc[k - 1].pos_ == "NOUN":
                j = k
        if j < n and doc[j].text == ",":
            person = self._person_at(view, j + 1)
            if person is not None:
                return person, org if org is not None else before
        # (f) the title as a predicate: "X, who is also deputy chairman of Y", "X serves as secretary
        # general of Y", "X was appointed special coordinator of Y"
        holder = self._predicate_holder(view, head)
        if holder is not None:
            return holder, org if org is not None else before
        # "with Liberian senator X as its deputy head": the person before "as its"
        k = title.start - 1
        if k >= 2 and doc[k].lower_ in {"its", "their", "his", "her"} and doc[k - 1].lower_ == "as":
            m = view.at.get(k - 2)
            if m is not None and m.type == "Person" and before is not None:
                return m.entity, org if org is not None else before
        return None, None

    def _post_of_place(self, view: DocView, title: Title, place: int) -> bool:
        """"Bavaria's Interior Minister X", "Ontario Premier X": a place the lexicon or the tagger knows, named
        just before a post that is not a body's seat ("Bougainville Electoral Commissioner": the commission's;
        "Maneaba Speaker": a house's; "Istiqlal secretary-general": a party's), nor one still to come ("Dunedin's
        next mayor")."""
        doc = view.doc
        k = title.start - 1
        while k >= 0 and doc[k].is_lower and doc[k].lower_ not in {"'s", "’s"}:
            k -= 1
        if k >= 0 and doc[k].lower_ in {"'s", "’s"}:
            k -= 1
        m = view.at.get(k) if k >= 0 else None
        words = set(fold(title.text).replace("-", " ").split())
        head = doc[title.end - 1]
        coming = head.dep_ == "attr" and any(c.dep_ == "aux" and c.lower_ in {"will", "would", "'ll"}
                                             for c in head.head.children)  # ("will become Triesen's first mayor")
        return m is not None and m.entity == place and not coming \
            and not words & {"commissioner", "speaker", "next", "leader", "chairman", "chairwoman", "secretary"} \
            and not any(doc[i].lower_ == "next" for i in range(k + 1, title.start)) \
            and (fold(m.name) in self.lex.cities or doc[m.start].ent_type_ in {"GPE", "LOC"})

    def _predicate_holder(self, view: DocView, head: Token) -> int | None:
        verb = head.head
        taking_over = verb.head.lemma_ == "take" and any(c.dep_ == "prt" and c.lower_ == "over"
                                                         for c in verb.head.children)
        if head.dep_ == "pobj" and verb.lower_ == "as" and (verb.head.lemma_ in {"serve", "act", "work", "remain"}
                                                            or taking_over):
            verb = verb.head  # ("who took over as leader of the party in February")
        elif not (head.dep_ == "attr" and verb.lemma_ in {"be", "become"}
                  or head.dep_ in {"oprd", "xcomp"} and verb.lemma_ in APPOINTING_VERBS):
            return None
        if _blocked(verb, self.lex):
            return None
        if verb.lemma_ in {"be", "serve", "act", "work", "remain"} and any(
                c.dep_ == "aux" and c.lower_ == "had" or c.dep_ == "prep" and c.lower_ == "until"
                or c.lower_ in self.lex.former_markers for c in verb.children):
            return None  # "who had served as X", "who was X until 2019", "who was previously X": a former post
        if verb.lemma_ in APPOINTING_VERBS and not is_passive(verb):
            subjects = [c for c in verb.children if c.dep_ == "dobj"]  # "named X chairman"
        else:
            subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if verb.dep_ == "relcl" and all(c.lower_ in {"who", "that"} for c in subjects):
            subjects = [verb.head]  # "X, who is also deputy chairman of Y"
        for subject in subjects:
            hit = view.resolve(subject, frozenset({"Person"}))
            if hit is not None:
                return hit[0]
        return None

    def _clause_party(self, view: DocView, token: Token) -> int | None:
        """The party that is the subject of the verb a word ("party" in "party leader X") hangs on."""
        verb = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        subject = next((e for c in (verb.children if verb is not None else ()) if c.dep_ in {"nsubj", "nsubjpass"}
                        for e in [view.mention_entity(c)] if e is not None), None)
        if subject is None or view.type_of(subject) == "Person" and verb is not None \
                and verb.lemma_ in REPORTING_VERBS:
            # "The DAP-K had withdrawn in favour of X, party secretary general Y said": the one party the
            # sentence's clauses before it have as their subject, when it is the party named last (not in "A came
            # second, followed by the SPS, whose list was headed by party chairman X")
            parties = {e for t in view.sent(token) if t.dep_ in {"nsubj", "nsubjpass"} and t.i < token.i
                       for e in [view.mention_entity(t)] if e is not None and view.type_of(e) == "Organization"
                       and is_party(view.entities[e], self.lex)}
            nearest = next((m.entity for m in reversed(view.mentions) if m.start < token.i and m.entity is not None
                            and view.type_of(m.entity) == "Organization"
                            and is_party(view.entities[m.entity], self.lex)), None)
            subject = parties.pop() if len(parties) == 1 and nearest in parties else subject
        return subject if subject is not None and view.type_of(subject) == "Organization" \
            and is_party(view.entities[subject], self.lex) else None

    def _org_before(self, view: DocView, start: int) -> int | None:
        """"CEC chairman X", "the commission's chairman", "Kenyan President", "its president": the body
        before a title."""
        doc = view.doc
        k = start - 1
        while k >= 0 and doc[k].is_lower and (doc[k].dep_ in {"amod", "advmod"} and doc[k].pos_ in {"ADJ", "VERB"}
                                              or doc[k].lower_ in PART_LEADER_WORDS):
            k -= 1  # "its new president", "the exiled leader", "its floor leader"
        if k >= 4 and doc[k].lower_ in {"'s", "’s"} and doc[k - 1].lemma_ in {"organization", "organisation", "body"} \
                and doc[k - 2].lower_ == "the" and doc[k - 3].lower_ == "by" and doc[k - 4].lemma_ in {"lead", "head"}:
            # "a TURKSOY delegation led by the organization's Secretary General X": the sender of that delegation
            team = view.at.get(doc[k - 4].head.i)
            senders = [int(x) for x in view.entities[team.entity].props.get("senders", [])] \
                if team is not None and team.type == "Delegation" else []
            if senders and view.type_of(senders[0]) == "Organization":
                return senders[0]
        if k >= 1 and doc[k].lower_ == "by" and doc[k - 1].lemma_ in {"lead", "head"}:
            # "a delegation of the National Assembly of Hungary led by Deputy Speaker X": the sender's
            team = view.at.get(doc[k - 1].head.i)
            title = next((t for t in view.titles if t.start == start), None)
            senders = [int(x) for x in view.entities[team.entity].props.get("senders", [])] \
                if team is not None and team.type == "Delegation" else []
            if senders and title is not None and view.type_of(senders[0]) == "Organization" \
                    and fold(title.text) not in self.lex.head_titles \
                    and ({"speaker", "chairman", "chairwoman", "president", "secretary"}
                         & set(fold(title.text).replace("-", " ").split())):
                return senders[0]
        if k >= 2 and doc[k].lower_ in {"its", "their"}:
            # "a three-member team from A-WEB, led by its secretary general, X": the team's sender
            title = next((t for t in view.titles if t.start == start), None)
            sender = _led_team_sender(view, doc[k - 1]) \
                if title is not None and fold(title.text).split()[-1] in BODY_POST_WORDS else None
            if sender is not None:
                return sender
        if k >= 0 and doc[k].lower_ == "its" and doc[k].head.head.lower_ in {"including", "among"} \
                and doc[k].head.head.dep_ == "prep":
            # "met the members of the tribunal, including its president, X": the body the members are of
            bodies = [hit[0] for c in doc[k].head.head.head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for o in c.children if o.dep_ == "pobj"
                      and (hit := view.resolve(o, frozenset({"Organization"}))) is not None]
            if bodies:
                return bodies[0]
        if k >= 0 and doc[k].lower_ in {"its", "their"}:
            antecedent = view.antecedent(doc[k], frozenset({"Organization", "Delegation"}))
            title = next((t for t in view.titles if t.start == start), None)
            senders = view.entities[antecedent].props.get("senders", []) if antecedent is not None else []
            if senders and title is not None and fold(title.text) not in self.lex.head_titles \
                    and fold(title.text).split()[-1] not in LEADER_WORDS:
                # "a delegation of the European Parliament led by its vice-president": the Parliament's
                # (but "with X as its deputy head": the delegation's)
                return int(senders[0])
            if title is not None and fold(title.text) == "leader" and antecedent is not None \
                    and not is_party(view.entities[antecedent], self.lex):
                # "The UNR won ..., the SEC said, a result that puts its leader X in line": a party's leader
                sent = view.sent(doc[k])
                parties = [m.entity for m in view.mentions if sent.start <= m.start < k and m.type == "Organization"
                           and view.root_of(m).dep_ in {"nsubj", "nsubjpass"}
                           and is_party(view.entities[m.entity], self.lex)]
                if parties:
                    return parties[-1]
            return antecedent
        if k >= 0 and doc[k].lower_ == "whose" and k > 0:
            j = k - 1
            while j > 0 and doc[j].text in {",", ")"} and k - j < 4:
                j -= 1  # "the Alliance of Democratic Forces (AFD), whose leader"
            owner = view.at.get(j)
            # "the PIT-CNT trade union federation, whose president": the body named in the noun's phrase
            named = [e for t in doc[j].subtree if t.i < j and (e := view.mention_entity(t)) is not None
                     and view.type_of(e) == "Organization"] if owner is None and doc[j].is_lower else []
            if named:
                return named[-1]
            if owner is None and doc[j].pos_ == "NOUN":
                return view.antecedent(doc[j], frozenset({"Organization", "Delegation"}))  # "the council, whose"
            return owner.entity if owner is not None and owner.type in {"Organization", "Delegation"} else None
        if k >= 0 and doc[k].lower_ in {"'s", "’s"}:
            k -= 1
        if k >= 2 and doc[k].text == ")" and doc[k - 2].text == "(":
            k -= 3  # "Republic Electoral Commission (REC) chairman X"
        if k < 0:
            return None
        m = view.at.get(k)
        if m is not None and m.type in {"Country", "Location"}:
            # "Electoral Commission of Ghana chairperson X": the body whose name the country ends
            b = m.start - 1 - (m.start >= 1 and doc[m.start - 1].lower_ == "the")
            outer = view.at.get(b - 1) if b >= 1 and doc[b].lower_ == "of" else None
            m = outer if outer is not None and outer.type == "Organization" else m
        if m is not None and m.type == "Location" and m.start >= 1:
            inner = view.at.get(m.start - 1)  # "KPU West Java chairman X": the body before its area
            if inner is not None and inner.type == "Organization":
                return inner.entity
        if m is not None and m.type in {"Organization", "Country", "Delegation"}:
            return m.entity
        if m is not None and m.type == "Location" and m.end == k + 1:
            if m.start >= 1 and doc[m.start - 1].lower_ in {"its", "their"}:
                # "Its Lagos coordinator, X": the body "its" stands for, the place only where the post is
                return view.antecedent(doc[m.start - 1], frozenset({"Organization", "Delegation"}))
            return m.entity  # "Bavaria's Interior Minister X", "Ontario Premier X": a post of the place
        country = self.lex.country_of_adjective(doc[k].text)
        if country:
            for e, record in enumerate(view.entities):
                if record.type == "Country" and record.name == country:
                    return e
        party = view.party_by_word(doc[k])
        if party is not None:
            return party  # "Liberal leader X" in a story on the Liberal Party
        if doc[k].lemma_ == "party" and doc[k].pos_ == "NOUN" and (party := self._clause_party(view, doc[k])):
            return party  # "The Democrats have fielded party chairman X": the party the clause is about
        if doc[k].pos_ == "NOUN" or doc[k].pos_ == "PROPN" and doc[k].lower_ in self.lex.org_head_nouns:
            # "the commission's chairman", "Board chairwoman X", "the League's Secretary-General"
            return view.antecedent(doc[k], frozenset({"Organization", "Delegation"}))
        return None

    # -- other constructions --------------------------------------------------------------
    def _senders(self, view: DocView) -> Iterator[Found]:
        """A delegation and who sent it, from its mentions ("the CIS mission", "observers from X")."""
        for p in self.other_rows.get("sender", []):
            for e, record in enumerate(view.entities):
                if record.type != "Delegation" or not record.mentions:
                    continue
                mentions = [m for m in view.mentions if m.entity == e] or [view.mentions[k] for k in record.mentions]
                if not mentions or all(_denied(view.root_of(m)) for m in mentions):
                    continue  # ("did not invite observers from Russia": no such delegation)
                if all((r := view.root_of(m)).dep_ == "dobj" and r.head.lemma_ in PROMISED_SENDING
                       and _promised_only(r.head) and not any(c.dep_ == "acl" and c.lemma_ in {"lead", "head"}
                                                              for c in r.children) for m in mentions):
                    # ("CARICOM has said it will send an electoral observation mission": none yet; "would send a
                    # delegation led by X": planned with its head named)
                    continue
                sourced = next((m for m in mentions if m.props.get("sender_mentions") or m.props.get("named")
                                or "possessor" in m.props), mentions[0])
                for sender in record.props.get("senders", []):
                    if view.type_of(sender) in p.target_types:
                        yield Found(p.type, e, sender, p.confidence, view.sent(view.doc[sourced.start]), p.id)

    def _joint_missions(self, view: DocView) -> Iterator[Found]:
        """"The International Election Observation Mission brought together the ODIHR mission and delegations of
        the OSCE PA and PACE": a joint mission stands for each body whose part it combines."""
        for p in self.other_rows.get("joint", []):
            for m in view.mentions:
                if m.type != "Delegation" or m.entity < 0:
                    continue
                root = view.root_of(m)
                verb = root.head
                if root.dep_ != "nsubj" or verb.lemma_ not in p.lemmas or _blocked(verb, self.lex):
                    continue
                if verb.lemma_ == "bring" and not any(c.lower_ == "together" for c in verb.children):
                    continue  # ("brought together", not "brought 40 observers")
                parts = [c for c in verb.children if c.dep_ == "dobj"] or [
                    o for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                    if o.dep_ == "pobj"]  # ("consisted of")
                bodies: list[int] = []
                for item in (t for part in parts[:1] for t in list_items(part)):
                    held = view.mention_entity(item)
                    if held is not None and held >= 0 and view.type_of(held) == "Delegation":
                        bodies.extend(view.entities[held].props.get("senders", []))
                    elif held is not None and held >= 0 and view.type_of(held) in p.target_types \
                            and verb.lemma_ != "include":
                        bodies.append(held)  # "combined PACE and the European Parliament" (their delegations)
                    elif item.lemma_ in {"delegation", "mission", "team"}:
                        # "delegations of the OSCE PA and PACE", "a team from the European Parliament"
                        bodies.extend(e for c in item.children if c.dep_ == "prep" and c.lower_ in {"of", "from"}
                                      for o in c.children if o.dep_ == "pobj" for t in list_items(o)
                                      if (e := view.mention_entity(t)) is not None and e >= 0
                                      and view.type_of(e) in p.target_types)
                for body in dict.fromkeys(bodies):
                    if body != m.entity:
                        yield Found(p.type, m.entity, body, p.confidence, view.sent(root), p.id)

    def _bracket_parties(self, view: DocView) -> Iterator[Found]:
        doc = view.doc
        for p in self.other_rows.get("bracket_party", []):
            for m in view.mentions:
                if m.type != "Person" or m.end + 2 >= len(doc) or doc[m.end].text != "(":
                    continue
                inner = view.longest.get(m.end + 1)
                if inner is None or inner.type != "Organization":
                    continue
                if inner.end >= len(doc) or doc[inner.end].text != ")":
                    continue
                record = view.entities[inner.entity]
                if not is_party(record, self.lex) and not (record.name.isupper() and not record.aliases):
                    continue  # ("Rafael Becker (UP)": an acronym the story never spells out is the party's)
                yield Found(p.type, m.entity, inner.entity, p.confidence, view.sent(doc[m.start]), p.id)

    def _government_heads(self, view: DocView) -> Iterator[Found]:
        """"the government of Prime Minister X": X heads that government."""
        for p in self.other_rows.get("government_head", []):
            for m in view.mentions:
                leader = view.at.get(m.props["leader"]) if m.props.get("government") else None
                if leader is not None and leader.entity >= 0 and m.entity >= 0:
                    yield Found(p.type, leader.entity, m.entity, p.confidence, view.sent(view.doc[m.start]), p.id)

    def _person_of_party(self, view: DocView) -> Iterator[Found]:
        """"Andrei Lapin of the Liberal Democratic Party of Russia (LDPR)", "X of the little-known Y Front"."""
        doc = view.doc
        for p in self.other_rows.get("person_of_party", []):
            for m in view.mentions:
                k = m.end
                if k + 3 < len(doc) and doc[k].text == "," and doc[k + 1].like_num and doc[k + 2].text == ",":
                    k += 3  # "Tarpeh Dunbar, 78, of the Unity Party": the age between
                elif k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "also" \
                        and doc[k + 2].lower_ == "of":
                    k += 2  # "Deputy Chief Minister X, also of the LVM, said"
                elif k + 1 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ == "of":
                    k += 1  # "Labour Minister X, of the Colorado Party, is expected to ..."
                if m.type != "Person" or k + 1 >= len(doc) or doc[k].lower_ != "of":
                    continue
                j = k + 1
                while j < min(len(doc), k + 6) and (doc[j].is_lower or doc[j].text in {"-", "–"}
                                                    or doc[j].lower_ == "the" and j not in view.longest):
                    j += 1  # "of the little-known United Workers' Front", "of The Democrats"
                org = view.longest.get(j)
                words = set(fold(view.entities[org.entity].name).split()) if org is not None else set()
                # ("Armine Hakobyan of the National Assembly of Armenia": a member of the legislature)
                if org is None or org.type != "Organization" or not (
                        is_party(view.entities[org.entity], self.lex) or _contender(view, m, org)
                        or words & LEGISLATURE_WORDS and not words & {"commission", "committee"}):
                    continue
                yield Found(p.type, m.entity, org.entity, p.confidence, view.sent(doc[m.start]), p.id)
                if is_party(view.entities[org.entity], self.lex) and self._candidacy_sentence(view, m, strict=True):
                    # "The five registered are A of the Liberal Party, B of ...": the party's candidate too
                    yield Found("NOMINATED", org.entity, m.entity, p.confidence * 0.85, view.sent(doc[m.start]),
                                "nominated-person-of-party")
                for other in view.root_of(m).conjuncts:  # "lawmakers A and B of the Coalition"
                    e = view.mention_entity(other)
                    joined = m.start >= 2 and doc[m.start - 1].lower_ == "and" and other.i == m.start - 2 \
                        and not any(c.lower_ == "independent" for c in other.subtree)  # "independent A and B of X"
                    if e is not None and view.type_of(e) == "Person" and joined:
                        yield Found(p.type, e, org.entity, p.confidence * 0.9, view.sent(doc[m.start]), p.id)
            for m in view.mentions:
                # "the BPL's Mahbub Alam": a party's man ("the Conservatives' Oliver Pennington")
                if m.type != "Person" or m.start < 2 or doc[m.start - 1].lower_ not in {"'s", "’s", "'", "’"}:
                    continue
                org = view.at.get(m.start - 2)
                sent = view.sent(doc[m.start])
                # ("Also registered were ..., Levica's Dimitar Angelov": in a story of candidacies, its candidate;
                # "The Green Party's Tom Hale lost his deposit with 3.1 percent": a result, so a candidate)
                candidacy = self._candidacy_sentence(view, m) or any(
                    t.ent_type_ == "PERCENT" and t.head.i in range(m.start, m.end + 8) for t in sent) \
                    and any(x.type == "Election" for x in view.mentions)
                if org is None or org.type != "Organization":
                    continue
                party = is_party(view.entities[org.entity], self.lex)
                if party and not candidacy:  # (a candidate the party fields: a nomination, told below)
                    yield Found(p.type, m.entity, org.entity, p.confidence * 0.9, sent, p.id)
                if candidacy and (party or not is_election_body(view.entities[org.entity])):
                    yield Found("NOMINATED", org.entity, m.entity, p.confidence * 0.85, sent,
                                "nominated-party-possessive")
            for m in view.mentions:
                # "The Justice and Solidarity Party (JSP) of President X won 19 seats": the party is X's
                if m.type != "Organization" or not is_party(view.entities[m.entity], self.lex) \
                        or view.longest.get(m.start) is not m \
                        or {"coalition", "alliance", "bloc", "front"} & set(fold(m.name).split()):
                    continue  # (a coalition's or a front's head may belong to another party of it)
                k = m.end
                if k + 2 < len(doc) and doc[k].text == "(" and doc[k + 2].text == ")":
                    k += 3  # (its acronym in brackets)
                if k + 1 >= len(doc) or doc[k].lower_ != "of":
                    continue
                j = k + 1
                while j < min(len(doc), k + 5) and (j in view.title_tokens or doc[j].lower_ == "the") \
                        and self._person_at(view, j) is None:
                    j += 1
                person = self._person_at(view, j)
                if person is not None and j > k + 1 and j - 1 in view.title_tokens:
                    yield Found(p.type, person, m.entity, p.confidence * 0.9, view.sent(doc[m.start]), p.id)

    def _candidacy_sentence(self, view: DocView, m: Mention, strict: bool = False) -> bool:
        """A sentence about candidacies ("X was registered", "the party's candidate"), or a list after one
        ("... nine candidates. They include the ruling Unity Party's X"). `strict`: not for a word that
        describes someone else ("A, the HUN Party's former candidate, and B of X"; "beat B of X to become
        the candidate")."""
        sent = view.sent(view.doc[m.start])
        if any(t.lemma_ in CANDIDACY_WORDS and not (strict and (
                any(c.lower_ == "former" for c in t.children)
                or any(a.dep_ in {"appos", "xcomp", "relcl", "acl", "advcl"} for a in (t, *t.ancestors))))
               for t in sent):
            return True
        here = view.sentence_of.get(sent.start, 0)
        return here > 0 and self._is_list_sentence(sent, view) and any(
            t.lemma_ in CANDIDACY_WORDS for t in view.sentences[here - 1])

    @staticmethod
    def _shared_acts(view: DocView, found: list[Found]) -> Iterator[Found]:
        """"received observers from A and B, who arrived in the capital": one phrase for two bodies' teams,
        so what is said of the first team in that sentence is said of each."""
        groups: list[tuple[Span, list[int]]] = [(view.sent(view.doc[m.start]), [m.entity, *m.props["other_teams"]])
                                                for m in view.mentions if m.props.get("other_teams")]
        teams = [e for e, r in enumerate(view.entities) if r.type == "Delegation" and r.mentions]
        if len(teams) == 2:
            # "Both teams called on the president", "the two missions": each of the article's two teams
            for t in tokens_among(view.doc, BOTH_TEAM_IDS):
                if any(c.lower_ in {"both", "two"} for c in t.children):
                    groups.append((view.sent(t), teams))
        for sent, members in groups:
            for f in list(found):
                if f.type not in {"MET_WITH", "VISITS", "OBSERVES"} or f.sentence.start != sent.start:
                    continue
                for team in members:
                    if f.source in members and team != f.source:
                        yield Found(f.type, team, f.target, f.confidence * 0.95, f.sentence, f.pattern, f.trigger,
                                    dict(f.props), f.want_date, f.date_from)
                    elif f.target in members and team != f.target:
                        yield Found(f.type, f.source, team, f.confidence * 0.95, f.sentence, f.pattern, f.trigger,
                                    dict(f.props), f.want_date, f.date_from)

    def _party_lists(self, view: DocView) -> Iterator[Found]:
        """A party's candidate list and who is on it: "the X party's list is topped by A and B", "B, who
        heads the party's list", "the Y party, whose list was headed by C", "D, number three on the Z list",
        "E is running second on the Z list": the party put each of them forward."""
        rows = self.other_rows.get("party_list", [])
        if not rows:
            return
        doc = view.doc
        for t in tokens_among(doc, LIST_IDS | TICKETS_IDS | FIELDED_IDS | IT_IDS):
            if t.lower_ == "it":
                yield from self._list_it(view, t, rows)  # "confirmed its list of 81 candidates. It is headed by X"
                continue
            if t.pos_ != "NOUN" or t.i in view.at:
                continue
            if t.lemma_ == "ticket" and t.tag_ == "NNS":
                # "admitted the tickets of A, led by X, and of B, whose candidate is Y": each party's own
                for party, holder in _ticket_pairs(view, t):
                    person = view.mention_entity(holder)
                    if person is not None:
                        yield Found(rows[0].type, party, person, rows[0].confidence * 0.9, view.sent(t), rows[0].id)
            owner = self._list_owner(view, t) if t.lemma_ in LIST_NOUNS else self._fielding_party(view, t)
            if owner is None:
                continue
            people: list[Token] = []
            act: Token | None = None
            verb = t.head
            if t.dep_ in {"nsubjpass", "dobj", "nsubj"} and verb.lemma_ in LIST_TOPPING_VERBS:
                frame = build_frame(verb)
                if not _blocked(verb, self.lex, past_plan_done=True) and (t in frame.patients or t.dep_ == "dobj"):
                    people = frame.agents  # "is topped by A and B", "who heads the party's list"
                    chosen = [c for c in verb.head.children if c.dep_ in {"dobj", "nsubjpass"}] \
                        if verb.dep_ in {"xcomp", "ccomp", "advcl"} and verb.head.lemma_ in CHOOSING_VERBS else []
                    if chosen and not _blocked(verb.head, self.lex) \
                            and not any(view.resolve(a, frozenset({"Person"})) for a in people):
                        people = chosen  # "chose X to lead its national list": the one chosen, not the chooser
                        act = verb.head  # (dated as the choice)
            for clause in t.children:
                if clause.dep_ == "acl" and clause.lemma_ in LIST_TOPPING_VERBS and not _blocked(clause, self.lex):
                    people += build_frame(clause).agents  # "the IAF's list, headed by X"
                elif clause.dep_ == "relcl" and clause.lemma_ in LIST_TOPPING_VERBS and is_passive(clause) \
                        and not _blocked(clause, self.lex):
                    people += build_frame(clause).agents  # "removed from the party's list, which will be headed by X"
            # "the presidential ticket of the Vamos party, headed by X": the ticket is headed, whichever noun the
            # participle hangs on
            people += [a for c in _list_heading_clauses(t) if not _blocked(c, self.lex) for a in build_frame(c).agents]
            for clause in (c for p_ in t.children if p_.dep_ == "prep" and p_.lower_ == "of" for o in p_.children
                           for c in o.children if c.dep_ == "relcl"):
                if clause.lemma_ in {"top", "head"} and is_passive(clause) and not _blocked(clause, self.lex):
                    people += build_frame(clause).agents  # "the list of the IAF, which is topped by X"
            top = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "of" else None
            if top is not None and top.lemma_ in {"top", "head"} and top.dep_ == "pobj" and top.head.lower_ == "at":
                holder = top.head.head  # "campaigning with X at the top of their list", "X, at the head of the list"
                if holder.pos_ in {"VERB", "AUX"} and not _blocked(holder, self.lex):
                    people += [o for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"
                               for o in prep_objects(c)] or [c for c in holder.children if c.dep_ == "nsubj"]
                elif holder.pos_ == "PROPN":
                    people.append(holder)
            if t.dep_ == "pobj" and t.head.lower_ == "on":
                place = t.head.head  # "number three on the list", "running second on the list"
                while place.pos_ in {"ADV", "ADJ", "NUM"} and place.head.i != place.i:
                    place = place.head
                if place.pos_ == "NOUN" and place.dep_ == "appos":
                    people.append(place.head)
                elif place.pos_ in {"VERB", "AUX"} and place.lemma_ in LIST_PLACE_VERBS \
                        and not _blocked(place, self.lex):
                    people += build_frame(place).agents or [c for c in place.children if c.dep_ == "nsubj"]
            sent = view.sent(t)
            for token in people:
                hit = view.resolve(token, frozenset({"Person"}))
                if hit is None:
                    continue
                for p in rows:
                    yield Found(p.type, owner, hit[0], p.confidence * hit[1], sent, p.id, trigger=act,
                                want_date=act is not None)
                yield from self._list_approved(view, t, hit)

    def _list_approved(self, view: DocView, t: Token, hit: tuple[int, float]) -> Iterator[Found]:
        """"the commission approved the national list of the IAF, which is topped by X": the body approved X"""
        if t.dep_ != "dobj":
            return
        # ("approved seven lists but turned down an eighth, the list of X headed by Y": the later verb's)
        verb = stray_object(t.head, t) or t.head
        for p in self._verb_rows_for(verb) or []:
            if p.type == "APPROVED_CANDIDACY" and (p.governor or _blocked(verb, self.lex)):
                continue
            if p.type == "REJECTED_CANDIDACY" and not (p.governor and _complement(verb)
                                                       and verb.head.lemma_ in p.governor
                                                       and not _blocked(verb.head, self.lex)
                                                       or not p.governor and not _blocked(verb, self.lex)):
                continue  # "refused to register the ticket of the X party, headed by Y": Y refused
            if p.type not in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"} or not _has_required(p, verb):
                continue
            frame = build_frame(verb)
            for s, fs in self._arguments(view, p.source, p.source_types, frame, verb, p.through, set()):
                if is_election_body(view.entities[s]):
                    yield Found(p.type, s, hit[0], round(p.confidence * fs * hit[1] * 0.9, 3), view.sent(verb),
                                p.id + "+list-head", trigger=verb, want_date=p.date)
            return

    def _list_it(self, view: DocView, it: Token, rows: list[Pattern]) -> Iterator[Found]:
        """Who heads the party list an "It" stands for: "The PN confirmed its list of 81 candidates on
        Tuesday. It is headed by party leader X" (the one list the sentence before named, a party's)."""
        if _list_before_it(view, it) is None or _blocked(it.head, self.lex):
            return
        owners = [o for t in [_list_before_it(view, it)] if t is not None for o in [self._list_owner(view, t)]
                  if o is not None]
        if len(owners) != 1:
            return
        for token in build_frame(it.head).agents:
            hit = view.resolve(token, frozenset({"Person"}))
            if hit is not None:
                for p in rows:
                    yield Found(p.type, owners[0], hit[0], p.confidence * hit[1] * 0.95, view.sent(it), p.id)
                listed = _list_before_it(view, it)
                if listed is not None:
                    yield from self._list_approved(view, listed, hit)

    def _fielding_party(self, view: DocView, t: Token) -> int | None:
        """"The NFP fielded 52 candidates, headed by its leader X": the party whose candidates these are
        (its slate by another name), when a party fields or nominates them."""
        verb = t.head
        if t.dep_ != "dobj" or verb.lemma_ not in FIELDING_VERBS or _blocked(verb, self.lex):
            return None
        for agent in build_frame(verb).agents:
            hit = view.resolve(agent, frozenset({"Organization"}))
            if hit is not None and is_party(view.entities[hit[0]], self.lex):
                return hit[0]
        return None

    def _list_owner(self, view: DocView, t: Token) -> int | None:
        """The party whose list a "list" noun is: "the Amanat party's list", "its list", "whose list", "the
        Bright Armenia list" (not a commission's list of registered candidates)."""
        owner = None
        for c in t.children:
            if c.dep_ in {"compound", "nmod"} and c.i < t.i or c.dep_ == "poss":
                hit = view.resolve(c, frozenset({"Organization"}))
                if c.lower_ in {"its", "their"}:
                    # "Golan, who leads the National Camp party, ... heads its list": a party its sentence names
                    # before the word, over a body told of only in an earlier sentence
                    here = [m for m in view.mentions if m.type == "Organization" and m.entity >= 0
                            and view.sent(t).start <= m.start < c.i]
                    near = [m.entity for m in here if is_party(view.entities[m.entity], self.lex)]
                    if near and (hit is None or all(m.entity != hit[0] for m in here)):
                        hit = (near[-1], 1.0)
                if hit is not None:
                    owner = hit[0]
        if owner is None and t.i > 0 and (m := view.at.get(t.i - 1)) is not None and m.type == "Organization":
            owner = m.entity
        if owner is None and t.head.lemma_ in LIST_SUBMITTING_VERBS | LIST_FIELDING_VERBS \
                and (t.dep_ == "nsubjpass" or t.dep_ == "dobj" and t.head.lemma_ in LIST_FIELDING_VERBS):
            # "The largest list was submitted by the ruling Amanat party", "the KDF is fielding a list": the party's
            for agent in build_frame(t.head).agents:
                hit = view.resolve(agent, frozenset({"Organization"}))
                if hit is not None and is_party(view.entities[hit[0]], self.lex):
                    owner = hit[0]
        if owner is None:
            # "the national list of the ruling Civil Contract party": a party's, named after "of"
            of = [o for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
                  if o.dep_ == "pobj"]
            hit = view.resolve(of[0], frozenset({"Organization"})) if of else None
            if hit is not None and (is_party(view.entities[hit[0]], self.lex) or t.lemma_ == "ticket" and not set(
                    fold(view.entities[hit[0]].name).split()) & INSTITUTION_WORDS):
                owner = hit[0]  # ("the presidential ticket of Perú Libre": a party's, whatever its name)
        if owner is None:
            return None
        record = view.entities[owner]
        if is_party(record, self.lex) or not set(fold(record.name).split()) & NOT_LIST_OWNERS:
            return owner
        return None

    def _led_compounds(self, view: DocView) -> Iterator[Found]:
        """"the Phiri-led mission", "a Labour-led coalition": the name before "-led" heads the noun."""
        doc = view.doc
        for p in self.other_rows.get("led_compound", []):
            for t in tokens_among(doc, LED_IDS):
                if t.i < 2 or doc[t.i - 1].text not in {"-", "–"}:
                    continue
                leader = view.at.get(t.i - 2)
                if leader is None or view.type_of(leader.entity) not in p.source_types:
                    continue
                noun = t.head if t.head.pos_ in {"NOUN", "PROPN"} else None
                j = t.i + 1
                while noun is None and j < min(len(doc), t.i + 4):
                    if doc[j].pos_ in {"NOUN", "PROPN"}:
                        noun = doc[j]
                    j += 1
                if noun is None:
                    continue
                target = view.resolve(noun, p.target_types)
                if target is not None and target[0] != leader.entity:
                    yield Found(p.type, leader.entity, target[0], p.confidence * target[1], view.sent(t), p.id)


    def _between_pairs(self, view: DocView) -> Iterator[Found]:
        """"talks between X and Y": each pair the phrase names met."""
        if "between" not in doc_text(view.doc).lower():
            return
        betweens = [t.head for t in view.doc if t.lower_ == "between" and t.dep_ == "prep"]
        for p in self.other_rows.get("between_pair", []):
            for noun in dict.fromkeys(betweens):
                if noun.lemma_.lower() not in p.lemmas or noun.pos_ != "NOUN":
                    continue
                governor = governing_verb(noun)
                if governor is not None and _blocked(governor, self.lex):
                    continue
                for prep in noun.children:
                    if prep.dep_ != "prep" or prep.lower_ != "between":
                        continue
                    items = [e for x in prep.children if x.dep_ == "pobj" for e in view.items_in(x, p.source_types)]
                    for a_index, a in enumerate(items):
                        for b in items[a_index + 1:]:
                            yield Found(p.type, a, b, p.confidence, view.sent(noun), p.id, trigger=noun,
                                        want_date=p.date)


    def _reciprocal_meetings(self, view: DocView) -> Iterator[Found]:
        """"A and B met on Tuesday": each pair of the subject's items met (with no one else named)."""
        for p in self.other_rows.get("between_pair", []):
            for verb in tokens_among(view.doc, MET_IDS):
                if verb.pos_ != "VERB" or verb.lemma_ != "meet" or _blocked(verb, self.lex) or _future(verb) or any(
                        c.dep_ in {"dobj", "attr"} or c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
                    continue
                subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if subject is None or not subject.conjuncts:
                    continue
                items = list(dict.fromkeys(e for x in list_items(subject) for e in view.items_in(x, p.source_types)))
                for a_index, a in enumerate(items):
                    for b in items[a_index + 1:]:
                        yield Found(p.type, a, b, round(p.confidence * 0.95, 3), view.sent(verb), p.id + "+met",
                                    trigger=verb, want_date=p.date)


LEGISLATURE_WORDS = {"assembly", "parliament", "congress", "duma", "majlis", "senate", "sejm", "storting", "riigikogu",
                     "seimas", "saeima", "khural", "kenesh", "knesset", "bundestag", "verkhovna", "rada", "mazhilis",
                     "oliy", "sabor", "skupstina", "skupština", "hluttaw", "legislature", "chamber"}
SITTING_NOUNS = {"session", "sitting", "meeting", "plenary", "hearing", "ruling", "decision", "verdict"}
# "the party's Hadramawt branch", "its youth wing": a part of a body, whose head does not head the body
SUBUNIT_NOUNS = frozenset({"branch", "wing", "chapter", "cell", "section", "division", "bureau", "office", "arm",
                           "department", "unit", "directorate"})
# "parliamentary leader", "regional chairman": a post under the party's head
PART_LEADER_WORDS = {"parliamentary", "floor", "regional", "provincial", "youth", "district", "state", "county",
                     "majority", "minority", "caucus", "group", "branch", "local", "campaign"}
OBSERVER_BODY_WORDS = {"mission", "observers", "network", "institute", "observatory", "monitors"}
ELECTION_WORDS_ONLY = ("election", "elections")
ELECTION_BODY_WORDS = {"commission", "electoral", "court", "tribunal", "jury", "board", "authority", "council",
                       "committee", "agency", "office", "mission", "observers", "network", "institute", "service"}


def _semicolon_item(view: DocView, trigger: Token) -> tuple[int, int] | None:
    """The token range of the semicolon-list item a word stands in, when one stands before it in its sentence
    ("A, who ...; B, put forward by X; and C": "put" in B's item); None in a sentence's first part, where the
    act a list follows is told ("The CEC registered A; B; and C")."""
    sent = view.sent(trigger)
    before = [t.i for t in view.doc[sent.start:trigger.i] if t.text == ";"]
    if not before:
        return None
    after = next((t.i for t in view.doc[trigger.i:sent.end] if t.text == ";"), sent.end)
    return before[-1] + 1, after


def _or(value: int | None, default: int) -> int:
    return default if value is None else value


def is_election_body(record: EntityRecord) -> bool:
    """Commissions, courts, observers: bodies that run or watch elections and never win them (and an "Elections
    Department", "Electoral Administration")."""
    words = fold(record.name).split()
    if len(words) >= 2 and words[0] == "elections" and words[-1] not in {"act", "law", "bill", "code", "day"}:
        return True  # "Elections Canada", "Elections Ontario": an agency named for what it runs
    return any(word in words for word in ELECTION_BODY_WORDS) or any(w in words for w in ELECTION_WORDS_ONLY) \
        and any(w in words for w in {"department", "directorate", "administration", "bureau", "division"})


def _subject_or_conjunct(token: Token) -> bool:
    """A clause's subject, or one coordinated with it ("said A, B and C had failed to meet the requirements")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


CANDIDACY_NOUNS = frozenset({"nomination", "candidacy", "candidature", "application", "paper"})


def _subject_candidacy_of(token: Token) -> bool:
    """A person named inside a clause's subject that is a candidacy noun with an "of" ("the nominations of A, put
    forward by X, B and C met all requirements"), however the parser hung the names."""
    return any(a.lemma_ in CANDIDACY_NOUNS and a.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in a.children) for a in token.ancestors)


def _colon_list(sent: Span, view: DocView) -> int | None:
    """Where a sentence's list of people begins after a colon that ends a clause about a list ("X read the
    approved list on state television: A; B; and C"): the colon, or None."""
    colon = next(tokens_among(sent.doc, COLON_IDS, sent.start), None)
    # ("approved four presidential candidates on 2 October: A, the SWAPO candidate; B; ...": the plural too)
    if colon is None or colon.i >= sent.end or not any((t.lemma_ in LIST_SUBJECTS or t.lower_ in LIST_SUBJECTS)
                                                        and t.pos_ == "NOUN" for t in sent.doc[sent.start:colon.i]):
        return None
    end = sent.end
    if all(t.is_space for t in sent.doc[colon.i + 1:sent.end]) and end < len(sent.doc):
        end = view.sent(sent.doc[end]).end  # (the parser ended the sentence at the colon)
    return colon.i if len(view.persons_between(colon.i + 1, end)) >= 2 else None


def _election_after_primaries(view: DocView) -> int | None:
    """The election a story's primaries choose candidates for: the one it names most that is no primary, runoff,
    referendum or earlier vote."""
    counts: dict[int, int] = {}
    for m in view.mentions:
        props = view.entities[m.entity].props if m.type == "Election" else {}
        if m.type == "Election" and props.get("kind") not in {"primary", "referendum"} and not props.get("runoff") \
                and not told_as_past(view.entities[m.entity]):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    return max(counts, key=lambda e: (counts[e], -e)) if counts else None


def _speaker_after(view: DocView, entity: int, trigger: Token) -> bool:
    """Whether the entity is named, after the act, only as the speaker of a "said" that closes the sentence with no
    subject of its own ("... and rejected a sixth, the council's president, X, said on Friday", X read as an
    apposition of "a sixth")."""
    doc = view.doc
    sent = view.sent(trigger)
    said = [m for m in view.mentions if m.entity == entity and sent.start <= m.start < sent.end]
    return bool(said) and all(
        m.start > trigger.i and m.end + 1 < sent.end and doc[m.end].text == "," and doc[m.end + 1].lemma_ in {
            "say", "tell", "announce", "add", "state"} and doc[m.end + 1].tag_ in {"VBD", "VBZ", "VBP"}
        and not any(c.dep_ == "nsubj" for c in doc[m.end + 1].children)  # (not "the application of X, saying")
        for m in said)


def runs_elections(record: EntityRecord) -> bool:
    """An election commission or tribunal: "Central Election Commission", "Electoral Tribunal"."""
    name = fold(record.name).split()
    if re.search(r"\belectoral institute\b", " ".join(name)) \
            or name[-1:] == ["institute"] and {"election", "electoral"} & set(name):
        # "Mexico's National Electoral Institute (INE)", "the State Electoral and Citizen Participation Institute"
        # (not the National Democratic Institute, nor an "Institute for Democracy and Electoral Assistance")
        return True
    words = set(name)
    # (not "the Committee for Free and Fair Elections in Cambodia": a watchdog, named for the elections it wants)
    return bool(words & {"election", "elections", "electoral"} and words & {
        "commission", "tribunal", "council", "board", "authority", "committee", "court", "jury", "institute",
        "office", "commissioner", "department"}  # ("the Office of the Electoral Commissioner")
        and not words & (OBSERVER_BODY_WORDS | {"monitoring", "observation", "observers"} | WATCHDOG_WORDS))


WATCHDOG_WORDS = frozenset({"free", "fair", "clean", "honest", "transparent", "credible", "peaceful"})


CONTEST_VERBS = frozenset({"win", "defeat", "beat", "lose", "edge", "trail", "face", "challenge", "unseat", "finish"})
INSTITUTION_WORDS = frozenset({"commission", "assembly", "court", "council", "ministry", "government", "parliament",
                               "committee", "tribunal", "bureau", "office", "agency", "university", "bank", "union",
                               "senate", "house", "chamber", "institute", "foundation", "centre", "center"})


def _contender(view: DocView, person: Mention, org: Mention) -> bool:
    """"..., defeating Carmen Ovalle of the National Unity of Hope (UNE)": a name with no party word, "of"
    which a person who won or lost a race is, is that person's party (not a body: "of the Supreme Court")."""
    words = fold(view.entities[org.entity].name).split()
    root = view.doc[person.end - 1]
    if words and any(t.lemma_ in REGISTERING_LEMMAS for t in view.sent(root) if t.pos_ == "VERB") \
            and not set(words) & (COURT_NAME_WORDS | PANEL_NAME_WORDS | {"ministry", "parliament", "university"}):
        return True  # "Also registered were Andrei Pavel of the Save Romania Union (USR)": a candidate's party
    if not words or any(w in INSTITUTION_WORDS for w in words):
        return False
    if root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.lemma_ in {"percent", "vote", "%"}:
        return True  # "49.7 percent for X of Popular Force"
    verb = root.head if root.dep_ in {"nsubj", "dobj", "pobj", "appos", "conj"} else None
    if verb is not None and verb.dep_ == "prep":
        verb = verb.head  # "lost to X of the Y"
    return verb is not None and verb.lemma_ in CONTEST_VERBS


def is_party(record: EntityRecord, lex: Lexicon) -> bool:
    if record.props.get("party"):
        return True  # "the ruling X", "the opposition X"
    # ("Pakistan Tehreek-e-Insaf", "Muttahida Qaumi Movement-Pakistan": the words a hyphen joins, each)
    names = [fold(n).replace("-", " ").split() for n in [record.name, *record.aliases]]
    if any(word in name for name in names for word in {"commission", "assembly", "court"}):
        return False
    if any(name[:2] == ["congress", "of"] and (rest := name[3:] if name[2:3] == ["the"] else name[2:]) and (
            rest in (["deputies"], ["republic"]) or lex.country(" ".join(rest))) for name in names):
        return False  # "the Congress of the Federated States of Micronesia", "the Congress of Deputies": a legislature
    if any(word in name for name in names for word in PARTY_NOUNS - {"union", "list"} | {"congress", "current"}
           | FOREIGN_PARTY_WORDS):
        return True
    # "the Social Christian Union", "the Democratic List", "the People's National Convention" are parties; "the
    # African Union" and "the Union of Journalists" are not
    if any(name and name[-1] in PARTY_PLURALS for name in names):
        return True  # "the Social Democrats", "the Greens"
    if any(name == [word] for name in names for word in NOUN_PARTY_NAMES):
        return True  # "Labor's candidate": the party that goes by the word alone
    return any(word in {"union", "list", "platform", "rally", "forum", "convention"}
               and (any(w in lex.party_ideology_words for w in name[:k])
                    or name[k + 1:k + 2] == ["for"])  # "Union for National Renewal", "Civic Platform"
               and "of" not in name[k:] for name in names for k, word in enumerate(name))


# a party named for its members: "the Social Democrats", "the Greens"
PARTY_PLURALS = frozenset({"democrats", "republicans", "greens", "conservatives", "socialists", "communists",
                           "liberals", "progressives", "nationalists", "tories", "democrats'"})

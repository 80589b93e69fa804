"""When things happened: dates for elections and for event relationships of one article.

An event's date is, in order of preference:

1. a date phrase in its own clause ("on December 19 approved", "was received on January 5",
   "on Sunday evening"), read forwards or backwards from the publication date depending on the
   clause's tense ("will be held on" vs "was registered on");
2. an anaphoric phrase there ("on the same day", "at the same meeting", "the following day"),
   resolved against the events already dated - preferably one involving the same entity;
3. for WON, the date of the election won;
4. the one remaining full date of its sentence that belongs to no election and no reporting verb;
5. a date the next sentence gives for "the decision(s)" ("The decisions were taken ... on July 13").

Events are dated in text order, so that anaphors see the events before them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.dates import MONTHS, Partial, month_day, resolve, untagged_day
from ingest.mentions import NUMBER_WORDS, Mention, cuts_date, number_of, tokens_among, word_ids

REPORTING_VERBS = {"say", "tell", "report", "announce", "add", "state", "note", "confirm", "write", "publish"}
DATE_PREPS = {"on", "in", "at", "since", "during", "by", "from"}
FUTURE_MARKERS = {"will", "shall", "'ll", "due", "scheduled", "ahead", "upcoming", "next", "set", "to", "ready",
                  "prepared"}
PUBLISHING_VERBS = {"announce", "publish", "release", "unveil", "present", "read", "issue"}
PUBLISHED_NOUNS = {"list", "decision", "decisions", "result", "results", "names", "ruling", "verdict"}
RESULT_NOUNS = {"result", "outcome", "count", "tally", "aftermath", "winner", "loser"}
ANAPHOR_NOUNS = {"day", "meeting", "session", "sitting", "occasion", "date", "time", "hearing", "evening"}
DECISION_NOUNS = {"decision", "decisions", "ruling", "rulings", "move", "registration", "vote", "resolution"}
MONTH_IDS = word_ids(MONTHS)  # lower-case month names
FAMILIES = {
    "APPROVED_CANDIDACY": {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"},
    "REJECTED_CANDIDACY": {"APPROVED_CANDIDACY", "REJECTED_CANDIDACY"},
}
TIME_ORDER_WORDS = frozenset({"after", "before", "since", "until"})


def _days_before_end(node: Token) -> int:
    """"ended a two-day visit on November 29": the visit began the day before."""
    if node.lemma_ not in {"end", "conclude", "complete", "wrap", "finish"}:
        return 0
    for t in node.subtree:
        m = re.fullmatch(r"(\w+)-day", t.text.lower()) or (
            re.fullmatch(r"\w+", t.text.lower()) and t.i + 2 < len(t.doc) and t.doc[t.i + 1].text == "-"
            and t.doc[t.i + 2].lower_ == "day" and re.match(r"(\w+)", t.text.lower()))
        if m:
            word = m.group(1)
            days = int(word) if word.isdigit() else NUMBER_WORDS.get(word, 1)
            return max(days - 1, 0)
    return 0


@dataclass
class Phrase:
    start: int
    end: int
    text: str


def _day_of_same_day_phrase(child: Token, verb: Token) -> Token | None:
    """"Earlier in the day", "later in the day": the noun "day", for a child of the verb that says so."""
    if child.lower_ in {"earlier", "later"}:
        preps = [p for p in child.children if p.dep_ == "prep" and p.lower_ == "in"]
    elif child.dep_ == "prep" and child.lower_ == "in" and any(
            s.lower_ in {"earlier", "later"} for s in verb.children if s.i == child.i - 1):
        preps = [child]
    else:
        return None
    return next((o for p in preps for o in p.children if o.dep_ == "pobj" and o.lower_ == "day"
                 and {a.lower_ for a in o.children} <= {"the", "that"}), None)


def _days_later(verb: Token) -> int | None:
    """"two days later", "a day later": how many days after the day told before."""
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "later":
            for noun in child.children:
                if noun.dep_ == "npadvmod" and noun.lemma_ == "day":
                    count = next((number_of(c) for c in noun.children if c.dep_ == "nummod"), None)
                    if count is None and any(c.lower_ in {"a", "one"} for c in noun.children):
                        count = 1
                    return count
    return None


def later_act(trigger: Token | None) -> bool:
    """"The commission later cleared X": an act on another day than the one told before."""
    return trigger is not None and any(c.lower_ in {"later", "subsequently", "afterwards", "since"}
                                       for c in trigger.children)


# acts that, done, put the election they govern in the past ("unseating X in Saturday's elections")
PAST_ACTS = {"win", "take", "hold", "observe", "vote", "return", "elect", "re-elect", "reelect", "unseat", "defeat",
             "beat", "oust", "sweep", "top", "lose"}


def _done(verb: Token) -> bool:
    """A verb told as done: "won", "was elected", "after unseating"."""
    if verb.tag_ == "VBD":
        return True
    if verb.tag_ == "VBN":
        return any(c.dep_ in {"auxpass", "aux"} and c.tag_ == "VBD" for c in verb.children)
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in {"after", "since"}


class Timeline:
    def __init__(self, doc: Doc, mentions: list[Mention], anchor: dt.date | None) -> None:
        self.doc = doc
        self.anchor = anchor
        self.phrases: dict[int, Phrase] = {}  # any token of a DATE/TIME entity -> the phrase
        for ent in doc.ents:
            if ent.label_ in {"DATE", "TIME"}:
                # ("said on Tuesday that Sunday's election ...", tagged as one date: two phrases)
                # ("met on August 18 to fix October 9 as polling day", tagged as one date: two phrases)
                cuts = [t.i for t in ent if cuts_date(t)]
                bounds = [ent.start, *[b for c in cuts for b in (c, c + 1)], ent.end]
                for start, end in zip(bounds[::2], bounds[1::2], strict=True):
                    if start < end:
                        phrase = Phrase(start, end, doc[start:end].text)
                        for i in range(start, end):
                            self.phrases[i] = phrase
        for token in tokens_among(doc, MONTH_IDS):
            span = untagged_day(token)
            if span is not None and not any(i in self.phrases for i in range(*span)):
                phrase = Phrase(span[0], span[1], doc[span[0]:span[1]].text)  # "the 8 May elections"
                for i in range(*span):
                    self.phrases[i] = phrase
        self.election_tokens: set[int] = set()
        self.election_words = {i for m in mentions if m.type == "Election" for i in range(m.start, m.end)}
        for m in mentions:
            if m.type == "Election" and "date_token" in m.props:
                dated = self.phrases.get(m.props["date_token"])
                if dated is not None:
                    self.election_tokens.update(range(dated.start, dated.end))
        for phrase in {id(p): p for p in self.phrases.values()}.values():
            # "setting January 10 as the date of the election", "set June 4 as the polling date": that
            # date is the election's
            after = doc[phrase.end:phrase.end + 4].text.lower()
            if re.match(r"as (the )?(date of|(polling|voting|election) (date|day))", after) \
                    or re.match(r"for (the|a) (possible )?(first round|second round|runoff|run-off|election|vote)\b",
                                after):  # ("set the dates, May 4 for the first round and May 18 for a runoff")
                self.election_tokens.update(range(phrase.start, phrase.end))
        self.history: list[tuple[int, dt.date, set[int], str, int | None]] = []  # token, date, entities, type, actor
        self.election_day: dt.date | None = None  # the story's election's day, for "on election day"
        self.sentences = list(doc.sents)

    # -- reading phrases --------------------------------------------------------------------
    def direction(self, token: Token) -> str | None:
        """"past" or "future" from the clause's tense; None when it does not say."""
        if token.tag_ == "VB" and token.dep_ == "xcomp" and token.head.i != token.i:
            return self.direction(token.head)  # "had refused to register": the tense of "had refused"
        words = {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}
        if token.tag_ == "VBD" and not words & {"will", "shall", "'ll"}:
            return "past"  # "will contest ... after the commission accepted their papers on Monday"
        for node in (token, token.head):
            words |= {c.lower_ for c in node.children if c.dep_ in {"aux", "auxpass", "prep", "advmod"}}
        if words & {"will", "shall", "'ll"} or (token.tag_ == "VB" and "to" in words):
            return "future"
        if token.tag_ in {"VBD", "VBN"} or words & {"was", "were", "had", "has", "have"}:
            return "past"
        return None

    def read(self, phrase: Phrase, direction: str | None) -> Partial | None:
        return resolve(phrase.text, self.anchor, direction)

    # -- elections ----------------------------------------------------------------------------
    def election_date(self, mention: Mention) -> Partial | None:
        token_index = mention.props.get("date_token")
        if token_index is None:
            return None
        phrase = self.phrases.get(token_index)
        if phrase is None:
            return None
        noun = self.doc[mention.end - 1]
        sent = noun.sent
        if re.match(r"as (the )?(new )?(date|day)\b", self.doc[phrase.end:phrase.end + 4].text.lower()):
            # "named Saturday, November 7 as the date of the election": a day ahead of the naming
            pluperfect = any(t.dep_ == "aux" and t.lower_ == "had" for t in sent)
            return self.read(phrase, None if pluperfect else "future")
        future = any(t.lower_ in FUTURE_MARKERS and (t.lower_ != "to" or t.head.tag_ == "VB")  # not "handed it to X"
                     and not (t.tag_ == "VBD" and any(c.dep_ == "nsubj" for c in t.children))  # "X set ...": done
                     for t in sent if t.i < noun.i) or any(
            t.lower_ == "will" or t.lower_ == "to" and t.head.tag_ == "VB" for t in noun.subtree) or (
            noun.dep_ in {"nsubj", "nsubjpass"} and self.direction(noun.head) == "future")  # "will be held on"
        # (not "will face X in a Nov. 3 runoff after neither won a majority": a clause after the noun)
        past = any(_done(t) and t.lemma_ in PAST_ACTS
                   and not any(c.dep_ == "xcomp" for c in t.children)  # (not "voted to hold elections on X")
                   and not _in_other_clause(t, noun) and (t.i < noun.i or t.is_ancestor(noun)) for t in sent) \
            or noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in RESULT_NOUNS \
            and month_day(phrase.text)[0] is None
        # ("to respect the result of Sunday's runoff": a vote already held; "to respect the outcome of the Nov. 26
        # election", six days ahead: the month and day say which, the nearest)
        if noun.dep_ == "pobj" and noun.head.lower_ == "for" and noun.head.head.lemma_ in {
                "candidate", "nominee", "candidacy", "candidature", "ticket", "campaign", "flagbearer"}:
            # "won the consultation, becoming the left's candidate for the May 26 presidential election": ahead
            return self.read(phrase, "future")
        if past and not future and noun.dep_ == "pobj" and noun.head.lower_ == "for" \
                and noun.head.head.lemma_ not in RESULT_NOUNS:
            # "the observation mission deployed by the ODIHR for the May 18 presidential election": what the
            # deployment was for says nothing of whether the vote is over; the nearest such day
            return self.read(phrase, None)
        date_head = self.doc[token_index].head
        if date_head.lower_ == "for" and date_head.head.lemma_ in {"set", "call", "schedule", "fix", "election",
                                                                   "vote", "poll", "elections", "polls"}:
            # "set a snap election for November 1": ahead of the act ("had scheduled for June 28", in a story
            # told after it: the nearest)
            pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in date_head.head.children)
            return self.read(phrase, None if pluperfect else "future")
        return self.read(phrase, "future" if future and not past else "past" if past else None)

    # -- events -------------------------------------------------------------------------------
    def _attached(self, node: Token, spans: bool = True) -> tuple[Phrase | None, Token | None]:
        """A date phrase, or an anaphoric noun ("the same day"), among a clause's own dependents (not "since
        January 11" unless `spans`: where a state began dates that clause's act only)."""
        for child in node.children:
            day = _day_of_same_day_phrase(child, node)
            if day is not None:
                return None, day
            candidates = [child]
            if child.dep_ == "prep" and child.lower_ == "since" and not spans:
                continue
            if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
                # ("At the same sitting", with "sitting" read as a verb)
                candidates = [c for c in child.children if c.dep_ == "pobj" or c.dep_ == "pcomp"
                              and c.lower_ in ANAPHOR_NOUNS]
            elif child.dep_ not in {"npadvmod", "tmod", "obl", "advmod", "nmod"} and child.ent_type_ not in {
                    "DATE", "TIME"}:
                continue
            for c in candidates:
                if c.i in self.election_tokens:
                    continue
                if c.lower_ == "same" and c.dep_ == "pobj" and any(
                        x.dep_ == "pcomp" and x.lower_ in ANAPHOR_NOUNS for x in c.head.children):
                    return None, c  # "At the same sitting" read as "at [the same] [sitting]": the same day
                if (c.lemma_ in ANAPHOR_NOUNS or c.lower_ in ANAPHOR_NOUNS) and any(
                        a.lower_ in {"same", "following", "next", "previous", "that"} for a in c.children):
                    return None, c
                phrase = self.phrases.get(c.i)
                if phrase is None and c.lemma_ in ANAPHOR_NOUNS and child.lower_ == "at":
                    # "set the dates at a meeting on January 16": the meeting's day
                    phrase = next((self.phrases[o.i] for p in c.children if p.dep_ == "prep" and p.lower_ == "on"
                                   for o in p.children if o.dep_ == "pobj" and o.i in self.phrases), None)
                if phrase is not None:
                    return phrase, None
        return None, None

    def _day_before_verb(self, verb: Token) -> dt.date | None:
        """"The main electoral office of the X constituency on Monday accepted ...", the day read as the
        subject's: the date right before the verb is the verb's."""
        k = verb.i - 1
        phrase = self.phrases.get(k) if k >= 0 else None
        if phrase is None or k in self.election_tokens:
            return None
        prep = self.doc[phrase.start - 1] if phrase.start > 0 else None
        if prep is None or prep.lower_ != "on" or prep.dep_ != "prep" or prep.head.dep_ not in {"nsubj", "nsubjpass"} \
                or prep.head.head.i != verb.i:
            return None
        partial = self.read(phrase, self.direction(verb))
        return partial.day if partial is not None and partial.day else None

    def has_own_date(self, node: Token) -> bool:
        """Whether a word carries a date phrase of its own ("the parliamentary elections on 19 March")."""
        return any(c.dep_ == "pobj" and c.i in self.phrases for p in node.children
                   if p.dep_ == "prep" and p.lower_ in DATE_PREPS for c in p.children)

    def own_date(self, node: Token) -> dt.date | None:
        """The day such a phrase names, even when it is also read as the election's own date."""
        for p in node.children:
            if p.dep_ == "prep" and p.lower_ in DATE_PREPS:
                day = self.day_of_prep(p, node)
                if day is not None:
                    return day
        return None

    def day_of_prep(self, prep: Token, trigger: Token) -> dt.date | None:
        """The day an "on <date>" phrase names, read from the act it hangs on."""
        for c in prep.children:
            phrase = self.phrases.get(c.i) if c.dep_ == "pobj" else None
            partial = self.read(phrase, self.direction(trigger)) if phrase is not None else None
            if partial is not None and partial.day:
                return partial.day
        return None

    def _anaphor_date(self, noun: Token, entities: set[int], rel_type: str) -> dt.date | None:
        """"the following day" is the day after the last event; "the same day/meeting" the day of the
        last event of the same kind involving the same entity (failing that, the closest match)."""
        modifiers = {a.lower_ for a in noun.children}
        if "same" in modifiers:
            # "arrived on Tuesday ... and held talks the same day with X": the day its own sentence named
            sent = noun.sent
            said = self._last_day_said(noun.i)
            if said is not None and any(p.start >= sent.start and p.end <= noun.i
                                        and p.start not in self.election_tokens for p in self.phrases.values()):
                return said
        before = [h for h in self.history if h[0] < noun.i]
        if not before and modifiers <= {"the", "that"}:
            return self._last_day_said(noun.i)  # "Earlier in the day": the day the text last named
        if not before and modifiers & {"following", "next"} and (said := self._last_day_said(noun.i)) is not None:
            return said + dt.timedelta(days=1)  # "dissolved on March 20 ... set the date the following day"
        if not before:
            return None
        if modifiers & {"following", "next"}:
            return before[-1][1] + dt.timedelta(days=1)
        if "previous" in modifiers:
            return before[-1][1] - dt.timedelta(days=1)
        family = FAMILIES.get(rel_type, {rel_type})
        for keep in (lambda h: bool(h[2] & entities) and h[3] in family, lambda h: bool(h[2] & entities),
                     lambda h: h[3] in family, lambda h: True):
            match = [h for h in before if keep(h)]
            if match:
                return match[-1][1]
        return None

    def _last_day_said(self, before: int) -> dt.date | None:
        """The day of the last date phrase before a position that names one, outside election names."""
        for phrase in sorted({id(p): p for p in self.phrases.values()}.values(), key=lambda p: -p.start):
            if phrase.end > before or phrase.start in self.election_tokens:
                continue
            partial = self.read(phrase, self.direction(self.doc[phrase.start].head))
            if partial is not None and partial.day:
                return partial.day
        return None

    def event_date(self, trigger: Token | None, sent: Span, entities: set[int], rel_type: str,
                   election_date: dt.date | None = None, actor: int | None = None) -> dt.date | None:
        date = self._event_date(trigger, sent, entities, rel_type, election_date, actor)
        if date is not None and trigger is not None:
            self.history.append((trigger.i, date, set(entities), rel_type, actor))
        return date

    def _event_date(self, trigger: Token | None, sent: Span, entities: set[int], rel_type: str,
                    election_date: dt.date | None, actor: int | None) -> dt.date | None:
        node = trigger
        day_before = self._day_before_verb(trigger) if trigger is not None else None
        if day_before is not None:
            return day_before
        # ("travelled to Schwerin on Thursday, where it held talks with X": the day of the clause the place is in)
        where = trigger is not None and any(a.dep_ == "relcl" and any(c.lower_ == "where" for c in a.children)
                                            for a in (trigger, trigger.head))
        crossed = False  # (climbed out of the act's own clause: "X, whose mission has been here since May 2,
        # later held talks with Y", with "held" parsed as a clause under "been")
        for _ in range(5 if where else 4):
            if node is None:
                break
            if any(p.dep_ == "prep" and p.lower_ == "on" and any(
                    o.lemma_ == "day" and any(c.lower_ in {"election", "polling", "voting"} for c in o.children)
                    for o in p.children) for p in node.children):
                # "visited polling stations on election day" (not the day of the verb it is coordinated with,
                # when the story gives the election's day nowhere)
                return self.election_day
            offset = _days_later(node)
            if offset is not None:
                # "set the date two days later": that many days after the last day said before it
                last = self._last_day_said(node.i)
                if last is None and (before := [h for h in self.history if h[0] < node.i]):
                    last = before[-1][1]
                if last is not None:
                    return last + dt.timedelta(days=offset)
            phrase, anaphor = self._attached(node, spans=not crossed)
            if anaphor is not None:
                return self._anaphor_date(anaphor, entities, rel_type)
            if phrase is not None:
                partial = self.read(phrase, self.direction(node))
                if partial is not None and partial.day:
                    return partial.day - dt.timedelta(days=_days_before_end(node))
                if partial is not None:
                    return None  # "in July 2020": the text gives no day
            if node.dep_ in {"pcomp", "advcl"} and (node.head.lower_ in TIME_ORDER_WORDS or any(
                    c.dep_ == "mark" and c.lower_ in TIME_ORDER_WORDS for c in node.children)):
                break  # "received X on Friday, two days after the party won": not Friday's
            if node.dep_ in {"xcomp", "conj", "acl", "relcl", "pcomp", "pobj", "dobj", "prep", "advcl", "attr",
                             "appos"} \
                    and node.head.i != node.i:
                crossed = crossed or node.dep_ in {"advcl", "conj", "relcl", "acl"}
                node = node.head
            else:
                break
        if election_date is not None:
            return election_date
        restated = None if later_act(trigger) else self._restated_date(sent, actor, rel_type, entities)
        if restated is not None:
            return restated
        if rel_type == "MET_WITH" and trigger is not None and (
                trigger.lemma_ in {"welcome", "greet"} or self._loose_date(sent) is None and not any(
                    t.ent_type_ == "DATE" for t in sent)):
            # "The delegation arrived in Hanoi on Monday. The guests were welcomed at the airport by X";
            # "X arrived in Mogadishu on Monday. ... He also held talks with Y" (a sentence with no day of its
            # own): the visit's day
            here = next((k for k, x in enumerate(self.sentences) if x.start == sent.start), 0)
            back = 1 if trigger.lemma_ in {"welcome", "greet"} else 2
            window = {x.start for x in self.sentences[max(0, here - back):here + 1]}
            for token_index, date, involved, kind, _ in reversed(self.history):
                if kind == "VISITS" and involved & entities and self.doc[token_index].sent.start in window:
                    return date
        clause = _relative_clause(trigger)
        if clause is not None:
            # "X, who was nominated by Y, will be sworn in on August 6": the date is the other clause's
            return self._loose_date(self.doc[clause.left_edge.i:clause.right_edge.i + 1])
        loose = self._loose_date(sent)
        if loose is not None:
            return loose
        decided = self._decision_date(sent)
        if decided is not None:
            return decided
        if trigger is not None and any(c.dep_ == "aux" and c.lower_ in {"has", "have", "had"}
                                       for c in trigger.children):
            # "X has approved six candidates, the Interior Ministry announced on Sunday"; "X said on Monday it had
            # chosen Y"; "X has approved 13 candidates, according to a list published on Saturday": done by the
            # day it was made known
            told = [c for c in trigger.children if c.dep_ in {"parataxis", "ccomp"} and c.lemma_ in REPORTING_VERBS
                    and c.i > trigger.i] if trigger.dep_ == "ROOT" else [trigger.head] \
                if trigger.dep_ == "ccomp" and trigger.head.lemma_ in REPORTING_VERBS else []
            told += [a for c in trigger.children if c.dep_ == "prep" and c.lower_ == "according"
                     for to in c.children for o in to.children if o.dep_ == "pobj"
                     for a in o.children if a.dep_ == "acl" and a.lemma_ in {"publish", "release", "issue"}]
            phrase = self._attached(told[0])[0] if told else None
            partial = self.read(phrase, self.direction(told[0])) if phrase is not None else None
            if partial is not None and partial.day:
                return partial.day
        return None

    def lede_date(self, actor_tokens: set[int], actor_words: set[str],
                  verbs: frozenset[str] | None = None) -> dt.date | None:
        """The day of the story's opening act when its doer is the given body ("The KPU on Monday declared
        three pairs eligible ... The commission rejected X"): an undated act by the same body restates it.
        The doer is one of its mentions, or a common noun from its name ("the electoral authority")."""
        for sent in self.sentences[:3]:
            root = sent.root
            if root.lemma_ in {"say", "tell", "announce", "report"}:
                # "The CEC on Friday registered five candidates, its chairman told journalists"
                root = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), root)
            if root.pos_ not in {"VERB", "AUX"} or verbs is not None and root.lemma_ not in verbs:
                continue
            subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not any(c.i in actor_tokens or c.pos_ == "NOUN" and c.lemma_ in actor_words
                       or verbs is not None and actor_tokens & set(range(c.left_edge.i, c.right_edge.i + 1))
                       for c in subjects):
                continue  # (a meeting's: "The head of the X mission, Y, met on Thursday with ...")
            phrase, _ = self._attached(root)
            partial = self.read(phrase, self.direction(root)) if phrase is not None else None
            if partial is not None and partial.day:
                return partial.day
            if phrase is None and verbs is None and (loose := self._loose_date(sent)) is not None:
                return loose  # "Ghana's Electoral Commission (EC) on Friday approved ...", the day hung on the doer
            return self._announced_day(sent, actor_tokens, actor_words) if verbs is None else None
        return None

    def _announced_day(self, lede: Span, actor_tokens: set[int], actor_words: set[str]) -> dt.date | None:
        """"The commission has disqualified five aspirants ... Its chairperson X announced the final list on
        Tuesday": an undated opening decision made known on the day the next sentences give."""
        after = [s for s in self.sentences if s.start >= lede.end][:2]
        for sent in after:
            root = sent.root
            published = next((c for c in root.children if c.dep_ == "dobj" and c.lemma_ in PUBLISHED_NOUNS), None)
            if root.lemma_ not in PUBLISHING_VERBS or published is None:
                continue
            subjects = [c for c in root.children if c.dep_ in {"nsubj", "nsubjpass"}]
            if not any(actor_tokens & set(range(c.left_edge.i, c.right_edge.i + 1))
                       or any(x.lemma_ in actor_words and x.pos_ == "NOUN" for x in c.subtree) for c in subjects):
                continue
            phrase = self._attached(root)[0] or self._attached(published)[0]  # ("the list on Tuesday")
            partial = self.read(phrase, self.direction(root)) if phrase is not None else None
            return partial.day if partial is not None and partial.day else None
        return None

    def _restated_date(self, sent: Span, actor: int | None, rel_type: str, entities: set[int]) -> dt.date | None:
        """"Five candidates were registered on Thursday. ... the commission approved the candidacies of
        A, B and C": an undated act restating one of the same kind, by the same body, just before."""
        family = FAMILIES.get(rel_type, {rel_type})
        here = next((k for k, s in enumerate(self.sentences) if s.start == sent.start), None)
        if here is None:
            return None
        window = {s.start for s in self.sentences[max(0, here - 2):here + 1]}
        for token_index, date, involved, kind, by in reversed(self.history):
            if kind == "VISITS" and involved != entities:
                continue  # (a visit to another place is another visit)
            if kind in family and actor is not None and by == actor and self.doc[token_index].sent.start in window:
                return date
        return None

    def _loose_date(self, sent: Span, besides: dt.date | None = None) -> dt.date | None:
        """The sentence's only full date that no election and no reporting verb claims (and that is
        not `besides`)."""
        found: list[dt.date] = []
        seen: set[int] = set()
        for t in sent:
            phrase = self.phrases.get(t.i)
            if phrase is None or phrase.start in seen or t.i in self.election_tokens:
                continue
            seen.add(phrase.start)
            head = self.doc[phrase.start].head
            if head.lower_ == "since" and head.dep_ == "prep":
                continue  # ("has been in Nigeria since January 11": when a state began, not the day of an act)
            while head.dep_ in {"pobj", "prep"} and head.head.i != head.i:
                head = head.head
            if head.lemma_ in REPORTING_VERBS:
                continue  # "told reporters on Friday"
            k = head.left_edge.i - 1 - (head.left_edge.i > 0 and self.doc[head.left_edge.i - 1].text == ",")
            if head.dep_ == "relcl" and (head.head.i in self.election_words or k in self.election_words):
                continue  # "... in the by-election, which will be held on Friday, December 17": the vote's day
            if head.dep_ in {"pcomp", "advcl"} and any(t.lower_ in {"before", "after", "until"}
                                                       for t in (head.head, *head.children)):
                continue  # "will travel to X before returning to Y on Sunday": another act's day
            partial = self.read(phrase, self.direction(head))
            if partial is not None and partial.day and partial.day != besides:
                found.append(partial.day)
        return found[0] if len(found) == 1 else None

    def act_date_besides(self, sent: Span, election_day: dt.date) -> dt.date | None:
        """"set June 4 as the polling date in a decree issued on December 14": the act's date is the
        sentence's other date."""
        return self._loose_date(sent, besides=election_day)

    def _decision_date(self, sent: Span) -> dt.date | None:
        """"X registered four candidates. The decisions were taken at a meeting on July 13.\""""
        nxt = next((s for s in self.sentences if s.start >= sent.end and s.text.strip()), None)
        if nxt is None:
            return None
        subject = next((t for t in nxt if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ not in DECISION_NOUNS:
            return None
        return self._loose_date(nxt)


def _in_other_clause(token: Token, noun: Token) -> bool:
    """The verb and the election noun in different clauses, so that the verb's tense says nothing of the
    noun: "..., who won the 2019 election," (a relative clause that does not hold the noun), or "held talks
    with X, who assured it that the March 22 vote would be open" (the noun in a clause of its own below the
    verb)."""
    for node in (token, *token.ancestors):
        if node.dep_ == "relcl":
            if not (node.left_edge.i <= noun.i <= node.right_edge.i):
                return True
            break
    if not token.is_ancestor(noun):
        return False
    node = noun
    while node.i != token.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "ccomp", "advcl"}:
            return True
        node = node.head
    return False


def _relative_clause(trigger: Token | None) -> Token | None:
    """The relative clause the trigger stands in, if any ("who was *nominated* by Y")."""
    node = trigger
    for _ in range(3):
        if node is None or node.head.i == node.i:
            return None
        if node.dep_ == "relcl":
            return node
        node = node.head
    return None


def vote_share(trigger: Token | None) -> float | None:
    """"won with 64.9 percent of the vote", "winning 55.1 percent": the share, as a number."""
    if trigger is None:
        return None
    for t in trigger.subtree:
        if t.ent_type_ == "PERCENT" and t.like_num and not _someone_elses(t, trigger):
            try:
                return float(re.sub(r"[^\d.]", "", t.text))
            except ValueError:
                return None
    return None


def _someone_elses(token: Token, top: Token) -> bool:
    """Whether `token` hangs below `top` from a relative clause or a name ("defeated X, who took 28.9
    percent", "defeated X and Y with 10.6 percent": the share of X or Y, not of the winner)."""
    node = token.head
    while node.i != top.i and node.head.i != node.i:
        if node.dep_ in {"relcl", "acl"} and node.pos_ in {"VERB", "AUX"} or node.ent_type_ in {"PERSON", "ORG"}:
            return True
        node = node.head
    return False

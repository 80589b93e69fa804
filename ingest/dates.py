"""Turning the date phrases of news copy into ISO dates, against the article's publication date.

"February 7, 2024" is absolute. "on December 19" has no year: it is the December 19 nearest
to the publication date (an article of 2024-02-05 means 2023-12-19; one of 2024-01-06 saying
"on January 10" means 2024-01-10). "on Friday" is the last Friday on or before publication.
"the current year" is the publication year. Phrases without a day ("in July 2020",
"mid-December") give a `Partial` with what they do say.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from spacy.tokens import Token

MONTHS = {
    name: number
    for number, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")],
        start=1,
    )
    for name in names
}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_ANY_MONTH = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"  # the same, ungrouped
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_PATTERNS = [
    re.compile(rf"\b{_YEAR}-(?P<m>\d{{2}})-(?P<d>\d{{2}})\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:\s*,?\s*{_YEAR})?\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:\s*,?\s*{_YEAR})?\b", re.IGNORECASE),
]
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+of)?\s+{_YEAR}\b", re.IGNORECASE)
_YEAR_ONLY = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
_WEEKDAY = re.compile(r"\b(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_CURRENT_YEAR = re.compile(r"\b(this|the current|the present|this coming) year\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\bnext year\b", re.IGNORECASE)
_LAST_YEAR = re.compile(r"\blast year\b", re.IGNORECASE)


@dataclass(frozen=True)
class Partial:
    """What a date phrase says: a whole day (`day` set), or only a year and perhaps a month."""

    year: int | None = None
    month: int | None = None
    day: dt.date | None = None

    @property
    def iso(self) -> str | None:
        return self.day.isoformat() if self.day else None


SLACK = dt.timedelta(days=3)  # a story filed a day or two after the event, or about tomorrow


def _nearest_year(month: int, day: int, anchor: dt.date, direction: str | None = None) -> dt.date | None:
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == "past":
        past = [c for c in candidates if c <= anchor + SLACK]
        if past:
            return max(past)
    elif direction == "future":
        future = [c for c in candidates if c >= anchor - SLACK]
        if future:
            return min(future)
    return min(candidates, key=lambda c: abs((c - anchor).days)) if candidates else None


def resolve(text: str, anchor: dt.date | None, direction: str | None = None) -> Partial | None:
    """Read one date phrase; `anchor` is the publication date (or None when unknown).

    `direction` says whether the phrase is about the past ("was registered on December 19") or the
    future ("will be held on January 10"); without it the day nearest to the anchor is taken."""
    for pattern in _PATTERNS:
        m = pattern.search(text)
        if not m:
            continue
        groups = m.groupdict()
        if groups.get("m"):
            try:
                return Partial(int(groups["year"]), int(groups["m"]),
                               dt.date(int(groups["year"]), int(groups["m"]), int(groups["d"])))
            except ValueError:
                return None
        month, day = MONTHS[groups["month"].lower()], int(groups["day"])
        if groups.get("year"):
            try:
                return Partial(int(groups["year"]), month, dt.date(int(groups["year"]), month, day))
            except ValueError:
                return None
        if anchor is None:
            return Partial(None, month, None)
        shift = 1 if _NEXT_YEAR.search(text) else -1 if _LAST_YEAR.search(text) else 0
        if shift:
            # "on 14 February next year", "on March 3 last year"
            try:
                return Partial(anchor.year + shift, month, dt.date(anchor.year + shift, month, day))
            except ValueError:
                return None
        date = _nearest_year(month, day, anchor, direction)
        return Partial(date.year, month, date) if date else None
    m = _MONTH_YEAR.search(text)
    if m:
        return Partial(int(m.group("year")), MONTHS[m.group("month").lower()])
    m = _WEEKDAY.search(text)
    if m and anchor is not None:
        weekday = WEEKDAYS[m.group("wd").lower()]
        if direction == "future" or re.search(r"\bnext\b", text, re.IGNORECASE):
            ahead = (weekday - anchor.weekday()) % 7 or 7
            date = anchor + dt.timedelta(days=ahead)
        else:
            date = anchor - dt.timedelta(days=(anchor.weekday() - weekday) % 7)
        return Partial(date.year, date.month, date)
    if anchor is not None:
        if re.search(r"\byesterday\b", text, re.IGNORECASE):
            date = anchor - dt.timedelta(days=1)
            return Partial(date.year, date.month, date)
        if re.search(r"\btoday\b", text, re.IGNORECASE):
            return Partial(anchor.year, anchor.month, anchor)
        if re.search(r"\btomorrow\b", text, re.IGNORECASE):
            date = anchor + dt.timedelta(days=1)
            return Partial(date.year, date.month, date)
        if _CURRENT_YEAR.search(text):
            return Partial(anchor.year)
        if _NEXT_YEAR.search(text):
            return Partial(anchor.year + 1)
        if _LAST_YEAR.search(text):
            return Partial(anchor.year - 1)
    m = re.fullmatch(r"\s*(?:in\s+)?(?:the\s+)?(?P<month>[A-Za-z]+)\s*", text)
    if m and m.group("month").lower() in MONTHS and len(m.group("month")) > 3:
        month = MONTHS[m.group("month").lower()]
        if anchor is None:
            return Partial(None, month)
        year = anchor.year if month <= anchor.month + 2 else anchor.year - 1
        return Partial(year, month)
    m = _YEAR_ONLY.search(text)
    if m:
        return Partial(int(m.group("year")))
    return None


_SOURCE = re.compile(r"^\s*\([^)]{0,80}\)\s*")  # "(MENAFN- Trend News Agency) "
# capital letters, Latin-1 and Latin Extended-A/B too ("GYŐR", "ŁÓDŹ")
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
# ("ST. GEORGE'S": an abbreviated Saint, Mount or Fort, its stop and space inside the place's name)
_PLACE = (rf"(?P<place>[{_UPPER}][{_UPPER}'\-]+"
          rf"(?:(?:[ .]|(?<=\bST)\. |(?<=\bMT)\. |(?<=\bFT)\. )[{_UPPER}][{_UPPER}'\-]+){{0,3}}"
          rf"|[A-Z][a-z'\-]+(?: [A-Z][a-z'\-]+){{0,2}})")
def month_day(text: str) -> tuple[int | None, int | None]:
    """Month and day a phrase names, without resolving it: "April 2" -> (4, 2), "Saturday" -> (None, None)."""
    for pattern in _PATTERNS[1:]:
        m = pattern.search(text)
        if m:
            return MONTHS[m.group("month").lower()], int(m.group("day"))
    m = re.search(rf"\b{_MONTH}", text, re.IGNORECASE)
    if m:
        return MONTHS[m.group("month").lower()], None
    weekday = _WEEKDAY.search(text)
    return (None, -1 - WEEKDAYS[weekday.group("wd").lower()]) if weekday else (None, None)


_DATELINE = re.compile(
    rf"^(?:(?P<agency_before>[A-Z]{{2,6}})-(?=[A-Z][a-z]))?{_PLACE}"
    rf"(?:,\s*(?!{_ANY_MONTH}\.?\s+\d)(?P<country>[A-Z][A-Za-z .'\-]+?)"
    rf"|\s*[(\[](?P<country_bracket>[A-Z][A-Za-z .'\-]+)[)\]](?=,|\s+\d|(?(agency_before)\s*[-–—]|(?!))))?"
    rf"(?:[,.]?\s*(?P<date>(?i:{_MONTH})\s+{_DAY}"
    rf"|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month_after>{_ANY_MONTH})\b\.?)(?:(?:,?\s+|/)(?:19|20)\d\d)?)?"
    r"(?:\s*\((?P<agency>[^)]{1,60})\)|\s+/(?P<agency_slash>[A-Za-z][\w\-]{1,20})/"
    r"|,\s+(?P<agency_comma>[A-Z][A-Za-z\-]{1,20})(?=\s*[.:]?\s*[-–—]|\.\s)"
    r"|\.\s+(?P<agency_caps>[A-Z][A-Z\-]{2,20})(?=\s+[-–—]))?"
    r"(?P<sep>\s*[.:][-–—]?\s+|\s+[-–—]+\s+|\s*[-–—]+\s+|(?<=\))\s+(?=[A-Z]))"
)


@dataclass(frozen=True)
class Dateline:
    """"BAKU, Azerbaijan, February 5." / "LIMA - ": where and when the story was filed."""

    place: str
    country: str | None
    month_day: tuple[int, int] | None
    agency: str | None
    start: int  # character offsets of the whole dateline, separator included
    end: int
    separator: tuple[int, int]


def untagged_day(token: Token) -> tuple[int, int] | None:
    """"8 May", "May 8" that the NER left untagged ("May" is also a verb and a name): the span of a
    month name written in full with a day number beside it, or None."""
    if token.ent_type_ or not token.text.istitle() or token.lower_ not in MONTHS or len(token.text) < 3:
        return None
    doc = token.doc
    for k in (token.i - 1, token.i + 1):
        if 0 <= k < len(doc) and doc[k].like_num and doc[k].text.isdigit() and 1 <= int(doc[k].text) <= 31 \
                and not doc[k].ent_type_:
            return min(k, token.i), max(k, token.i) + 1
    return None


def find_dateline(text: str) -> Dateline | None:
    offset = 0
    source = _SOURCE.match(text)
    if source:
        offset = source.end()
    m = _DATELINE.match(text[offset:])
    if not m:
        return None
    month_day = None
    if m.group("day_first"):
        month_day = (MONTHS[m.group("month_after").lower()], int(m.group("day_first")))  # "MINSK, 28 December"
    elif m.group("date"):
        month_day = (MONTHS[m.group("month").lower()], int(m.group("day")))
    place = m.group("place").strip()
    # "Georgetown, Sep 4 (Prensa Latina) The ...": a place in title case, when a date and an agency follow it
    # ("Harare (APA) - The ...": a place in title case, its agency's bracket and a dash)
    # ("APA-Antananarivo (Madagascar) --": the agency before the place; "Doha, Qatar: An ...": a place and its
    # country, after a syndicator's bracket)
    agency = m.group("agency") or m.group("agency_comma") or m.group("agency_before")
    spelled_out = bool((agency and (m.group("date") or m.group("day_first") or re.search(r"[-–—]", m.group("sep")))
                        or source and m.group("country") and m.group("sep").strip())
                       and place.istitle() and place.split()[0] not in {"The", "A", "An"})
    if len(place) < 3 or place.upper() != place and not spelled_out:
        return None
    if not m.group("sep").strip() and not spelled_out and "(" not in m.group(0):
        return None
    sep = (offset + m.start("sep"), offset + m.end("sep"))
    # title case, but "ST. GEORGE'S" is "St. George's" (not str.title()'s "St. George'S"; still "N'Djamena")
    name = re.sub(r"(^|[\s.\-]|'(?=\w\w))(\w)", lambda g: g.group(1) + g.group(2).upper(), place.lower())
    return Dateline(name, m.group("country") or m.group("country_bracket"), month_day,
                    agency or m.group("agency_slash") or m.group("agency_caps"),
                    offset + m.start(),
                    offset + m.end(), sep)


def dateline(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The dateline's place and (month, day), e.g. ("Baku", (2, 5)) for "BAKU, Azerbaijan, February 5."."""
    found = find_dateline(text)
    return (found.place, found.month_day) if found else (None, None)


# noun compounds whose first word the tagger reads as a verb ("An OSCE/ODIHR needs assessment mission
# headed by X, was in Y": "needs" the sentence's verb); hyphenated, they parse as one noun phrase
_VERB_LIKE_COMPOUNDS = re.compile(r"\b(needs) (assessment)\b", re.IGNORECASE)


def prepare_text(text: str) -> str:
    """The text the parser sees: the dateline's dash becomes a full stop, so that "CHISINAU - Victor
    Rusu was re-elected" parses as two sentences, and "needs assessment" is hyphenated. The length never
    changes, so offsets stay true."""
    text = _VERB_LIKE_COMPOUNDS.sub(r"\1-\2", text)
    found = find_dateline(text)
    if found is None:
        return text
    a, b = found.separator
    if "." in text[a:b]:
        # ("Tegucigalpa, Nov 21 (EFE).- The ...": the stop's dash a space, so the agency's bracket is a token)
        return text[:a] + re.sub(r"[-–—]", " ", text[a:b]) + text[b:]
    if b - a < 2:
        return text[:a] + "\n" + text[b:]  # (a single space after the agency's bracket: a line break)
    return text[:a] + "." + " " * (b - a - 1) + text[b:]

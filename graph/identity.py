"""Entity identity across articles: which stored node an extracted entity is.

Extraction gives each article's entities ids of its own (`person:<slug>`, ...). Across articles
the same thing may be named differently ("CEC", "Central Election Commission of Azerbaijan"),
and different things may be named alike (the central election commissions of two countries,
two people called Petrov). This module turns an extracted entity into *identity keys*, and
decides from the keys' current holders in the graph which node the entity is:

- a **strong key** is a normalized full name within its scope (a country, or one article's text
  for generic names with no country); one holder of a strong key is the same entity;
- a **weak key** is a surname or an acronym; it identifies an entity only when exactly one
  entity holds it (the first of an entity's weak keys that anyone holds decides).

An entity with a strong key joins the holder of its first matching strong key; failing that,
the single holder of one of its weak keys, when that holder has no strong key itself (a
surname-only or acronym-only node that the full name now completes). An entity without any
strong key (a bare surname, a bare acronym) joins the single holder of its weak keys. Anything
else is a new node. The README's "Entity identity" section states the same rule.

Keys are plain strings; the store keeps them as `(:IdentityKey {key})-[:IDENTIFIES]->(:Entity)`
and locks them, sorted, before reading their holders, so that concurrent writers agree.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

STRONG = "s"
WEAK = "w"

# Words that make up the names of bodies every country has ("Central Election Commission",
# "Supreme Court", "National Assembly", "Democratic Party"): such a name means nothing across
# articles without its country.
GENERIC_WORDS = frozenset("""
central national federal state republic republican regional region provincial district municipal city local
supreme constitutional high higher administrative appeal appeals general prosecutor prosecutors
election elections electoral commission commissions committee council board authority agency office service
court courts tribunal jury chamber house assembly parliament senate congress duma legislature cabinet
government ministry minister administration presidency presidential president prime interior foreign
affairs justice defence defense finance security police army armed forces guard
party parties people peoples popular democratic democrats democracy liberal liberals socialist socialists
social communist communists labour labor workers green greens conservative conservatives progressive
progressives united unity union alliance coalition front movement bloc civic citizens independent
independents new free freedom national-democratic christian reform renewal solidarity justice-party
upper lower joint permanent standing special main chief executive
""".split())
STOPWORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "a", "an", "s"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "madam", "mme", "m"})
_ACRONYM = re.compile(r"^[A-Z0-9][A-Z0-9&.\- ]{1,15}$")


def fold(text: str) -> str:
    """Lower case, accents off, apostrophes and punctuation out, dashes kept inside words."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"['\u2019`]s\b", "", text)  # possessives: "people's" -> "people"
    text = re.sub(r"['\u2019`\"]", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"\s*-\s*", "-", text)
    return " ".join(text.split())


def norm_name(name: str) -> str:
    """A name as compared: folded, a leading "the" dropped."""
    words = fold(name).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def norm_acronym(text: str) -> str:
    return re.sub(r"[^A-Z0-9]", "", unicodedata.normalize("NFKD", text).upper())


def is_acronym(name: str) -> bool:
    """"CEC", "OSCE PA", "EU EOM": capitals only, short."""
    letters = [c for c in name if c.isalpha()]
    return bool(_ACRONYM.match(name)) and len(letters) >= 2 and all(c.isupper() for c in letters)


def initials(folded: str) -> str:
    """ "central election commission" -> "CEC": the acronym a name would have."""
    words = [w for w in folded.split() if w not in STOPWORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def is_generic(folded: str) -> bool:
    """A name made only of institution words: it needs a country to mean one body."""
    words = [w for w in folded.replace("-", " ").split() if w not in STOPWORDS]
    return bool(words) and all(w in GENERIC_WORDS for w in words)


def strip_country(folded: str, country: str) -> str:
    """ "central election commission of azerbaijan" -> "central election commission"."""
    if not country:
        return folded
    c = re.escape(country)
    out = re.sub(rf"\s+(?:of\s+)?(?:the\s+)?(?:republic\s+of\s+)?{c}$", "", folded)
    out = re.sub(rf"^(?:the\s+)?{c}\s+", "", out)
    out = re.sub(rf"\s*\(\s*{c}\s*\)\s*", " ", out).strip()
    return out or folded


@dataclass(frozen=True)
class Keys:
    strong: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    lookup: tuple[str, ...] = ()  # weak keys consulted after `weak`, but not given to the entity
    scope: str = ""  # the country (folded) that a generic name is taken within; it qualifies new ids

    @property
    def all(self) -> tuple[str, ...]:
        """The keys the entity holds once written."""
        return self.strong + self.weak

    @property
    def locked(self) -> tuple[str, ...]:
        """The keys a write reads, so locks."""
        return self.strong + self.weak + self.lookup


def _key(kind: str, etype: str, *parts: str) -> str:
    return "|".join((kind, etype, *parts))


@dataclass(frozen=True)
class ArticleContext:
    """What an article says about where it happens; the fallback scope of generic names."""

    countries: frozenset[str] = frozenset()  # folded names and aliases of its Country entities
    country: str = ""                       # the one country it is about, when there is exactly one
    text_scope: str = ""                    # identifies the article's text (its sha256)


def article_context(entities: Iterable[Mapping[str, Any]], text_scope: str) -> ArticleContext:
    """From an article's entity rows ({type, name, aliases, props}): its countries and its one country."""
    names: set[str] = set()
    main: set[str] = set()
    for e in entities:
        if e["type"] == "Country":
            main.add(norm_name(e["name"]))
            names.add(norm_name(e["name"]))
            names.update(norm_name(a) for a in e.get("aliases", ()))
        elif e["type"] == "Election" and e.get("props", {}).get("country"):
            main.add(norm_name(str(e["props"]["country"])))
    return ArticleContext(countries=frozenset(names - {""}), country=next(iter(main)) if len(main) == 1 else "",
                          text_scope=text_scope)


def _org_country(name: str, props: Mapping[str, Any], ctx: ArticleContext) -> str:
    if props.get("country"):
        return norm_name(str(props["country"]))
    folded = norm_name(name)
    for c in sorted(ctx.countries, key=len, reverse=True):  # "... of Azerbaijan" names its country
        if strip_country(folded, c) != folded:
            return c
    return ""


def entity_keys(etype: str, name: str, aliases: Iterable[str], props: Mapping[str, Any],
                ctx: ArticleContext) -> Keys:
    """The identity keys of one extracted entity (see the module docstring)."""
    local = f"@text:{ctx.text_scope}"
    folded = norm_name(name)
    if etype == "Person":
        words = [w for w in folded.split() if w not in HONORIFICS]
        if not words:
            return Keys(strong=(_key(STRONG, etype, folded, local),))
        surname = _key(WEAK, etype, "surname", words[-1])
        if len(words) == 1:
            return Keys(weak=(surname,))
        return Keys(strong=(_key(STRONG, etype, " ".join(words)),), weak=(surname,))

    if etype == "Organization":
        acronym = norm_acronym(str(props.get("acronym") or ""))
        if not acronym and is_acronym(name):
            acronym = norm_acronym(name)
        country = _org_country(name, props, ctx) or ctx.country
        if is_acronym(name) and norm_acronym(name) == acronym:
            # a bare acronym: only ever a weak key, within its country when it has one; failing a
            # holder there, an international body's ("OSCE" in an article about Georgia)
            anywhere = _key(WEAK, etype, "acronym", acronym)
            if country:
                return Keys(weak=(_key(WEAK, etype, "acronym", acronym, "@" + country),), lookup=(anywhere,))
            return Keys(weak=(anywhere,))
        base = strip_country(folded, country)
        generic = is_generic(base)
        # no acronym given: the one the name would have, so that a bare "CEC" can still find it
        # (not for names that hold an acronym already: "CIS Executive Committee" is no "CEC")
        if not acronym and not any(is_acronym(w) for w in name.split()):
            acronym = norm_acronym(initials(base))
        strong: list[str] = []
        weak: list[str] = []
        if generic and country:
            strong.append(_key(STRONG, etype, base, "@" + country))
            if base != folded:  # "central election commission of azerbaijan" names one body anywhere
                strong.append(_key(STRONG, etype, folded))
        elif generic:
            strong.append(_key(STRONG, etype, base, local))
        else:
            strong.append(_key(STRONG, etype, folded))
            if base != folded:
                strong.append(_key(STRONG, etype, base))
        for alias in aliases:  # other full names of the same body; generic short forms say too little
            a = norm_name(alias)
            a_base = strip_country(a, country)
            if a and not is_acronym(alias) and a_base != base and len(a_base.split()) >= 2 \
                    and not is_generic(a_base):
                strong.append(_key(STRONG, etype, a))
        if acronym:
            if country:
                weak.append(_key(WEAK, etype, "acronym", acronym, "@" + country))
            if not generic:
                weak.append(_key(WEAK, etype, "acronym", acronym))
        return Keys(strong=tuple(dict.fromkeys(strong)), weak=tuple(dict.fromkeys(weak)),
                    scope=country if generic else "")

    if etype == "Country":
        forms = [folded, *(norm_name(a) for a in aliases)]
        return Keys(strong=tuple(dict.fromkeys(_key(STRONG, etype, f) for f in forms if f)))

    if etype == "Election":
        country = norm_name(str(props.get("country") or "")) or ctx.country
        kind = fold(str(props.get("kind") or ""))
        year = str(props.get("date") or "")[:4] or str(props.get("year") or "")
        if country and kind and year:
            return Keys(strong=(_key(STRONG, etype, country, kind, year),))
        return Keys(strong=(_key(STRONG, etype, folded, local),))

    if etype == "Delegation":
        sender = norm_name(str(props.get("sender") or ""))
        where = norm_name(str(props.get("destination") or "")) or ctx.country
        if sender and where:
            return Keys(strong=(_key(STRONG, etype, "sender", sender, "@" + where),), scope=where)
        return Keys(strong=(_key(STRONG, etype, folded, local),))

    # Location, and any type added later: its name
    return Keys(strong=(_key(STRONG, etype, folded),))


# -- deciding ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Holder:
    id: str
    type: str
    weak_only: bool  # holds no strong key: a surname-only person, an acronym-only organization


@dataclass
class Incoming:
    """One extracted entity as the resolver sees it."""

    id: str          # the extracted id
    type: str
    keys: Keys


@dataclass
class Resolution:
    ids: dict[str, str] = field(default_factory=dict)   # extracted id -> stored id
    new: set[str] = field(default_factory=set)          # stored ids that this write creates


def _slug_of(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def preferred_id(entity: Incoming) -> str:
    """The id a new node gets: the extracted id, qualified with its country when it lacks it."""
    scope = _slug_of(entity.keys.scope) if entity.keys.scope else ""
    if scope and entity.type in {"Organization", "Delegation"} and scope not in entity.id:
        return f"{entity.id}-{scope}"
    return entity.id


def _free_id(base: str, taken: set[str]) -> str:
    if base not in taken:
        return base
    n = 2
    while f"{base}-{n}" in taken:
        n += 1
    return f"{base}-{n}"


def resolve(incoming: list[Incoming], holders: Mapping[str, list[Holder]], taken_ids: set[str]) -> Resolution:
    """Map each extracted entity to a stored id (existing or new). Deterministic for given inputs.

    `holders` is every key's current holders in the graph; `taken_ids` the stored ids that the
    new ids must avoid. Entities with strong keys go first, so that within one article a bare
    surname sees the full names beside it.
    """
    out = Resolution()
    taken = set(taken_ids)
    local: dict[str, set[str]] = {}      # key -> stored ids chosen in this article
    has_strong: dict[str, bool] = {}     # stored id -> holds a strong key
    for hs in holders.values():
        for h in hs:
            has_strong[h.id] = not h.weak_only

    def holders_of(key: str, etype: str) -> set[str]:
        return {h.id for h in holders.get(key, ()) if h.type == etype} | local.get(key, set())

    for ent in sorted(incoming, key=lambda e: (not e.keys.strong, e.id)):
        chosen: str | None = None
        for key in ent.keys.strong:
            found = holders_of(key, ent.type)
            if found:
                chosen = min(found)
                break
        for key in ent.keys.weak + ent.keys.lookup if chosen is None else ():
            found = holders_of(key, ent.type)
            if not found:
                continue
            if len(found) == 1:  # the first weak key anyone holds decides; two holders: ambiguous
                (only,) = found
                if not ent.keys.strong or not has_strong.get(only, False):
                    chosen = only
            break
        if chosen is None:
            chosen = _free_id(preferred_id(ent), taken)
            taken.add(chosen)
            out.new.add(chosen)
        out.ids[ent.id] = chosen
        has_strong[chosen] = has_strong.get(chosen, False) or bool(ent.keys.strong)
        for key in ent.keys.all:
            local.setdefault(key, set()).add(chosen)
    return out

"""Within-article entity resolution: one entity per real thing, carrying every surface form.

Rules, in the order they apply:

- countries meet on their short English name ("the Republic of Azerbaijan" -> "Azerbaijan");
- organizations meet on their name, on an acronym defined in brackets ("Central Election
  Commission (CEC)") or spelled by their initials, on the name without its trailing
  "of <Country>" or party noun ("the Zhany Zhol party" / "Zhany Zhol"); a bare capitalised
  head noun ("the Assembly", "the Congress") is the last organization named with that word;
- a one-word person mention joins the full name it ends (or starts) with, the nearest one
  before it when several fit; a several-word mention joins the longer name it ends
  ("Ben Salah" after "Hichem Ben Salah"); two full names with one surname and near-identical first names
  ("Sergei"/"Sergey") are one person;
- delegations meet on their sender(s); a mission named as an organization ("the European Union
  Election Observation Mission") is a delegation whose sender is the start of its name;
  "the delegation", "the mission", "the guests" refer to the delegation last named before them;
- elections meet on kind, country and date; "the election", "the vote" refer to the election
  last named before them (or the first one named), unless they carry a date of their own.
"""
from __future__ import annotations

import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ingest.dates import month_day
from ingest.lexicon import Lexicon, fold
from ingest.mentions import (
    BODY_LEVEL_WORDS,
    PARTY_NOUNS,
    PROPER_BODY_NAMES,
    ROMAN,
    Mention,
    describes_a_body,
    lower_index,
    name_before_whose,
    span_root,
    voted_into,
)

GENERIC_ORG_WORDS = {"assembly", "congress", "commission", "committee", "parliament", "council", "court",
                     "jury", "party", "movement", "coalition", "alliance", "bloc", "front", "union", "body",
                     "organization", "organisation", "agency", "tribunal", "senate", "government", "ministry"}
MISSION_WORDS = {"election", "elections", "electoral", "observation", "observer", "observers", "mission",
                 "delegation", "pre-electoral", "assessment", "needs", "limited", "international", "joint",
                 "monitoring", "team", "group", "expert", "special", "exploratory", "pre-election", "eom", "eeom",
                 "moe"}
GENERIC_SENDERS = {"multinational", "international", "regional", "independent", "national", "domestic", "local",
                   "citizen", "citizens", "civil society", "civic", "continental", "foreign", "parliamentary"}
KIND_HINTS = {
    "presidential": "presidential", "president": "presidential", "presidency": "presidential",
    "parliamentary": "parliamentary", "parliament": "parliamentary", "legislative": "parliamentary",
    "seats": "parliamentary", "mayor": "local", "mayoral": "local", "municipal": "local", "councillors": "local",
    "governor": "regional", "gubernatorial": "regional", "governorship": "regional",
}
KIND_HINT_IDS = {get_string_id(word): kind for word, kind in KIND_HINTS.items()}  # (as the token arrays hold them)


def _vice_regal(token: Token) -> bool:
    """The "Governor" of "Governor-General": the Crown's representative, no state governor."""
    doc = token.doc
    return token.lower_ == "governor" and token.i + 2 < len(doc) and doc[token.i + 1].text in {"-", "–"} \
        and doc[token.i + 2].lower_ == "general"
# an article joined to a surname: "Al-Otaibi", "el-Sisi", "ad-Din"
ARTICLE_PREFIX = re.compile(r"^(?i:al|el|ad|ar|as|ash|at|az|an|ed|es)-(?=\w{3})")
# the words a legislature is called by alone: "Parliament", "the House", "the Assembly"
HOUSE_WORDS = frozenset({"parliament", "house", "assembly", "congress", "senate", "legislature"})
# the words that name a country's own election watchdog ("Civil Society Coalition for ...", "Citizens' Poll Watch")
DOMESTIC_MONITOR_WORDS = ("civil society", "citizen", "domestic")
# the words in a body's name that say it comes from abroad (or from many countries): not a country's own watchdog
INTERNATIONAL_WORDS = frozenset({"international", "inter", "european", "europe", "african", "africa", "asian", "asia",
                                 "american", "americas", "arab", "islamic", "commonwealth", "union", "community",
                                 "osce", "odihr", "league", "world", "global", "parliamentary", "assembly", "states",
                                 "nations", "countries", "regional", "cooperation"})
# a president of a town, not of the country: "city president", "municipal president"
LOCAL_POST_WORDS = frozenset({"city", "town", "municipal", "village", "commune", "communal"})
# the words that give a vote its kind when they qualify something else: "the presidential candidacy of X"
KIND_ADJECTIVES = {"presidential": "presidential", "parliamentary": "parliamentary", "legislative": "parliamentary",
                   "mayoral": "local", "municipal": "local", "gubernatorial": "regional"}
# the nouns that say which kind of vote a sentence tells of, where no title stands for them: "won 13 seats"
KIND_NOUNS = {"seats": "parliamentary", "presidency": "presidential", "governorship": "regional",
              "mayoralty": "local"}
# the body a vote fills, as the object of "elect": "will elect a new National Assembly"
ELECTED_BODIES = {"assembly": "parliamentary", "parliament": "parliamentary", "legislature": "parliamentary",
                  "senate": "parliamentary", "deputies": "parliamentary", "council": "local"}
DELEGATION_NOUNS = ("delegation", "mission", "observers", "observer mission", "observation mission",
                    "election observation mission", "electoral observation mission", "observer delegation",
                    "observer group", "monitoring mission")


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
        alias = re.sub(r"^(?i:the) ", "", alias.strip())
        key = fold(alias)
        if alias and key != fold(self.name) and all(key != fold(a) for a in self.aliases):
            self.aliases.append(alias)

    def names(self) -> set[str]:
        return {fold(self.name), *(fold(a) for a in self.aliases)}


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-") or "x"


def initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", name) if w[0].isupper() or w.lower() not in
                   {"of", "the", "and", "for", "on", "in"}).upper()


def _similar_first_names(a: str, b: str) -> bool:
    a, b = fold(a), fold(b)
    if a == b:
        return True
    if len(a) < 4 or len(b) < 4 or a[:3] != b[:3]:
        return False
    # one edit apart: Sergei/Sergey, Andrei/Andrey
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long_ = sorted((a, b), key=len)
    return len(long_) - len(short) == 1 and any(long_[:k] + long_[k + 1:] == short for k in range(len(long_)))



ORG_WORDS_OF_POSTS = frozenset({"party", "movement", "union", "front", "alliance", "coalition", "bloc", "commission"})

def _someones_post(word: Token) -> bool:
    """"Its president, X, was forced into a second round": a post someone holds in a body, not a kind of
    election (but "elected X as their next president": the voters' president, the office elected)."""
    return any(c.dep_ == "poss" and (c.lower_ == "its" or c.ent_type_ == "ORG" or c.lemma_ in ORG_WORDS_OF_POSTS)
               for c in word.children) or any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in word.children) or (
        word.dep_ in {"compound", "appos"} and word.head.ent_type_ == "PERSON")

class Resolver:
    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    def __call__(self, doc: Doc, mentions: list[Mention], main_country: str | None) -> list[EntityRecord]:
        entities: list[EntityRecord] = []
        self._countries(mentions, entities)
        self._locations(mentions, entities)
        self._organizations(doc, mentions, entities, main_country)
        for record in entities:
            if record.type == "Organization":
                for alias in self.lex.organization_aliases.get(fold(record.name), ()):
                    record.add_alias(alias)  # "League of Arab States", also "Arab League"
        self._people(mentions, entities)
        self._delegations(doc, mentions, entities, main_country)
        self._elections(doc, mentions, entities, main_country)
        return entities

    # -- bookkeeping ----------------------------------------------------------------------
    def _new(self, entities: list[EntityRecord], mention_index: int | None, m: Mention | None,
             **kw: Any) -> EntityRecord:
        name = kw.pop("name", m.name if m else "")
        record = EntityRecord(type=kw.pop("type", m.type if m else "Organization"), name=name, **kw)
        if mention_index is not None and m is not None:
            record.mentions.append(mention_index)
            m.entity = len(entities)
            if m.props.get("party"):
                record.props["party"] = True
        entities.append(record)
        return record

    def _join(self, entities: list[EntityRecord], entity: int, mention_index: int, m: Mention) -> None:
        entities[entity].mentions.append(mention_index)
        m.entity = entity
        if m.props.get("party"):
            entities[entity].props["party"] = True
        if not m.generic:
            entities[entity].add_alias(m.name)

    # -- places ---------------------------------------------------------------------------
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
                entities[m.entity].add_alias(surface)

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

    # -- organizations --------------------------------------------------------------------
    def _of_country(self, doc: Doc, m: Mention, mentions_by_start: dict[int, Mention]) -> tuple[str, str] | None:
        """The country in "X of Azerbaijan" / "X (CEC) of Azerbaijan" right after the mention, and the words
        that name it there ("the Maldives")."""
        j = m.end
        if j < len(doc) and doc[j].text == "(":
            while j < len(doc) and doc[j].text != ")" and j - m.end < 6:
                j += 1
            j += 1
        if j + 1 < len(doc) and doc[j].lower_ == "of":
            k = j + 1 + (doc[j + 1].lower_ == "the")
            other = mentions_by_start.get(k)
            if other is not None and other.type == "Country":
                the = k > j + 1 and doc[other.start:other.end].text == other.name
                return other.name, f"the {other.name}" if the else other.name
        return None

    def _org_keys(self, name: str, full: str, acronym: str | None) -> list[str]:
        keys = [fold(full), fold(name)]
        words = name.split()
        if len(words) > 1 and words[-1].lower() in PARTY_NOUNS and (words[-1].islower()
                                                                      or words[-1].lower() == "party"):
            keys.append(fold(" ".join(words[:-1])))  # "Zhany Zhol party", "Nur Zholy Party": also "Zhany Zhol"
        lowered = [w.lower() for w in words]
        if "party" in lowered and lowered.index("party") > 0 and lowered[lowered.index("party") - 1] in MEMBERS_OF:
            # "the Conservative Party of British Columbia" is also "the Conservatives"
            k = lowered.index("party")
            keys.append(fold(" ".join([*words[:k - 1], MEMBERS_OF[lowered[k - 1]]])))
        if acronym:
            keys.append(fold(acronym))
        # "the League of Arab States" and "the Arab League": one body by two names
        keys += [fold(a) for a in self.lex.organization_aliases.get(fold(name), ())]
        # "the Vietnamese National Assembly" and "the National Assembly of Vietnam": one body
        country = self.lex.country_of_adjective(words[0]) if len(words) > 2 else None
        if country:
            keys.append(fold(f"{' '.join(words[1:])} of {country}"))
        # "the Malawi Electoral Commission" ... "the Electoral Commission"; "the Gyumri Council of Elders";
        # "the British Columbia New Democratic Party" ... "the NDP"
        for k in (1, 2):
            place = self.lex.country(" ".join(words[:k])) or (
                " ".join(words[:k]) if fold(" ".join(words[:k])) in self.lex.cities else None)
            if place and len(words) > k + 1 and words[k][:1].isupper():
                rest = words[k:]
                keys.append(fold(" ".join(rest)))
                keys.append(fold(f"{' '.join(rest)} of {place}"))
                initials = "".join(w[0] for w in rest if w[:1].isupper())
                if len(rest) >= 3 and len(initials) == len(rest) and rest[-1].lower() in PARTY_NOUNS:
                    keys.append(fold(initials))
                break
        # "the Aland Social Democrats" ... "Social Democratic leader X": the members' name as an adjective
        keys += [f"{key.rsplit(' ', 1)[0]} {ADJECTIVE_OF_MEMBERS[key.rsplit(' ', 1)[1]]}" for key in keys
                 if " " in key and key.rsplit(" ", 1)[1] in ADJECTIVE_OF_MEMBERS]
        return keys

    def _foreign_body(self, a: str, b: str, main_country: str | None) -> bool:
        """Whether the longer of two names ends in "of <Country>" for a country not the story's."""
        long_ = max((a, b), key=len)
        tail = OF_TAIL.search(long_)
        country = self.lex.country(tail.group(1)) if tail else None
        return bool(main_country and country and country != main_country)

    def _organizations(self, doc: Doc, mentions: list[Mention], entities: list[EntityRecord],
                       main_country: str | None = None) -> None:
        index: dict[str, int] = {}  # folded name / alias / acronym -> entity
        by_start = {m.start: m for m in mentions}
        pending: list[int] = []
        for i, m in enumerate(mentions):
            if m.type != "Organization":
                continue
            name = re.sub(r"^(?i:the) ", "", m.name)
            words = name.split()
            if len(words) == 1 and (name.isupper() or fold(name) in GENERIC_ORG_WORDS or m.start > 0
                                    and doc[m.start - 1].lower_ in {"the", "outgoing", "new", "incoming"}
                                    and not m.acronym):  # ("The Democrats (LD)": a name, with its acronym)
                # a bare acronym, "Assembly", "the outgoing Majlis": resolve once every full name is known
                pending.append(i)
                continue
            of = self._of_country(doc, m, by_start)
            country = of[0] if of else None
            # ("the Elections Commission of the Maldives": named as the text names the country)
            full = f"{name} of {of[1]}" if of and not name.endswith(of[0]) else name
            keys = self._org_keys(name, full, m.acronym)
            if of and full != f"{name} of {of[0]}":
                keys.append(fold(f"{name} of {of[0]}"))
            found = next((index[k] for k in keys if k in index), None)
            if found is None:
                # (not "the National Assembly chairman" and "a delegation of the National Assembly of Laos", in
                # a story on Vietnam: the home country's assembly and a foreign one)
                found = next((e for e in range(len(entities)) if entities[e].type == "Organization"
                              and _same_body(name, entities[e].name)
                              and not self._foreign_body(name, entities[e].name, main_country)), None)
            if found is None and fold(name) in HOUSE_WORDS:
                # "the 69-seat House" after "the House of Assembly"; "when Parliament reconvenes" after "the
                # National Assembly": the one legislature the article named
                word = fold(name)
                houses = {e for e, r in enumerate(entities) if r.type == "Organization" and (
                    _house_by_word(r.name, word) or word == "parliament" and _national_house(r.name))}
                # ("the Norwegian parliament, the Storting" in a story that named the Finnish parliament: not that)
                land = self.lex.country_of_adjective(doc[m.start - 1].text) if m.start > 0 else None
                houses = {e for e in houses if not (land and (tail := OF_TAIL.search(entities[e].name))
                                                    and self.lex.country(tail.group(1)) not in {None, land})}
                found = houses.pop() if len(houses) == 1 else None
            if found is None:
                found = _known_as(doc, m, mentions[:i])  # "X, better known as the Venice Commission"
            named_house = None
            if found is None and len(name_words := set(fold(name).split())) > 1 \
                    and name_words & HOUSE_WORDS and not name_words & PARTY_NOUNS:
                # "voted down in Parliament", then "the National Assembly": the same legislature, by its name
                bare = [e for e in range(len(entities)) if entities[e].type == "Organization"
                        and (word := fold(entities[e].name)) in HOUSE_WORDS
                        and (word in name_words or word == "parliament" and _national_house(name))]
                found = named_house = bare[0] if len(bare) == 1 else None
            if found is None:
                record = self._new(entities, i, m, name=full)
                if country:
                    record.props["country"] = country
                found = m.entity
            else:
                self._join(entities, found, i, m)
                record = entities[found]
                if named_house is not None:
                    record.add_alias(record.name)
                    record.name = full
                if len(fold(full)) > len(fold(record.name)) and fold(record.name) in fold(full):
                    record.add_alias(record.name)
                    record.name = full
                    if country:
                        record.props["country"] = country
            for alias in dict.fromkeys([name, full, *m.props.get("aliases", [])]):
                record.add_alias(alias)
            after = m.end + 3 if m.end + 3 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")" \
                else m.end  # "the Inclusive Platform (PAI) coalition"
            if after < len(doc) and doc[after].lower_ in PARTY_NOUNS and doc[after].is_lower:
                record.add_alias(f"{name} {doc[after].text}")  # "the Together alliance"
            if m.acronym:
                record.acronym = record.acronym or m.acronym
                record.add_alias(m.acronym)
                if short := re.match(r"([A-Z]{2,})-[A-Z]", m.acronym):
                    record.add_alias(short.group(1))  # "(MND-Hadin Kai)", later "the MND"
                    keys.append(fold(short.group(1)))
            for k in keys:
                index.setdefault(k, found)
        for i in pending:
            m = mentions[i]
            key = fold(m.name)
            found = index.get(key)
            if found is None and m.name.isupper():
                exact = [e for e, r in enumerate(entities) if r.type == "Organization"
                         and initials(r.name) == m.name.upper() and len(m.name) >= 2]
                # "CEC" for "the Central Election Commission of the Republic of Kazakhstan": the name before
                # its "of ..." part
                core = [e for e, r in enumerate(entities) if r.type == "Organization" and len(m.name) >= 3
                        and initials(re.split(r" (?:of|for|on) ", r.name)[0]) == m.name.upper()]
                # ("CEC Chairman X" after "the Central Electoral Commission of Armenia", before "the CIS
                # Executive Committee": the body named before it)
                before = [e for e in dict.fromkeys(exact + core)
                          if any(mentions[j].entity == e for j in range(i) if mentions[j].start < m.start)]
                # ("CEC chairman X" after both: the name spelled out in words, not "the CIS Executive Committee",
                # whose "C" is an acronym's)
                spelled = [e for e in before if not any(len(w) >= 2 and w.isupper() for w in entities[e].name.split())]
                before = spelled if len(before) > 1 and len(spelled) == 1 else before
                found = before[0] if len(before) == 1 else exact[0] if exact else core[0] if len(core) == 1 \
                    else None
            if found is None and not m.name.isupper():
                found = self._last_with_word(mentions, entities, i, key)
            if found is not None:
                self._join(entities, found, i, m)
                if m.name.isupper():
                    entities[found].acronym = entities[found].acronym or m.name
                index.setdefault(key, found)
            else:
                record = self._new(entities, i, m, name=re.sub(r"^(?i:the) ", "", m.name))
                if m.name.isupper():
                    record.acronym = m.name
                index[key] = m.entity

    @staticmethod
    def _last_with_word(mentions: list[Mention], entities: list[EntityRecord], index: int, word: str) -> int | None:
        """"the Assembly": the organization named last before it whose name has that word ("Party":
        the last party, whatever its name)."""
        if word == "party":
            # "Party spokesman X" after "the Movement for Socialist Renewal" (or "the left-wing SYRIZA", after
            # "the New Democracy party"): the party last named
            for j in range(index - 1, -1, -1):
                other = mentions[j]
                if other.type == "Organization" and other.entity >= 0 and (
                        other.props.get("party") or entities[other.entity].props.get("party")
                        or set(fold(entities[other.entity].name).split()) & PARTY_NOUNS):
                    return other.entity
            return None
        for j in range(index - 1, -1, -1):
            other = mentions[j]
            if other.type == "Organization" and other.entity >= 0 and \
                    word in fold(entities[other.entity].name).split():
                return other.entity
        if word in HOUSE_WORDS:
            # "to stand for the Assembly", before "the Speaker of the Niue Assembly": the one house named after
            later = {other.entity for other in mentions[index + 1:] if other.type == "Organization"
                     and other.entity >= 0 and _house_by_word(entities[other.entity].name, word)}
            if len(later) == 1:
                return later.pop()
        if word == "parliament":
            # "when Parliament reconvenes" after (or before) "the National Assembly": the one legislature named
            # (the country's own: a "National" one, not "the East African Legislative Assembly")
            houses = {other.entity for other in mentions if other.type == "Organization"
                      and other.entity >= 0 and _national_house(entities[other.entity].name)}
            return houses.pop() if len(houses) == 1 else None
        return None

    # -- people ---------------------------------------------------------------------------
    def _people(self, mentions: list[Mention], entities: list[EntityRecord]) -> None:
        full: list[int] = []  # entity indices of people named with two or more words
        for i, m in enumerate(mentions):
            if m.type != "Person" or len(m.name.split()) < 2:
                continue
            words = m.name.split()
            same = next(
                (e for e in full if fold(entities[e].name) == fold(m.name)
                 or (fold(entities[e].name.split()[-1]) == fold(words[-1])
                     and _similar_first_names(entities[e].name.split()[0], words[0]))
                 # "Ben Salah" after "Hichem Ben Salah": a surname of several words
                 or fold(entities[e].name).endswith(" " + fold(m.name))
                 # "Mohd Faizal" after "Mohd Faizal Rahim": the name a person goes by, without the father's
                 or len(entities[e].name.split()) >= 3 and fold(entities[e].name).startswith(fold(m.name) + " ")),
                None,
            )
            if same is None:
                self._new(entities, i, m)
                full.append(m.entity)
                # (a regnal number is no surname: "Abdullah II" is "Abdullah"; "Zhang Hui" is "Zhang")
                entities[m.entity].add_alias(words[-2] if ROMAN.fullmatch(words[-1]) else words[0]
                                             if words[0] in self.lex.family_names_first else words[-1])
                if ARTICLE_PREFIX.match(words[-1]):
                    entities[m.entity].add_alias(ARTICLE_PREFIX.sub("", words[-1]))  # "Al-Otaibi", also "Otaibi"
            else:
                self._join(entities, same, i, m)
            if m.props.get("nickname"):
                # 'Maria Teresa "Tessa" Buenaventura' also goes by "Tessa Buenaventura"
                entities[m.entity].add_alias(f"{m.props['nickname']} {words[-1]}")
        for i, m in enumerate(mentions):
            if m.type != "Person" or len(m.name.split()) != 1:
                continue
            word = fold(m.name)
            fits = [e for e in full if word in _name_words(entities[e].name)]
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

    # -- delegations ----------------------------------------------------------------------
    def _sender_of_name(self, m: Mention, entities: list[EntityRecord], mentions: list[Mention],
                        index: int) -> int | None:
        """"European Union Election Observation Mission (EU EOM)": the sender starts the name."""
        words = m.name.split()
        while words and words[-1].lower() in MISSION_WORDS:
            words.pop()
        if not words or all(w.lower() in MISSION_WORDS for w in words):
            return None
        prefix = " ".join(words)
        key = fold(prefix)
        if key in GENERIC_SENDERS:
            return None  # "Multinational Observer Group", "Independent Monitoring Team": no one sent it
        for e, record in enumerate(entities):
            if record.type in {"Organization", "Country"} and (key in record.names()
                                                                or (record.acronym and fold(record.acronym) == key)):
                return e
        acronym = m.acronym.split()[0] if m.acronym and " " in m.acronym else None
        record = self._new(entities, None, None, type="Organization", name=prefix)
        record.mentions.append(index)  # mentioned inside the mission's name
        if acronym:
            record.acronym = acronym
            record.add_alias(acronym)
        return len(entities) - 1

    def _possessor(self, doc: Doc, token_index: int, mentions: list[Mention], entities: list[EntityRecord],
                   before: int) -> int | None:
        """"the Assembly's delegation", "that body's delegation", "its mission": whose it is."""
        token = doc[token_index]
        word = token.lower_
        candidates = [mm for mm in mentions[:before] if mm.entity >= 0 and mm.start < token_index]
        if word in {"its", "their", "it", "they"}:
            # "The EAC mission, led by a Burundian, said its observers ...": the clause's subject first
            subject = self._clause_subject(token, candidates)
            if subject is not None:
                return subject
            # "... said the CIS mission has accredited 256 observers from the Commonwealth. Its long-term
            # observers ...": a subject of the sentence before, before the last body named
            previous = [s for s in doc.sents if s.end <= token.sent.start][-1:]
            for mm in reversed(candidates):
                root = span_root(doc, mm)  # ("The Observation Mission of the OIF ... said": "Mission")
                if previous and previous[0].start <= mm.start and root.dep_ in {"nsubj", "nsubjpass"} \
                        and mm.type in {"Organization", "Country", "Delegation"}:
                    return mm.entity
            for mm in reversed(candidates):
                if mm.type in {"Organization", "Country"}:
                    return mm.entity
            return None
        if word == "whose":
            # "the OSCE Office for Democratic Institutions and Human Rights (ODIHR), whose election observation
            # mission": the body named just before
            k = name_before_whose(doc, token_index)
            owner = next((mm for mm in reversed(candidates) if mm.start <= k < mm.end), None)
            return owner.entity if owner is not None and owner.type in {"Organization", "Country"} else None
        if word in {"body", "organization", "organisation", "bloc"}:
            for mm in reversed(candidates):
                if mm.type == "Organization" and not voted_into(doc[mm.end - 1], self.lex.election_nouns):
                    return mm.entity
            return None
        for mm in reversed(candidates):
            if mm.type == "Organization" and word in fold(entities[mm.entity].name).split():
                return mm.entity
        return None

    @staticmethod
    def _team_led_by_possessor(doc: Doc, token_index: int, mentions: list[Mention], before: int) -> int | None:
        """"Ceesay and members of her delegation", after "a mission of X, led by Y Ceesay": the team the
        person named before the pronoun in its sentence was said to lead."""
        sent = doc[token_index].sent
        people = [mm for mm in mentions[:before] if mm.type == "Person" and mm.entity >= 0
                  and sent.start <= mm.start < token_index]
        if not people:
            return None
        person = people[-1].entity
        for mm in mentions[:before]:
            if mm.type != "Person" or mm.entity != person:
                continue
            verb = next((a for a in doc[mm.end - 1].ancestors if a.lemma_ in {"lead", "head", "chair"}), None)
            if verb is not None and verb.dep_ in {"acl", "relcl"}:
                team = next((d for d in mentions[:before] if d.type == "Delegation" and d.entity >= 0
                             and d.start <= verb.head.i < d.end), None)
                if team is not None:
                    return team.entity
        return None

    @staticmethod
    def _clause_subject(token: Token, candidates: list[Mention]) -> int | None:
        """The entity that is the subject of a clause above the token, if it is a body or a mission."""
        node = token.head
        for _ in range(6):
            for child in node.children:
                if child.dep_ in {"nsubj", "nsubjpass"} and child.i < token.i:
                    for mm in candidates:
                        if mm.start <= child.i < mm.end and mm.type in {"Organization", "Country", "Delegation"}:
                            return mm.entity
            if node.head.i == node.i:
                break
            node = node.head
        return None

    def _delegations(self, doc: Doc, mentions: list[Mention], entities: list[EntityRecord],
                     main_country: str | None = None) -> None:
        by_senders: dict[tuple[int, ...], int] = {}
        last: int | None = None
        first_named: int | None = None
        generic_first: list[int] = []
        called: dict[int, set[str]] = {}  # the words each team was called by ("delegation", "mission")
        by_start = {m.start: m for m in mentions}
        for i, m in enumerate(mentions):
            if m.type != "Delegation":
                continue
            senders: list[int] = []
            for start in m.props.get("sender_mentions", []):
                said = by_start.get(start)
                if said is not None and said.entity >= 0 and said.entity not in senders:
                    senders.append(said.entity)
            spelled = next((o for o in mentions if o.start == m.props.get("acronym_of", -1)
                            and o.type == "Delegation" and o.entity >= 0), None)
            if spelled is not None:
                self._join(entities, spelled.entity, i, m)  # "(EOM/OAS)" after the mission's full name
                entities[spelled.entity].add_alias(m.name)
                last = spelled.entity
                continue
            known = next((e for e, r in enumerate(entities) if r.type == "Delegation" and fold(m.name) in r.names()),
                         None) if m.props.get("named") and not senders and m.name.isupper() else None
            if known is not None:
                self._join(entities, known, i, m)  # "the EOM" after "... Mission of the OAS (EOM/OAS)"
                last = known
                continue
            if m.props.get("named") and not senders:
                sender = self._sender_of_name(m, entities, mentions, i)
                if sender is not None and sender not in senders:
                    senders.append(sender)
            if "possessor" in m.props and not senders and doc[m.props["possessor"]].lower_ in {"his", "her"}:
                team = self._team_led_by_possessor(doc, m.props["possessor"], mentions, i)
                if team is not None and not m.props.get("named"):
                    self._join(entities, team, i, m)  # "Ceesay and members of her delegation": the one she leads
                    last = team
                    continue
            if "possessor" in m.props and not senders:
                owner = self._possessor(doc, m.props["possessor"], mentions, entities, i)
                if owner is not None and entities[owner].type in {"Organization", "Country"}:
                    senders.append(owner)
                elif owner is not None and entities[owner].type == "Delegation" and not m.props.get("named"):
                    self._join(entities, owner, i, m)  # "the mission said its observers": the mission
                    last = owner
                    continue
            head = doc[m.end - 1]
            if len(senders) == 1 and not m.props.get("named") and head.lemma_ in {"observer", "monitor", "volunteer"} \
                    and self._domestic_monitors(entities[senders[0]], main_country, unled=not any(
                        c.dep_ in {"acl", "relcl"} and c.lemma_ in {"head", "lead", "chair"} for c in head.children)):
                # "The Civil Society Coalition for Election Monitoring, which deployed 260 observers", "ZCPW said its
                # observers had recorded ...": a country's own watchdog at work, no visiting delegation
                m.type, m.generic = "Organization", True
                self._join(entities, senders[0], i, m)
                continue
            if len(senders) >= 2 and not m.props.get("named") and head.tag_ == "NNS" \
                    and (head.lemma_ in {"mission", "delegation"}
                         or head.lower_ in {"observers", "monitors"} and len(senders) == 2
                         and not any(t.lower_ in {"joint", "jointly", "together"} for t in head.sent)):
                # ("accredited observers from the OSCE and the CIS": each body's; "Observers from A, B and C
                # said in a joint statement", "observers from the ODIHR, the OSCE PA and PACE": one joint mission)
                # "missions of the CIS, the SCO and the OIC": one mission per body, each said here
                teams: list[int] = []
                for sender in senders[1:]:
                    team = by_senders.get((sender,))
                    if team is None:
                        record = self._new(entities, None, None, type="Delegation",
                                           name=self._delegation_name(m, [sender], entities))
                        record.props["senders"] = [sender]
                        self._delegation_aliases(record, [sender], entities)
                        team = by_senders[(sender,)] = len(entities) - 1
                    entities[team].mentions.append(i)
                    teams.append(team)
                m.props["other_teams"] = teams  # what the words do, each of these does too
                senders = senders[:1]
            key = tuple(sorted(senders))
            if m.props.get("named") or senders:
                found = by_senders.get(key) if key else None
                if found is None and len(senders) == 1 and entities[senders[0]].type == "Country":
                    # "the Hungarian delegation" after "a delegation of the National Assembly of Hungary"
                    country = entities[senders[0]].name
                    found = next((d for k, d in by_senders.items() if len(k) == 1
                                  and entities[k[0]].type == "Organization"
                                  and (entities[k[0]].props.get("country") == country
                                       or entities[k[0]].name.endswith(f" of {country}"))), None)
                if found is None and m.props.get("named"):
                    found = next((e for e, r in enumerate(entities) if r.type == "Delegation"
                                  and fold(m.name) in r.names()), None)
                if found is None and m.props.get("named") and not senders \
                        and all(w.lower() in MISSION_WORDS for w in m.name.split()):
                    # "A team of experts from the ODIHR is in Iceland ... The Election Expert Team, headed by X":
                    # the one team named before, by what it is
                    earlier = {o.entity for o in mentions[:i] if o.type == "Delegation" and o.entity >= 0}
                    found = earlier.pop() if len(earlier) == 1 else None
                    if found is not None:
                        team_record = entities[found]
                        for sender in team_record.props.get("senders", [])[:1]:
                            team_record.add_alias(f"{entities[sender].acronym or entities[sender].name} {m.name}")
                if found is None:
                    record = self._new(entities, i, m, name=self._delegation_name(m, senders, entities))
                    record.props["senders"] = senders
                    found = m.entity
                    if key:
                        by_senders[key] = found
                else:
                    self._join(entities, found, i, m)
                    if m.props.get("named") and not entities[found].props.get("named"):
                        entities[found].add_alias(entities[found].name)
                        entities[found].name = m.name
                record = entities[found]
                if m.props.get("named"):
                    record.props["named"] = True
                    if m.acronym:
                        record.acronym = m.acronym
                        record.add_alias(m.acronym)
                    for sender in senders[:1]:
                        if fold(entities[sender].name) not in fold(m.name):
                            # "an Election Observation Mission" the AU deployed: the AU's
                            record.add_alias(f"{entities[sender].name} {m.name}")
                            if entities[sender].acronym:
                                record.add_alias(f"{entities[sender].acronym} {m.name}")
                self._delegation_aliases(record, senders, entities)
                for start in m.props.get("sender_mentions", []):
                    said = by_start.get(start)
                    if said is not None and m.end < said.start <= m.end + 3 \
                            and doc[m.end].lower_ in {"of", "from"}:
                        # the words the article used: "observer mission of the Shanghai Cooperation Organisation"
                        record.add_alias(doc[m.start:said.end].text)
                # ("It was accompanied by X, head of the Moroccan parliamentary delegation to PACE. ... the observers
                # were received by": the host country's own delegation is not the visiting team "the observers" are)
                if not (home_team(senders, entities, main_country) and last is not None and last != found):
                    last = found
                first_named = first_named if first_named is not None else found
                called.setdefault(found, set()).update(_team_words(doc, m))
            elif last is not None and m.props.get("separate"):
                # "A separate team of election officials, headed by X": a team of its own, not the last one
                record = self._new(entities, i, m, name="delegation")
                record.props["unnamed"] = True
                record.props["senders"] = []
                last = m.entity
            elif last is not None:
                # "A delegation of PACE ..., alongside the election observation mission of the ODIHR. ... the
                # delegation held talks": the team called by the same word, when the last one was not
                words = _team_words(doc, m)
                same = [e for e in called if called[e] & words]
                target = last if last in same or len(same) != 1 else same[0]
                self._join(entities, target, i, m)
                called.setdefault(target, set()).update(words)
            else:
                generic_first.append(i)
        for i in generic_first:
            m = mentions[i]
            words = _team_words(doc, m)
            body = next((o.entity for o in reversed(mentions[:i]) if o.type == "Organization" and o.entity >= 0
                         and o.end <= m.start and words & {w.lower() for w in entities[o.entity].name.split()}), None)
            if body is not None:
                # "the acting head of the UN Support Mission in Libya, X ... X has led the mission since April":
                # the body named a mission, not a team told of later
                m.type = "Organization"
                self._join(entities, body, i, m)
            elif first_named is not None:
                self._join(entities, first_named, i, m)
            else:
                generic = next((e for e, r in enumerate(entities) if r.type == "Delegation"), None)
                if generic is None:
                    record = self._new(entities, i, m, name="delegation")
                    record.props["unnamed"] = True
                    record.props["senders"] = []
                else:
                    self._join(entities, generic, i, m)

    def _domestic_monitors(self, record: EntityRecord, main_country: str | None, unled: bool = False) -> bool:
        """Whether a body is the country's own election watchdog, by its name: a citizens' or civil society group,
        or one named for the country whose election it is ("Cambodian Ballot Integrity Network"); for observers
        with no head named (`unled`), also one whose name names nothing abroad."""
        if record.type != "Organization":
            return False
        names = [fold(n) for n in record.names()]
        if any(w in n for n in names for w in DOMESTIC_MONITOR_WORDS):
            return True
        if not main_country:
            return False
        own = {fold(main_country), *(fold(a) for a in self.lex.adjectives_of(main_country))}
        if any(w in own for n in names for w in n.split()):
            return True
        if not unled:
            return False
        # ("The Maat Foundation, which deployed 1,250 observers"): nothing in its name says it comes from abroad
        words = {w for n in names for w in re.findall(r"[a-z]+", n)}
        return not words & INTERNATIONAL_WORDS and all(
            (self.lex.country(w) or self.lex.country_of_adjective(w)) in {None, main_country} for w in words)

    @staticmethod
    def _short(record: EntityRecord) -> str:
        return record.acronym or record.name

    def _delegation_name(self, m: Mention, senders: list[int], entities: list[EntityRecord]) -> str:
        if m.props.get("named") or not senders:
            return m.name
        if len(senders) >= 2 and m.name.split()[-1].lower() in {"observers", "monitors"}:
            return "joint observation mission"  # "Observers from the ODIHR, the OSCE PA and PACE": theirs together
        return f"{self._short(entities[senders[0]])} delegation"

    def _delegation_aliases(self, record: EntityRecord, senders: list[int], entities: list[EntityRecord]) -> None:
        for sender in senders[:1]:
            s = entities[sender]
            # every name of the sender: "State Duma" for "State Duma of Russia", "Hungarian" for Hungary
            tail = OF_TAIL.search(s.name) if s.type == "Organization" else None
            # ("the Congress of Local and Regional Authorities of the Council of Europe": a body of a body the
            # story names on its own, called by its own part of the name)
            parent = next((m.start() for e in entities if e.type == "Organization" and e is not s and e.mentions
                           and (m := re.search(rf" of (?:the )?{re.escape(e.name)}$", s.name)) is not None
                           and m.start() > 0), None) if s.type == "Organization" else None
            bare = s.name[:tail.start()] if tail and self.lex.country(tail.group(1)) else s.name
            bare = s.name[:parent] if parent is not None else bare
            adjectives = [a.title() for a in self.lex.adjectives_of(s.name)] if s.type == "Country" else []
            forms = dict.fromkeys([self._short(s), s.name, *([s.acronym] if s.acronym else []), bare,
                                   *(a for a in s.aliases if len(a.split()) <= 6), *adjectives[:2],
                                   *([initials(s.name)] if s.type == "Organization" and not s.acronym
                                     and len(initials(s.name)) >= 3 else [])])
            for form in forms:
                for noun in DELEGATION_NOUNS:
                    record.add_alias(f"{form} {noun}")
            for noun in ("delegation", "mission"):
                record.add_alias(f"{noun} of the {s.name}")  # "a delegation of the Foreign Affairs Committee"
        if len(senders) == 2:
            # "a joint mission of the African Union (AU) and the ICGLR": the two bodies' together
            a, b = (self._short(entities[x]) for x in senders)
            for form in (f"{a}-{b}", f"{a} and {b}", f"{a}-{b} joint"):
                for noun in ("delegation", "mission", "team", "observation mission", "observer mission"):
                    record.add_alias(f"{form} {noun}")

    # -- elections ------------------------------------------------------------------------
    def _elections(self, doc: Doc, mentions: list[Mention], entities: list[EntityRecord],
                   main_country: str | None) -> None:
        explicit: list[tuple[int, int]] = []  # (sentence start, entity) of elections named with their kind
        index: dict[tuple[str, str], list[int]] = {}
        generic: list[int] = []
        runoffs: list[int] = []
        for i, m in enumerate(mentions):
            if m.type != "Election":
                continue
            if m.generic and not m.props.get("runoff"):
                generic.append(i)
                continue
            if m.props.get("runoff"):
                runoffs.append(i)
                continue
            kind = m.props["kind"]
            country = m.props.get("country") or main_country or ""
            named = {c for k, c in index if k == kind}
            if not m.props.get("country") and len(named) == 1:
                # "... elections held in the Republic of Ecuador", in a story filed in Astana, then "X won the
                # presidential election": the one of its kind the story already named, wherever it was
                country = named.pop()
            # "voters in Rangitikei go to the polls on February 25 in a by-election", in a story on the
            # September general election: a by-election is an election of its own
            by = bool(m.props.get("by_election"))
            found = next((e for e in index.get((kind, country), [])
                          if bool(entities[e].props.get("by_election")) == by
                          and compatible_dates(entities[e].props.get("date_text"), m.props.get("date_text"))
                          and _same_year(entities[e].props, m.props)
                          and entities[e].props.get("relative_year") == m.props.get("relative_year")
                          and bool(entities[e].props.get("past")) == bool(m.props.get("past"))
                          and not (m.props.get("upcoming") and year_of(entities[e].props) and all(
                              in_aside(doc[mentions[k].end - 1]) for k in entities[e].mentions))
                          and not (m.props.get("year") and not entities[e].props.get("year")
                                   and in_aside(doc[m.end - 1]))), None)
            if found is None:
                record = self._new(entities, i, m)
                record.props.update({k: v for k, v in m.props.items()
                                     if k in {"kind", "extraordinary", "year", "date_text", "date_token",
                                              "relative_year", "upcoming", "past"}})
                if country:
                    record.props["country"] = country
                if by:
                    record.props["by_election"] = True
                index.setdefault((kind, country), []).append(m.entity)
                found = m.entity
            else:
                self._join(entities, found, i, m)
                record = entities[found]
                for k in ("year", "date_text", "date_token", "extraordinary"):
                    if k in m.props and k not in record.props:
                        record.props[k] = m.props[k]
            explicit.append((doc[m.start].sent.start, found))
            # (not "presidential primary"; "to the House and the provincial assemblies": one per body)
            coordinated = " and " in m.name or "," in m.name or bool(m.props.get("bodies"))
            for other in m.props.get("kinds", [])[1:] if coordinated and kind != "primary" else []:
                # "early presidential and legislative elections": one election per kind, said together
                twin = next((e for e in index.get((other, country), [])
                             if compatible_dates(entities[e].props.get("date_text"), m.props.get("date_text"))), None)
                if twin is None:
                    twin = len(entities)
                    record = self._new(entities, None, None, type="Election", name=f"{other} election")
                    record.props.update({k: v for k, v in entities[found].props.items()
                                         if k in {"extraordinary", "year", "date_text", "date_token", "country"}})
                    record.props["kind"] = other
                    index.setdefault((other, country), []).append(twin)
                entities[twin].mentions.append(i)
                m.props.setdefault("also", []).append(twin)
        self._general_as_each(mentions, entities)
        if not explicit and generic:
            kind = self._kind_from_words(doc)
            if kind is None:
                return
            m = mentions[generic[0]]
            said = doc[m.start]
            verb = said if said.pos_ == "VERB" else said.head
            voters = [c for c in verb.children if c.dep_ == "nsubj"]
            if kind in {"parliamentary", "general"} and any(
                    o.type == "Location" and (not o.props.get("city") or fold(o.name) in self.lex.regions)
                    and o.start <= c.i < o.end
                    for c in voters for o in mentions):
                kind = "regional"  # "Kerala will vote on April 9 to elect a new Legislative Assembly": a state's
            # (the dateline, which the parser reads as a sentence of its own, and the lead)
            opening = list(itertools.islice(doc.sents, 2))
            top = doc[opening[0].start:opening[-1].end] if opening else doc[0:0]
            lead = [o for o in mentions if top.start <= o.start < top.end]
            if kind in {"parliamentary", "general"} and any(
                    fold(top[k:k + n].text) in self.lex.regions and top[k].text[:1].isupper()
                    for n in (1, 2, 3) for k in range(len(top) - n + 1)) \
                    and not any(o.type == "Country" for o in lead):
                # "TORONTO - Ontario Premier X won a second straight majority government ... 83 of the legislature's
                # 124 seats": a province's election, the story opening on the province and no country
                kind = "regional"
            record = self._new(entities, generic[0], m, name=m.name)
            record.props.update({"kind": kind, "inferred": True})
            record.props.update({k: v for k, v in m.props.items() if k in {"date_text", "date_token"}})
            if main_country:
                record.props["country"] = main_country
            explicit.append((doc[m.start].sent.start, m.entity))
            generic = generic[1:]
        elif explicit and generic:
            generic = self._kind_said_before_named(doc, mentions, entities, explicit, generic, main_country)
        for i in runoffs:
            # "Chile's presidential runoff": there was a presidential first round, named or not
            m = mentions[i]
            kind = m.props.get("kind")
            if kind is None:
                # "elected X as their next president, ... a decisive runoff victory", the story's only named
                # election a party's primary; "X, who won the presidency in a runoff", in a story on a
                # parliamentary vote: the runoff of the vote its sentence says (in lower case, not a title)
                clause = next((a for a in doc[m.end - 1].ancestors if a.dep_ in {"relcl", "advcl", "ccomp", "acl"}),
                              None)
                hints: set[str] = set()
                for words in ([*clause.subtree] if clause is not None else [], doc[m.start].sent):
                    hints = {KIND_HINTS[t.lower_] for t in words if t.lower_ in KIND_HINTS and not _vice_regal(t) and (
                        t.is_lower or all(entities[e].props.get("kind") == "primary" for _, e in explicit))
                        and not _someones_post(t)}
                    if hints:
                        break  # (the runoff's own clause first, then its sentence)
                kind = hints.pop() if len(hints) == 1 else None
                m.props["kind_said"] = kind
            # ("Tuesday's presidential runoff", the story's only named presidential election the one of 2017: this
            # year's first round, unnamed)
            if kind and not any(entities[e].props.get("kind") == kind and (
                    not told_as_past(entities[e]) or m.props.get("past")) for _, e in explicit):
                record = self._new(entities, None, None, type="Election", name=f"{kind} election")
                record.mentions.append(i)  # said through its runoff
                record.props.update({"kind": kind, "implied": True})
                country = m.props.get("country") or main_country
                if country:
                    record.props["country"] = country
                if m.props.get("year"):
                    record.props["year"] = m.props["year"]
                explicit.append((doc[m.start].sent.start, len(entities) - 1))
        if not explicit:
            return
        first = explicit[0][1]
        runoff_of: dict[int, int] = {}  # election -> its runoff
        for i in runoffs:
            m = mentions[i]
            kind = m.props.get("kind") or m.props.get("kind_said") or next(
                (KIND_HINTS[t.lower_] for t in doc[m.start].sent if t.lower_ in KIND_HINTS), None)
            # (a party's primary has no runoff the story would tell apart: the main race's, when there is one)
            main = next((e for _, e in explicit if entities[e].props.get("kind") != "primary"), first) \
                if not m.props.get("kind") else first
            base = next((e for e in [*[e for s, e in explicit if kind and entities[e].props.get("kind") == kind
                                       and (not told_as_past(entities[e]) or m.props.get("past"))],
                                     *[e for s, e in explicit if kind and entities[e].props.get("kind") == kind],
                                     main]), main)
            own_year = year_of(m.props)
            if own_year is not None and year_of(entities[base].props) not in {None, own_year} and kind:
                # "... the presidential election to be held on January 27, 2030. X won the February 2024 runoff":
                # another year's election, not this one's second round
                record = self._new(entities, i, m)
                record.props.update({"kind": kind, "year": own_year})
                record.props.update({k: v for k, v in m.props.items() if k in {"date_text", "date_token", "country"}})
                if "country" not in record.props and entities[base].props.get("country"):
                    record.props["country"] = entities[base].props["country"]
                continue
            if base in runoff_of:
                self._join(entities, runoff_of[base], i, m)
                continue
            record = self._new(entities, i, m)
            record.props.update({k: v for k, v in entities[base].props.items() if k in {"kind", "country", "year"}})
            record.props.update({k: v for k, v in m.props.items() if k in {"date_text", "date_token", "repeat"}})
            record.props["runoff"] = True
            record.props["runoff_of"] = base
            runoff_of[base] = m.entity
        sentence_starts = sorted({s.start for s in doc.sents})
        org_tokens = {k for o in mentions if o.type == "Organization" for k in range(o.start, o.end)}
        named_election_tokens = {k for o in mentions if o.type == "Election" and not o.generic
                                 and o.props.get("kind") == "referendum" for k in range(o.start, o.end)}
        for i in generic:
            m = mentions[i]
            here = doc[m.start].sent.start
            position = sentence_starts.index(here)
            previous = sentence_starts[position - 1] if position else here
            # (a party's primary told of in the sentence before is not "the poll" of this one)
            # (nor one this sentence names only after it: "set the date of the vote ..., after a constitution
            # was approved in a referendum")
            said_before = {o.entity for o in mentions if o.type == "Election" and not o.generic
                           and here <= o.start < m.start}
            near = [e for start, e in explicit if previous <= start <= here and doc[m.start].sent.start >= start
                    and (start == here or entities[e].props.get("kind") != "primary")
                    and (start < here or e in said_before or not any(s < here for s, _ in explicit))]
            # "The election is a rerun of last year's presidential vote": the story's election, not the past one
            current = [e for _, e in explicit if not told_as_past(entities[e])]
            if near and all(e not in current for e in near) and current and not m.props.get("past"):
                near = current[:1]
            # "X, who has pushed for a presidential election he hopes will be held next year, ... observers to
            # monitor the vote": not one told of only in an aside, when the story named another before
            if near and all(self._only_in_asides(doc, mentions, entities, e) for e in near) and any(
                    not self._only_in_asides(doc, mentions, entities, e) for start, e in explicit if start <= here):
                near = []
            if all(entities[e].props.get("past") for _, e in explicit) and not any(
                    o.type == "Election" and not o.generic and o.entity >= 0 and doc[o.start].sent.start == here
                    for o in mentions):
                # "X was elected governor on Sunday, winning 61.8 percent of the vote ... up from the previous
                # gubernatorial election in 2023": the story's own election, of that kind, not the past one
                model = entities[first]
                record = self._new(entities, i, m)
                record.props.update({k: v for k, v in model.props.items() if k in {"kind", "country"}})
                # ("won seven of the nine provincial councils in Saturday's elections ... below the turnout at the
                # presidential election two years ago": the kind the story's words say, not the past one's)
                worded = self._kind_from_words(doc)
                if worded is not None and worded != model.props.get("kind"):
                    record.props["kind"] = worded
                explicit.append((here, m.entity))
                continue
            year = m.props.get("year")
            years = {entities[e].props.get("year") for _, e in explicit}
            # ("Omanis chose a new Majlis on Sunday in the first electronic vote ... In the previous election in
            # 2019, ...": an earlier one, not the vote the story reports)
            if year and (year not in years and years - {None} or m.props.get("past") and not any(
                    entities[e].props.get("past") or entities[e].props.get("year") == year for _, e in explicit)):
                # "the Commonwealth, which observed the 2019 polls" in a story on the 2024 election
                model = entities[near[-1] if near else first]
                record = self._new(entities, i, m)
                record.props.update({"kind": model.props.get("kind"), "year": year})
                if model.props.get("country"):
                    record.props["country"] = model.props["country"]
                explicit.append((here, m.entity))
                continue
            # "the October 2 election" after "the April 2 snap election": another election of the same kind
            dated = m.props.get("date_text")
            if dated and all(not compatible_dates(entities[e].props.get("date_text"), dated)
                             or not entities[e].props.get("date_text") and entities[e].props.get("kind") == "primary"
                             for _, e in explicit):
                model = entities[near[-1] if near else first]
                record = self._new(entities, i, m)
                record.props.update({"kind": model.props.get("kind"), "date_text": dated,
                                     "date_token": m.props.get("date_token")})
                if model.props.get("country"):
                    record.props["country"] = model.props["country"]
                explicit.append((here, m.entity))
                continue
            dated_match = [e for _, e in explicit if dated and entities[e].props.get("date_text")
                           and compatible_dates(entities[e].props.get("date_text"), dated)]
            if not dated and m.start > 0 and doc[m.start - 1].lower_ == "that" and doc[m.start - 1].dep_ == "det":
                # "a federal vote held the same day on an initiative ... The Federal Council had fixed the date of
                # that vote": the election told of last
                last = next((o.entity for o in reversed(mentions[:i]) if o.type == "Election"
                             and o.entity >= 0 and entities[o.entity].type == "Election"), None)
                if last is not None:
                    self._join(entities, last, i, m)
                    continue
            # "President X won a second term with 81 percent of the vote": the sentence says which kind
            # (not words inside a body's name: "called by Speaker of the Parliament of Georgia X")
            # (nor another election's own name: "set the date of the vote ..., after a constitution was approved
            # in a referendum")
            hinted = {KIND_HINTS[t.lower_] for t in doc[m.start].sent if t.lower_ in KIND_HINTS
                      and t.i not in org_tokens and t.i not in named_election_tokens and not _vice_regal(t)
                      and not describes_a_body(t, self.lex.org_head_nouns)}
            if "round" in m.name.lower():
                # "the first round" is of the main race, never of a party primary - a presidential one, if any
                ordinary = [e for _, e in explicit if entities[e].props.get("kind") != "primary"]
                if m.props.get("past"):
                    # "who took 9 percent in the first round five years ago": the earlier election's
                    ordinary = [e for e in ordinary if told_as_past(entities[e])] or ordinary
                near = [e for e in near if e in ordinary]
                dated_match = [e for e in dated_match if e in ordinary]
                first = ordinary[0] if ordinary else first
                # (the first round of the one race the story tells a runoff of: "Runoffs were held in 11 regions,
                # where no candidate had passed 40 percent in the first round", beside next year's presidential race)
                with_runoff = [e for e in ordinary if e in runoff_of]
                if len(with_runoff) == 1 and not dated_match:
                    self._join(entities, with_runoff[0], i, m)
                    continue
                if any(entities[e].props.get("kind") == "presidential" for e in ordinary):
                    hinted = {"presidential"}  # even beside "the parliamentary election held the same day"
            of_kind = list(dict.fromkeys(e for _, e in explicit if entities[e].props.get("kind") in hinted))
            if dated_match and len(hinted) == 1 and any(e in of_kind for e in dated_match):
                target = next(e for e in dated_match if e in of_kind)  # "President X won the May 21 election"
            elif dated_match:
                target = dated_match[0]
            elif len(of_kind) == 1 and len(hinted) == 1:
                target = of_kind[0]
            elif near:
                target = near[-1]
            else:
                # the election the article speaks of most, among those already named ("The vote itself was
                # called by X" before a later aside on another election)
                named_before = [e for start, e in explicit if start <= here]
                # (not one told of only in an aside: "X, who beat Y in the 2022 mayoral race")
                foreground = [e for e in named_before if not entities[e].props.get("year")
                              or not self._only_in_asides(doc, mentions, entities, e)]
                named_before = foreground or named_before
                # (nor one the article dates to an earlier year: "lost last year's gubernatorial election")
                named_before = [e for e in named_before if not told_as_past(entities[e])] or named_before
                target = self._salient_election(doc, named_before or [e for _, e in explicit], entities) or first
                if target not in named_before and named_before and first not in named_before:
                    target = named_before[0]
            self._join(entities, target, i, m)
            if dated and "date_text" not in entities[target].props:
                # "topped the November 21 first round": the day of the election it names
                entities[target].props.update({"date_text": dated, "date_token": m.props.get("date_token")})

    @staticmethod
    def _general_as_each(mentions: list[Mention], entities: list[EntityRecord]) -> None:
        """"calling early general elections" where the article names the presidential and the
        legislative one: the general election is those, not a third."""
        elections = [e for e, r in enumerate(entities) if r.type == "Election"]
        specific = [e for e in elections if entities[e].props.get("kind") in {"presidential", "parliamentary"}]
        if len({entities[e].props.get("kind") for e in specific}) < 2:
            return
        # "Saturday's presidential, parliamentary and local council elections": the local ones said with them too
        said_with = {entities[e].props.get("date_token") for e in specific} - {None}
        specific += [e for e in elections if entities[e].props.get("kind") in {"local", "regional"}
                     and entities[e].props.get("date_token") in said_with]
        for e in elections:
            record = entities[e]
            if record.props.get("kind") != "general" or any(
                    not compatible_dates(record.props.get("date_text"), entities[o].props.get("date_text"))
                    for o in specific):
                continue
            for k in record.mentions:
                m = mentions[k]
                m.entity = specific[0]
                m.props["also"] = specific[1:]
                for o in specific:
                    entities[o].mentions.append(k)
                entities[specific[0]].add_alias(m.name)
            record.mentions = []

    @staticmethod
    def _salient_election(doc: Doc, elections: list[int], entities: list[EntityRecord]) -> int | None:
        """Of several elections, the one the article's words speak of most ("President", "seats"),
        when one kind clearly leads; None when they do not decide."""
        kinds = doc.user_data.get("newsgraph_kind_hints")
        if kinds is None:  # counted once per document
            kinds = doc.user_data["newsgraph_kind_hints"] = _kind_counts(doc)
        candidates = list(dict.fromkeys(e for e in elections if not entities[e].props.get("runoff")))
        if len(candidates) < 2:
            return None
        ranked = sorted(candidates, key=lambda e: -kinds.get(entities[e].props.get("kind", ""), 0))
        best, second = (kinds.get(entities[e].props.get("kind", ""), 0) for e in ranked[:2])
        return ranked[0] if best > second else None

    def _kind_said_before_named(self, doc: Doc, mentions: list[Mention], entities: list[EntityRecord],
                                explicit: list[tuple[int, int]], generic: list[int],
                                main_country: str | None) -> list[int]:
        """"approved four candidates for the November 19 election ... the presidential candidacy of X ...
        Legislative elections will be held on the same day": the vote told of before any election is named
        with its kind is of the kind its own sentences say, when that is none of the named ones."""
        first_named = min(start for start, _ in explicit)
        early = [i for i in generic if mentions[i].end <= first_named]
        if not early:
            return generic
        named_kinds = {entities[e].props.get("kind") for _, e in explicit}
        in_names = {k for o in mentions if o.type != "Election" for k in range(o.start, o.end)}
        m = mentions[early[0]]
        # ("won 13 of parliament's 128 seats in Sunday's election": what the vote's own sentence says it filled)
        kinds = {KIND_ADJECTIVES[t.lower_] for t in doc[:first_named]
                 if t.lower_ in KIND_ADJECTIVES and t.i not in in_names} | {
                    KIND_NOUNS[t.lower_] for t in doc[m.start].sent if t.lower_ in KIND_NOUNS and t.i not in in_names}
        # ("X has been elected president of El Salvador ... after the final count of the February 28 elections",
        # legislative elections held the same day named later: the post its own sentence says was filled)
        # (also "declared X president-elect", "registered 23 pairs of candidates for president")
        kinds |= {self._post_kind(t, KIND_HINTS[t.lower_]) for t in doc[m.start].sent
                  if t.lower_ in KIND_HINTS and t.i not in in_names and not _vice_regal(t) and (
                      t.dep_ in {"attr", "oprd", "dobj"} and t.head.lemma_ in {"elect", "re-elect", "reelect"}
                      or t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ == "elect"
                      or t.dep_ == "pobj" and t.head.lower_ == "for" and t.head.head.lemma_ in {
                          "candidate", "pair", "ticket", "nominee", "candidacy"})}
        if not kinds and named_kinds == {"referendum"}:
            # "was re-elected city president ... in an election held under strict rules", a referendum held the
            # same day named only later: the vote is of the kind its own sentence's words say
            kinds = {self._post_kind(t, KIND_HINTS[t.lower_]) for t in doc[m.start].sent
                     if t.lower_ in KIND_HINTS and t.i not in in_names and not _vice_regal(t)}
        by_elections_only = all(entities[e].props.get("by_election") for _, e in explicit)
        if by_elections_only and not kinds and m.props.get("date_text") and len(named_kinds) == 1:
            # "New Zealanders will vote on September 23 ... Before then, voters in Rangitikei go to the polls in a
            # by-election": a dated vote told of before the by-election is the general one, of the same kind
            kinds = {k for k in named_kinds if k}
        elif len(kinds) == 1 and kinds & named_kinds and "general" not in named_kinds:
            # "registered 23 pairs of candidates for president in the November 14 election ... set the date of the
            # presidential vote": the one of that kind named later
            same = list(dict.fromkeys(e for _, e in explicit if entities[e].props.get("kind") in kinds))
            if len(same) != 1:
                return generic
            self._join(entities, same[0], early[0], m)
            for k in ("date_text", "date_token"):
                if k in m.props and k not in entities[same[0]].props:
                    entities[same[0]].props[k] = m.props[k]
            return [i for i in generic if i != early[0]]
        elif len(kinds) != 1 or kinds & named_kinds or "general" in named_kinds:  # (a general one holds them all)
            return generic
        record = self._new(entities, early[0], m, name=m.name)
        record.props.update({"kind": kinds.pop(), "inferred": True})
        record.props.update({k: v for k, v in m.props.items() if k in {"date_text", "date_token"}})
        if main_country:
            record.props["country"] = main_country
        explicit.insert(0, (doc[m.start].sent.start, m.entity))
        return [i for i in generic if i != early[0]]

    @staticmethod
    def _only_in_asides(doc: Doc, mentions: list[Mention], entities: list[EntityRecord], e: int) -> bool:
        """Whether every mention of an election so far stands in a relative clause."""
        said = [k for k in entities[e].mentions if mentions[k].entity == e]
        return bool(said) and all(in_aside(doc[mentions[k].end - 1]) for k in said)

    def _regional_post(self, token: Token) -> bool:
        """A president of a region or province, not of the country: "president of the Marche region",
        "regional president"."""
        if any(c.dep_ == "amod" and c.lower_ in {"regional", "provincial"} for c in token.children):
            return True
        # ("the acting President of the Region": in capitals, as a title)
        return any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lower_ in {"region", "province"} for o in c.children) for c in token.children)

    def _post_kind(self, token: Token, kind: str) -> str:
        """The kind of vote a word says, the president of a region or of a town not the country's."""
        if kind == "presidential" and self._regional_post(token):
            return "regional"  # "was elected president of the Marche region", "outgoing regional president"
        if kind == "presidential" and any(c.dep_ in {"compound", "amod"} and c.lower_ in LOCAL_POST_WORDS
                                          for c in token.children):
            return "local"  # "was re-elected city president of Bern", "the municipal president"
        return kind

    def _kind_from_words(self, doc: Doc) -> str | None:
        """An article that never names its election's kind: "re-elected mayor", "the presidency"."""
        counts: Counter[str] = Counter()
        bodies: dict[str, int] = {}  # a parliament's own name: times said, or -1 where a town's or a region's
        strings = doc.vocab.strings
        for i, lower in enumerate(doc.to_array("LOWER")):
            word = strings[int(lower)]
            kind = KIND_HINTS.get(word)
            if kind is None and word in {"council", "councils", "assemblies"} and i > 0 \
                    and doc[i - 1].lower_ in {"provincial", "regional"}:
                # "won five of the nine provincial councils", "won the Northern Provincial Council"; "the 282 seats
                # in the country's six regional assemblies": the seats are theirs
                seats = doc[i].dep_ == "pobj" and doc[i].head.lower_ == "in" and doc[i].head.head.lemma_ == "seat"
                counts["regional"] += 3 if _elected(doc[i]) or seats else 1
                continue
            if kind is None and (word in ELECTED_BODIES or word in PROPER_BODY_NAMES) and _elected(doc[i]):
                # "will elect a new National Assembly on June 27"; "will elect 30 of the 45 members of the Shura
                # Council" (a parliament by its own name, not a town's council)
                proper = word in PROPER_BODY_NAMES or i > 0 and doc[i - 1].lower_ in PROPER_BODY_NAMES
                counts["parliamentary" if proper else ELECTED_BODIES[word]] += 3
                continue
            if kind is None and word in PROPER_BODY_NAMES:
                # "candidates for deputies of the Mejlis": a parliament by its own name (not "the Bishkek city
                # Kenesh", nor "the Kenesh" after it)
                if bodies.get(word, 0) >= 0:
                    local = any(t.lower_ in BODY_LEVEL_WORDS for t in doc[max(0, i - 2):i])
                    bodies[word] = -1 if local else bodies.get(word, 0) + 1
                continue
            if kind and i > 1 and doc[i - 1].text in {"-", "–"} and doc[i - 2].lower_ == "vice":
                continue  # ("chaired by former Botswana vice-president X": no presidency at stake)
            if kind:
                kind = self._post_kind(doc[i], kind)
                # "elected X as the country's next president": the post the vote fills says most
                t = doc[i]
                elected = t.dep_ in {"pobj", "oprd", "attr", "dobj"} and any(
                    a.lemma_ in {"elect", "re-elect", "reelect"} for a in (t.head, t.head.head))
                counts[kind] += 3 if elected else 1
        if not counts and any(n > 0 for n in bodies.values()):
            return "parliamentary"  # (only where nothing else hints: "the Riigikogu elected X as president")
        return counts.most_common(1)[0][0] if counts else None


def year_of(props: dict[str, Any]) -> int | None:
    """An election's year, as its own props say it (a year, or a year in its date)."""
    if props.get("year"):
        return int(props["year"])
    found = re.search(r"\b(19|20)\d\d\b", props.get("date_text") or "")
    return int(found.group()) if found else None


def _elected(token: Token) -> bool:
    """Whether a body is what a vote elects: the object of "elect" or "choose", or the body of the members
    or seats that are ("will elect 30 of the 45 members of the Shura Council")."""
    node = token
    for _ in range(5):
        if node.dep_ == "dobj" and node.head.lemma_ in {"elect", "choose"}:
            return True
        if node.dep_ == "pobj" and node.head.lower_ == "to" and node.head.head.lemma_ in {"elect", "re-elect"}:
            return True  # "was among the candidates elected to Eswatini's House of Assembly"
        if node.dep_ not in {"pobj", "prep", "dobj"} or node.head.i == node.i \
                or node.dep_ == "pobj" and node.head.lower_ != "of":
            return False
        node = node.head
    return False


def _house_by_word(name: str, word: str) -> bool:
    """Whether a body's name holds a house word ("assembly" in "the Niue Assembly"), and no party word."""
    own = set(fold(name).split())
    return word in own and not own & PARTY_NOUNS


def _national_house(name: str) -> bool:
    """A country's legislature by its name: "National Assembly", "National Congress" (not "the East African
    Legislative Assembly" or "the Tobago House of Assembly")."""
    words = fold(name).split()
    return len(words) == 2 and words[0] == "national" and words[1] in HOUSE_WORDS


def _name_words(name: str) -> set[str]:
    """The words a person may be called by alone: each word of the name, and a surname without its article
    ("Otaibi" for "Sharifa Al-Otaibi")."""
    words = {fold(w) for w in name.split()}
    return words | {ARTICLE_PREFIX.sub("", w) for w in words if ARTICLE_PREFIX.match(w)}


def _kind_counts(doc: Doc) -> Counter[str]:
    """How often the words of each election kind occur ("president", "seats"), read from the token array."""
    counts: Counter[str] = Counter()
    for word, where in lower_index(doc).items():
        kind = KIND_HINT_IDS.get(word)
        if kind is not None:
            counts[kind] += len(where)
    return counts


def told_as_past(record: EntityRecord) -> bool:
    """An election the story tells of as an earlier one: "the previous gubernatorial election", "last year's vote"."""
    return bool(record.props.get("past")) or (record.props.get("relative_year") or 0) < 0


def home_team(senders: list[int], entities: list[EntityRecord], main_country: str | None) -> bool:
    """A delegation the story's own country sent ("the Moroccan parliamentary delegation to PACE"), no visitor."""
    return main_country is not None and bool(senders) and all(
        entities[s].type == "Country" and entities[s].name == main_country for s in senders)


def in_aside(token: Token) -> bool:
    """Whether a word stands in a relative clause ("the NPF, which won 125 seats in the 2020 election"):
    background, not the story's event."""
    return any(a.dep_ == "relcl" for a in token.ancestors)


def _known_as(doc: Doc, m: Mention, before: list[Mention]) -> int | None:
    """The body a name is another name of: "the European Commission for Democracy through Law, better known as
    the Venice Commission", "X, also known as Y"."""
    k = m.start - (m.start > 0 and doc[m.start - 1].lower_ == "the")
    if k < 3 or [t.lower_ for t in doc[k - 2:k]] != ["known", "as"]:
        return None
    j = k - 2 - (doc[k - 3].lower_ in {"better", "also", "commonly", "widely", "popularly"})
    j -= j > 0 and doc[j - 1].text == ","
    return next((o.entity for o in reversed(before) if o.end == j and o.type == "Organization" and o.entity >= 0),
                None)


def _same_year(known: dict[str, Any], said: dict[str, Any]) -> bool:
    """Whether an election mention may be one named before, as far as years go: "the 2019 presidential
    election" is not "the October 6 presidential election" of an article about this year's."""
    if said.get("year") and known.get("year"):
        return bool(said["year"] == known["year"])
    if said.get("year"):
        return not known.get("date_text")
    if known.get("year"):
        return not said.get("date_text")
    return True


# the "of <Name>" a body's name ends with: "State Duma of Russia", "National Assembly of Laos"
OF_TAIL = re.compile(r" of (?:the )?([A-Z][\w' -]+)$")


def _same_body(a: str, b: str) -> bool:
    """"Legislative Chamber" and "Legislative Chamber of the Oliy Majlis": one is the other's name
    before its "of ..." part (at least two words, so "Party" and "Party of X" stay apart)."""
    short, long_ = sorted((fold(a), fold(b)), key=len)
    return len(short.split()) >= 2 and long_.startswith(short + " of ")


def compatible_dates(a: str | None, b: str | None) -> bool:
    """Two date phrases can name the same day: "April 2" / "April"; not "April 2" / "October 2"."""
    if not a or not b:
        return True
    ma, mb = month_day(a), month_day(b)
    if ma[0] and mb[0] and ma[0] != mb[0]:
        return False
    if ma[1] and mb[1] and (ma[1] < 0) != (mb[1] < 0):
        return True  # "Saturday" and "June 24": a weekday may well be that date
    return not (ma[1] and mb[1] and ma[1] != mb[1])


# a party's adjective and the plural its members go by: "Conservative Party" / "the Conservatives"
MEMBERS_OF = {"conservative": "Conservatives", "liberal": "Liberals", "socialist": "Socialists",
              "democratic": "Democrats", "green": "Greens", "republican": "Republicans", "progressive": "Progressives",
              "nationalist": "Nationalists"}
ADJECTIVE_OF_MEMBERS = {members.lower(): adjective for adjective, members in MEMBERS_OF.items()}


def main_country(mentions: list[Mention], dateline_country: str | None, dateline_end: int = 0,
                 repeated: bool = False, adjectives: dict[str, int] | None = None,
                 regions: frozenset[str] = frozenset(), dateline_place: str = "") -> str | None:
    """The country an article is about: the dateline's (or its capital's), else the one named most -
    by name; an adjective ("Chadian observers") counts for little. A dateline country the story never
    names again, in a story that names another country, is only where it was written ("WARSAW - ...
    the authorities of Bulgaria ...")."""
    body = [m for m in mentions if m.start >= dateline_end]
    # ("VICTORIA - ... at any British Columbia election ... campaigned in Kelowna": places of another country
    # that has a town of the dateline's name)
    elsewhere = sum(2 if fold(m.name) in regions else 1 for m in body
                    if m.type == "Location" and m.props.get("country") not in {None, dateline_country})
    # (the dateline's town named again says nothing more, when the places are another country's)
    again = fold(dateline_place) if elsewhere >= 2 else None
    if dateline_country and (repeated or any(m.name == dateline_country or m.props.get("country") == dateline_country
                                             and fold(m.name) != again
                                             for m in body if m.type in {"Country", "Location"})
                             or not any(m.type == "Country" and not m.props.get("adjective") for m in body)
                             and elsewhere < 2):
        return dateline_country
    counts: dict[str, float] = {}
    for m in body:
        if m.type == "Country" and not (adjectives and m.props.get("adjective")):
            counts[m.name] = counts.get(m.name, 0.0) + (0.25 if m.props.get("adjective") else 1.0)
        elif m.type == "Location" and m.props.get("country"):
            country = m.props["country"]  # "in Antananarivo": a city says its country ("arrived in X": more so)
            counts[country] = counts.get(country, 0.0) + (1.0 if m.props.get("scene") else 0.5)
    for country, n in (adjectives or {}).items():
        counts[country] = counts.get(country, 0.0) + 0.25 * n  # "the Moldovan Parliament", "his Moldovan counterpart"
    return max(counts, key=lambda c: counts[c]) if counts else None


TEAM_WORDS = frozenset({"delegation", "mission", "team", "group"})


def _team_words(doc: Doc, m: Mention) -> set[str]:
    return {w for t in doc[m.start:m.end] if (w := t.lemma_.lower()) in TEAM_WORDS}

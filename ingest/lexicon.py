"""Word lists the extraction rules use: countries, titles, organization and election words.

They live as data in `ingest/patterns/` (countries.tsv, lexicon.json); this module loads them
once and offers lookups. Nothing here knows about particular articles.
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PATTERNS = Path(__file__).resolve().parent / "patterns"


_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                               "æ": "ae", "Æ": "Ae"})


class _Marks(dict[int, int | None]):
    """A `str.translate` table that drops combining marks; each character is looked up once."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_NO_MARKS = _Marks()


@lru_cache(maxsize=1 << 16)
def plain(text: str) -> str:
    """The text without accents, case kept: "Péter" -> "Peter", "Radosław" -> "Radoslaw"."""
    text = unicodedata.normalize("NFKD", text).translate(_NO_MARKS)
    return text.translate(_UNDECOMPOSED)


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: the key for name lookups."""
    text = unicodedata.normalize("NFKD", text).translate(_NO_MARKS).lower()
    text = re.sub(r"[’'`]s\b", "", text)
    text = re.sub(r"[^\w\s-]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"^the ", "", text)


@dataclass(frozen=True)
class Lexicon:
    countries: dict[str, str]  # folded name or alias -> canonical short name
    country_aliases: dict[str, tuple[str, ...]]  # canonical -> its other names
    adjectives: dict[str, str]  # folded adjective ("azerbaijani") -> canonical country
    cities: dict[str, str]  # folded capital or main city ("baku") -> canonical country
    titles: frozenset[str]
    title_modifiers: frozenset[str]
    former_markers: frozenset[str]
    head_titles: frozenset[str]
    org_head_nouns: frozenset[str]
    party_ideology_words: frozenset[str]  # "Social", "Democratic": words that make a "Union" a party
    election_commission_words: tuple[str, ...]
    delegation_nouns: frozenset[str]
    delegation_strong: frozenset[str]
    election_nouns: frozenset[str]
    election_kinds: dict[str, str]
    extraordinary_words: frozenset[str]
    negation_words: frozenset[str]
    modal_words: frozenset[str]
    hypothetical_verbs: frozenset[str]  # with their inflected forms, for a lemma the model got wrong ("hoping": "hop")
    # other names the world uses for a body: "League of Arab States" -> ("Arab League",)
    organization_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # family names written first ("Zhang Hui", "Kim Min-jun"): alone, such a word is the person's surname
    family_names_first: frozenset[str] = field(default=frozenset())
    adjectives_by_country: dict[str, tuple[str, ...]] = field(default_factory=dict)
    max_title_words: int = field(default=4)
    title_words: frozenset[str] = field(default=frozenset())  # every word that occurs in a title
    # titles as the tokenizer splits them ("vice-president" -> vice, -, president), by first word
    title_tokens: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    given_names: frozenset[str] = field(default=frozenset())  # "Ivan", "Grace": first words of people's names
    # first-level regions (states, provinces), folded: places the lexicon knows that elect their own assemblies
    regions: frozenset[str] = field(default=frozenset())
    # words for a region's people or things ("bavarian" -> "Bavaria"): no names of their own
    region_adjectives: dict[str, str] = field(default_factory=dict)
    # adjectives the gazetteer spells with accents ("curaçaoan"), lower case: only these match accented words
    accented_adjectives: frozenset[str] = field(default=frozenset())

    def is_given_name(self, text: str) -> bool:
        """"Alina", "Péter" (also written "Peter"): a capitalised common given name."""
        return text in self.given_names or plain(text) in self.given_names

    def country(self, text: str) -> str | None:
        return self.countries.get(fold(text))

    def country_of_adjective(self, text: str) -> str | None:
        """"Azerbaijani" -> "Azerbaijan"; not "Germán", a name that only folds to "German"."""
        if plain(text) != text and text.lower() not in self.accented_adjectives \
                and text.lower()[:-1] not in self.accented_adjectives:
            return None
        return self.adjectives.get(fold(text))

    def adjectives_of(self, country: str) -> list[str]:
        """The folded adjectives of a country: "Vietnam" -> ["vietnamese"]."""
        return list(self.adjectives_by_country.get(country, ()))

    def is_city(self, text: str) -> bool:
        """A town the lexicon knows (not a state or province)."""
        key = fold(text)
        return key in self.cities and key not in self.regions

    def is_title(self, text: str) -> bool:
        return fold(text) in self.titles


def _index_by_first_word(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        words = tuple(w for w in re.split(r"\s+|(-)", phrase) if w)
        index.setdefault(words[0], []).append(words)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in index.items()}


PLURAL_TITLE_HEADS = {"commissioner": "commissioners", "senator": "senators", "deputy": "deputies",
                      "judge": "judges", "ambassador": "ambassadors", "minister": "ministers"}


def _plural_titles(titles: frozenset[str]) -> frozenset[str]:
    """"Election Commissioners A and B": the plural of a title that several people hold."""
    out = set()
    for title in titles:
        words = title.split()
        if len(words) >= 2 and words[-1] in PLURAL_TITLE_HEADS or title in {"senator", "commissioner", "judge"}:
            out.add(" ".join([*words[:-1], PLURAL_TITLE_HEADS[words[-1]]]))
    return frozenset(out)


@lru_cache
def load_lexicon(folder: Path = PATTERNS) -> Lexicon:
    countries: dict[str, str] = {}
    aliases: dict[str, tuple[str, ...]] = {}
    adjectives: dict[str, str] = {}
    cities: dict[str, str] = {}
    regions: set[str] = set()
    for line in (folder / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = (line.split("\t") + ["", "", "", ""])[:5]
        name, alias_cell, adjective_cell, city_cell, region_cell = cells
        for city in city_cell.split("|"):
            if city:
                cities.setdefault(fold(city), name)
        for region in region_cell.split("|"):
            if region:
                cities.setdefault(fold(region), name)  # (a known place of the country, as its cities are)
                regions.add(fold(region))
        others = tuple(a for a in alias_cell.split("|") if a)
        aliases[name] = others
        for form in (name, *others):
            countries.setdefault(fold(form), name)
        for adjective in adjective_cell.split("|"):
            if adjective:
                adjectives.setdefault(fold(adjective), name)
    data = json.loads((folder / "lexicon.json").read_text(encoding="utf-8"))
    titles = frozenset(fold(t) for t in data["titles"])
    return Lexicon(
        countries=countries,
        country_aliases=aliases,
        adjectives=adjectives,
        cities=cities,
        regions=frozenset(regions),
        titles=titles,
        title_modifiers=frozenset(data["title_modifiers"]),
        former_markers=frozenset(data["former_markers"]),
        head_titles=frozenset(fold(t) for t in data["head_titles"]),
        org_head_nouns=frozenset(data["org_head_nouns"]),
        party_ideology_words=frozenset(data["party_ideology_words"]),
        election_commission_words=tuple(data["election_commission_words"]),
        delegation_nouns=frozenset(data["delegation_nouns"]),
        delegation_strong=frozenset(data["delegation_strong"]),
        election_nouns=frozenset(data["election_nouns"]),
        election_kinds=dict(data["election_kinds"]),
        extraordinary_words=frozenset(data["extraordinary_words"]),
        negation_words=frozenset(data["negation_words"]),
        modal_words=frozenset(data["modal_words"]),
        hypothetical_verbs=_with_forms(data["hypothetical_verbs"]),
        organization_aliases={fold(k): tuple(v) for k, v in data.get("organization_aliases", {}).items()},
        family_names_first=frozenset(data.get("family_names_first", [])),
        region_adjectives={fold(k): v for k, v in data.get("region_adjectives", {}).items()},
        accented_adjectives=frozenset(a.lower() for line in (folder / "countries.tsv").read_text(encoding="utf-8")
                                      .splitlines() if not line.startswith("#") and line.count("\t") >= 2
                                      for a in line.split("\t")[2].split("|") if plain(a) != a),
        adjectives_by_country={c: tuple(a for a, of in adjectives.items() if of == c)
                               for c in set(adjectives.values())},
        max_title_words=max(len(t.split()) for t in titles),
        title_words=frozenset(w for t in titles for w in t.split()),
        title_tokens=_index_by_first_word(titles | _plural_titles(titles)),
        given_names=frozenset(form for line in (folder / "given_names.txt").read_text(encoding="utf-8").splitlines()
                              if not line.startswith("#") for w in line.split() for form in (w, plain(w))),
    )


def _with_forms(verbs: list[str]) -> frozenset[str]:
    """Verbs and their regular inflections ("hope": "hopes", "hoped", "hoping"; "plan": "planned")."""
    forms = set(verbs)
    for v in verbs:
        stem = v[:-1] if v.endswith("e") else v
        forms |= {f"{v}s", f"{v}es", f"{stem}ed", f"{stem}ing", f"{v}{v[-1]}ed", f"{v}{v[-1]}ing"}
    return frozenset(forms)

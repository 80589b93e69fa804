"""Finding the mentions of people, organizations, places, delegations and elections in a Doc.

The statistical NER of a small model makes the same few mistakes on wire copy again and again;
`find_mentions` starts from `doc.ents` and repairs them with rules over tokens and entity types:

- a title or a country glued to a name ("Azerbaijan Mazahir Panahov", "President Ilham Aliyev")
- organization names cut short ("The Central Election Commission of")
- a person name glued to the end of an organization ("the National Assembly Rositsa Koleva")
- countries typed as people or organizations, and a surname typed differently from its full name

and then adds what the NER does not know about: delegations and missions, elections, titles.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Span, Token

from ingest.lexicon import Lexicon, fold

NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "GPE": "Location", "LOC": "Location", "FAC": "Location"}
DETERMINERS = {"the", "a", "an"}
# words the NER glues to names that are never part of them
OCCUPATIONS = {
    "businessman", "businesswoman", "economist", "diplomat", "lawyer", "journalist", "activist",
    "opposition", "candidate", "incumbent", "veteran", "retired", "academic", "professor", "dr", "mr",
    "mrs", "ms", "sir", "lawmaker", "legislator", "politician", "banker", "engineer", "teacher",
    "doctor", "general", "colonel", "former", "ex", "then", "late", "ambassador",
}


@dataclass
class Mention:
    """A stretch of tokens naming (or, when `generic`, referring back to) one entity."""

    start: int
    end: int
    type: str
    name: str
    generic: bool = False
    props: dict[str, Any] = field(default_factory=dict)
    acronym: str | None = None
    entity: int = -1  # index of the resolved entity, set by resolution

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


@dataclass(frozen=True)
class Title:
    """A job title in the text ("Secretary General", "acting chairman"), with its tokens."""

    start: int
    end: int
    text: str  # normalised title, e.g. "Secretary General"
    former: bool


def _clean_name(tokens: list[Token]) -> str:
    text = "".join(t.text_with_ws for t in tokens).strip()
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"[’']s$", "", text).strip()
    return text.strip(" ,;:-–—(")


def _is_name_token(token: Token) -> bool:
    return token.is_alpha and token.text[:1].isupper() or token.text in {"-", "'"}


class MentionFinder:
    """Turns one parsed Doc into mentions and titles; configured by the lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lex = lexicon

    # -- entry point ----------------------------------------------------------------------
    def __call__(self, doc: Doc) -> tuple[list[Mention], list[Title]]:
        titles = self.find_titles(doc)
        title_tokens = {i for t in titles for i in range(t.start, t.end)}
        mentions: list[Mention] = []
        for ent in doc.ents:
            mentions.extend(self.repair(doc, ent, title_tokens))
        mentions = self.retype_by_name(doc, mentions)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions.extend(self.find_elections(doc, taken))
        taken = {i for m in mentions for i in range(m.start, m.end)}
        mentions.extend(self.find_delegations(doc, taken, mentions))
        self.attach_acronyms(doc, mentions)
        mentions.sort(key=lambda m: (m.start, -m.end))
        return mentions, titles

    # -- titles ---------------------------------------------------------------------------
    def find_titles(self, doc: Doc) -> list[Title]:
        lex = self.lex
        out: list[Title] = []
        i = 0
        n = len(doc)
        while i < n:
            if not doc[i].is_alpha:
                i += 1
                continue
            match_end = 0
            for length in range(min(lex.max_title_words + 2, n - i), 0, -1):
                words = [t.lower_ for t in doc[i:i + length]]
                if fold(" ".join(words)) in lex.titles:
                    match_end = i + length
                    break
            if not match_end or doc[i].ent_type_ in {"PERSON", "GPE", "DATE"} and doc[i].ent_iob_ == "I":
                i += 1
                continue
            start = i
            former = False
            # modifiers in front: "acting", "First Deputy", "former"
            while start > 0 and (doc[start - 1].lower_ in lex.title_modifiers
                                 or doc[start - 1].lower_.rstrip("-") in lex.former_markers):
                start -= 1
            for t in doc[max(0, start - 2):match_end]:
                if t.lower_.rstrip("-") in lex.former_markers or t.lower_.startswith(("ex-", "then-")):
                    former = True
            if start > 0 and doc[start - 1].lower_.startswith(("ex-", "then-")):
                former = True
            words = [t.text for t in doc[start:match_end]
                     if t.lower_.rstrip("-") not in lex.former_markers and t.lower_ not in {"acting", "interim"}]
            text = " ".join(w if w.isupper() and len(w) > 1 else w.capitalize() for w in words) or doc[i].text
            acting = any(t.lower_ in {"acting", "interim"} for t in doc[start:match_end])
            if acting:
                text = "Acting " + text
            out.append(Title(start, match_end, text, former))
            i = match_end
        return out

    # -- repairing NER spans --------------------------------------------------------------
    def repair(self, doc: Doc, ent: Span, title_tokens: set[int]) -> list[Mention]:
        label = ent.label_
        if label not in NER_TYPES:
            return []
        tokens = list(ent)
        # leading determiners, titles, occupations and dateline debris are not part of a name
        while tokens and (tokens[0].lower_ in DETERMINERS or tokens[0].is_punct):
            tokens.pop(0)
        while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in {"'s", "’s"}):
            tokens.pop()
        if not tokens:
            return []
        out: list[Mention] = []
        # "the Parliamentary Assembly of the Council of Europe (PACE": the acronym rides along
        brackets = [k for k, t in enumerate(tokens) if t.text == "("]
        if brackets and brackets[0] > 0:
            tokens = tokens[:brackets[0]]
        if label == "PERSON" or (label in {"ORG", "GPE", "NORP"} and len(tokens) >= 2):
            # "Azerbaijan Mazahir Panahov": a country or title glued in front of a person name
            while len(tokens) > 2 or (label == "PERSON" and len(tokens) > 1):
                head = tokens[0]
                country = self.lex.country(head.text) or self.lex.country_of_adjective(head.text)
                if country and not self.lex.country(" ".join(t.text for t in tokens)):
                    out.append(Mention(head.i, head.i + 1, "Country", country))
                    tokens.pop(0)
                elif head.i in title_tokens or head.lower_ in OCCUPATIONS:
                    tokens.pop(0)
                else:
                    break
            if label != "PERSON" and len(tokens) < len(ent):
                label = "PERSON" if self._looks_like_person(tokens) else label
        if label == "ORG":
            tokens = self._extend_organization(doc, tokens)
            split = self._split_trailing_person(doc, tokens)
            if split:
                tokens, person = split
                out.append(Mention(person[0].i, person[-1].i + 1, "Person", _clean_name(person)))
        if not tokens:
            return out
        name = _clean_name(tokens)
        if not name or not any(c.isalpha() for c in name):
            return out
        mtype = NER_TYPES[label]
        country = self.lex.country(name)
        if country and label in {"GPE", "PERSON", "ORG", "LOC"}:
            out.append(Mention(tokens[0].i, tokens[-1].i + 1, "Country", country, props={"surface": name}))
            return out
        if label == "PERSON" and any(t.lower_ in self.lex.org_head_nouns and t.text[:1].isupper()
                                     for t in tokens[-1:]):
            mtype = "Organization"
        if mtype == "Organization" and tokens[-1].lower_ in {"'s", "’s"}:
            tokens = tokens[:-1]
        out.append(Mention(tokens[0].i, tokens[-1].i + 1, mtype, name))
        return out

    def _looks_like_person(self, tokens: list[Token]) -> bool:
        return (
            1 <= len(tokens) <= 4
            and all(_is_name_token(t) for t in tokens)
            and not any(t.lower_ in self.lex.org_head_nouns for t in tokens)
        )

    def _extend_organization(self, doc: Doc, tokens: list[Token]) -> list[Token]:
        """"The Central Election Commission of" + "Azerbaijan": finish names cut after "of"."""
        end = tokens[-1].i + 1
        if tokens[-1].lower_ in {"of", "for", "and", "on"}:
            j = end
            while j < len(doc) and (doc[j].lower_ == "the" or _is_name_token(doc[j]) or doc[j].lower_ == "of"):
                j += 1
            while j > end and doc[j - 1].lower_ in {"the", "of"}:
                j -= 1
            if j > end:
                return list(doc[tokens[0].i:j])
            return tokens[:-1]
        return tokens

    def _split_trailing_person(self, doc: Doc, tokens: list[Token]) -> tuple[list[Token], list[Token]] | None:
        """"the National Assembly Rositsa Koleva": an organization name, then a person's name."""
        for k in range(1, len(tokens) - 1):
            if tokens[k - 1].lower_ in self.lex.org_head_nouns:
                rest = tokens[k:]
                if 2 <= len(rest) <= 3 and self._looks_like_person(rest) and all(
                    t.ent_type_ in {"ORG", "PERSON"} for t in rest
                ):
                    return tokens[:k], rest
        return None

    def retype_by_name(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Give a surname the type of the full name it belongs to ("Rusakov" typed ORG)."""
        person_words: Counter[str] = Counter()
        for m in mentions:
            if m.type == "Person" and len(m.name.split()) >= 2:
                person_words[m.name.split()[-1]] += 1
        org_names = {fold(m.name) for m in mentions if m.type == "Organization" and len(m.name.split()) > 1}
        for m in mentions:
            words = m.name.split()
            if (m.type in {"Organization", "Location"} and words and words[-1] in person_words and len(words) <= 3
                    and fold(m.name) not in org_names
                    and not any(w.lower() in self.lex.org_head_nouns for w in words)):
                m.type = "Person"
        return mentions

    # -- elections ------------------------------------------------------------------------
    def find_elections(self, doc: Doc, taken: set[int]) -> list[Mention]:
        lex = self.lex
        out: list[Mention] = []
        for token in doc:
            lower = token.lower_
            if lower not in lex.election_nouns or token.pos_ not in {"NOUN", "PROPN"} or token.i in taken:
                continue
            kinds: list[str] = []
            props: dict[str, Any] = {}
            start = token.i
            if lower in lex.election_kinds:
                kinds.append(lex.election_kinds[lower])
            for child in token.children:
                if child.i > token.i:
                    continue
                word = child.lower_
                if child.dep_ in {"amod", "compound", "nmod", "npadvmod", "nummod", "poss"}:
                    if word in lex.election_kinds:
                        kinds.append(lex.election_kinds[word])
                        for conj in child.conjuncts:
                            if conj.lower_ in lex.election_kinds:
                                kinds.append(lex.election_kinds[conj.lower_])
                    if word in lex.extraordinary_words:
                        props["extraordinary"] = True
                    country = lex.country_of_adjective(child.text) or lex.country(child.text)
                    if country:
                        props["country"] = country
                    if re.fullmatch(r"(19|20)\d\d", child.text):
                        props["year"] = int(child.text)
                    start = min(start, child.left_edge.i if child.dep_ != "poss" else child.i)
            for child in token.rights:
                if child.dep_ == "prep" and child.lower_ in {"in", "of"}:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            country = lex.country(pobj.text) or lex.country(
                                doc[pobj.left_edge.i:pobj.i + 1].text)
                            if country:
                                props["country"] = country
            while start < token.i and (doc[start].is_punct or doc[start].lower_ in DETERMINERS):
                start += 1
            generic = not kinds
            if kinds:
                props["kind"] = kinds[0]
                if len(set(kinds)) > 1:
                    props["kinds"] = sorted(set(kinds), key=kinds.index)
            name = _clean_name(list(doc[start:token.i + 1]))
            out.append(Mention(start, token.i + 1, "Election", name, generic=generic, props=props))
        return out

    # -- delegations ----------------------------------------------------------------------
    def find_delegations(self, doc: Doc, taken: set[int], mentions: list[Mention]) -> list[Mention]:
        lex = self.lex
        by_token = {i: m for m in mentions for i in range(m.start, m.end)}
        out: list[Mention] = []
        for token in doc:
            lower = token.lower_
            if token.pos_ not in {"NOUN", "PROPN"} or token.i in taken:
                continue
            if lower == "guests":
                out.append(Mention(token.i, token.i + 1, "Delegation", token.text, generic=True))
                continue
            if lower not in lex.delegation_strong:
                continue
            if lower == "observers" and any(c.dep_ == "nummod" for c in token.children):
                continue  # "94 observers from eight countries": people, not the mission
            sender: Mention | None = None
            start = token.i
            for child in token.children:
                if child.i < token.i and child.dep_ in {"compound", "amod", "nmod", "poss"}:
                    m = by_token.get(child.i)
                    if m and m.type in {"Organization", "Country"}:
                        sender = m
                    elif lex.country_of_adjective(child.text):
                        sender = Mention(child.i, child.i + 1, "Country", lex.country_of_adjective(child.text) or "")
                    start = min(start, child.left_edge.i)
                elif child.dep_ == "prep" and child.lower_ in {"of", "from"}:
                    for pobj in child.children:
                        m = by_token.get(pobj.i)
                        if pobj.dep_ == "pobj" and m and m.type in {"Organization", "Country"}:
                            sender = m
            while start < token.i and (doc[start].is_punct or doc[start].lower_ in DETERMINERS):
                start += 1
            generic = sender is None
            props: dict[str, Any] = {}
            if sender is not None:
                props["sender_mention"] = sender.start
                props["sender"] = sender.name
            out.append(Mention(start, token.i + 1, "Delegation", _clean_name(list(doc[start:token.i + 1])),
                               generic=generic, props=props))
        return out

    # -- acronyms -------------------------------------------------------------------------
    def attach_acronyms(self, doc: Doc, mentions: list[Mention]) -> None:
        """"Central Election Commission (CEC)": the acronym in brackets names the same thing."""
        by_start = {m.start: m for m in mentions}
        for m in mentions:
            if m.type not in {"Organization", "Delegation", "Country"}:
                continue
            j = m.end
            if j + 2 < len(doc) + 1 and j < len(doc) and doc[j].text == "(":
                k = j + 1
                while k < len(doc) and doc[k].text != ")" and k - j <= 4:
                    k += 1
                if k < len(doc) and doc[k].text == ")" and k > j + 1:
                    inner = doc[j + 1:k].text.strip()
                    if re.fullmatch(r"[A-Z][A-Za-z0-9&.\- ]{0,14}", inner) and sum(c.isupper() for c in inner) >= 2:
                        m.acronym = inner
                        inside = by_start.get(j + 1)
                        if inside is not None:
                            inside.type = m.type

"""Who did what to whom: the arguments of a verb or an event noun, read off the dependency parse.

A `Frame` normalises voice and clause type so that patterns can speak of roles instead of
dependency labels: `agent` is the doer (active subject, passive "by" phrase, the noun a
relative clause hangs on when the pronoun is the subject), `patient` is what the act is done to
(object, passive subject, the noun a past participle modifies), `preps` are the objects of
prepositions. Subjects are inherited through coordination ("X arrived and met Y"), control
("X came to observe Y") and purpose clauses.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

RELATIVE_PRONOUNS = {"who", "whom", "which", "that", "whose"}
SUBJECT_DEPS = {"nsubj", "csubj"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "obj"}


@dataclass
class Frame:
    trigger: Token
    passive: bool
    agents: list[Token] = field(default_factory=list)
    patients: list[Token] = field(default_factory=list)
    preps: dict[str, list[Token]] = field(default_factory=dict)


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in verb.children):
        return True
    # "a delegation headed by X", "Aliyev, nominated by the party": a bare past participle
    return verb.dep_ in {"acl", "relcl", "advcl"} and verb.tag_ == "VBN" and not any(
        c.dep_ in {"aux", "nsubj"} for c in verb.children
    )


def with_conjuncts(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    for t in tokens:
        for x in (t, *t.conjuncts):
            if x not in out:
                out.append(x)
    return out


def _prep_objects(prep: Token) -> list[Token]:
    objs = [c for c in prep.children if c.dep_ in {"pobj", "pcomp"}]
    return with_conjuncts(objs)


def _relative_pronoun(verb: Token) -> Token | None:
    for c in verb.children:
        if c.lower_ in RELATIVE_PRONOUNS and c.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
            return c
    return None


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Surface subjects of a verb, inherited from the verb it is coordinated with or controlled by."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if own:
        return with_conjuncts(own)
    if depth > 4:
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return subjects(head, depth + 1)
    if verb.dep_ in {"xcomp", "advcl", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        return subjects(head, depth + 1)
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        # "is on a visit to Azerbaijan to observe the election": the visitor observes
        governor = head.head
        while governor.dep_ in {"pobj", "prep", "dobj", "attr"} and governor.head is not governor:
            governor = governor.head
            if governor.pos_ in {"VERB", "AUX"}:
                return subjects(governor, depth + 1)
        return [head]
    if verb.dep_ == "relcl":
        return [head]
    return []


def build_frame(verb: Token) -> Frame:
    passive = is_passive(verb)
    frame = Frame(trigger=verb, passive=passive)
    rel = _relative_pronoun(verb) if verb.dep_ == "relcl" else None
    for child in verb.children:
        if child.dep_ == "agent":
            frame.agents.extend(_prep_objects(child))
        elif child.dep_ == "prep":
            frame.preps.setdefault(child.lower_, []).extend(_prep_objects(child))
        elif child.dep_ in OBJECT_DEPS and child is not rel:
            frame.patients.extend(with_conjuncts([child]))
        elif child.dep_ == "dative":
            frame.preps.setdefault("to", []).extend(with_conjuncts([child]))
        elif child.dep_ in SUBJECT_DEPS and child is not rel:
            (frame.patients if passive else frame.agents).extend(with_conjuncts([child]))
        elif child.dep_ in PASSIVE_SUBJECT_DEPS and child is not rel:
            frame.patients.extend(with_conjuncts([child]))
    head = verb.head
    if verb.dep_ == "relcl":
        if rel is not None and rel.dep_ in {"nsubj"} and not passive:
            frame.agents.extend(with_conjuncts([head]))
        elif rel is not None and rel.dep_ in {"nsubjpass"} or rel is not None and rel.dep_ in {"dobj"}:
            frame.patients.extend(with_conjuncts([head]))
        elif rel is None and not any(c.dep_ in OBJECT_DEPS for c in verb.children):
            # "the mission he is heading": the noun is the object
            (frame.patients if not passive or not frame.patients else frame.agents).append(head)
        elif rel is None and not frame.agents:
            frame.agents.append(head)
    elif verb.dep_ in {"acl"} and head.pos_ in {"NOUN", "PROPN"}:
        if passive:
            frame.patients.extend(with_conjuncts([head]))
        elif verb.tag_ in {"VBG"}:
            frame.agents.append(head)
    if not frame.agents and not passive:
        frame.agents.extend(subjects(verb))
    if not frame.patients and passive and verb.dep_ in {"conj", "xcomp"}:
        frame.patients.extend(subjects(verb))
    return frame


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun hangs from: "is on a *visit*" -> "is", "held *talks*" -> "held"."""
    node = noun
    for _ in range(6):
        if node.head is node:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.dep_ not in {"pobj", "prep", "dobj", "attr", "conj", "appos", "npadvmod", "nsubj"} and \
                node.pos_ not in {"ADP", "NOUN", "PROPN"}:
            return None
    return None

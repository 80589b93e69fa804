"""Who did what to whom: the arguments of a verb or an event noun, read off the dependency parse.

A `Frame` normalises voice and clause type so that patterns can speak of roles instead of
dependency labels: `agent` is the doer (active subject, passive "by" phrase, the noun a
relative clause hangs on when the pronoun is the subject), `patient` is what the act is done to
(object, passive subject, the noun a past participle modifies), `preps` are the objects of
prepositions. Subjects are inherited through coordination ("X arrived and met Y"), control
("X came to observe Y") and purpose clauses.

Arguments that are lists ("registered X, Y and Z"; "cleared X, who...; Y, the party's
candidate; and Z") are expanded to their items; a relative clause or an apposition belongs to
its own noun only.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from ingest.dates import WEEKDAYS

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


def _after_list_separator(token: Token) -> bool:
    left = token.left_edge.i
    return left > 0 and token.doc[left - 1].text in {";", "and", ","}


def list_items(token: Token) -> list[Token]:
    """The token and the other items of the list it heads: conjuncts, and proper names set off by
    a semicolon as appositions (how the parser often reads "A, the X; B, the Y; and C")."""
    out: list[Token] = []
    queue = [token]
    while queue:
        t = queue.pop(0)
        if t in out:
            continue
        out.append(t)
        for child in t.children:
            conj = child.dep_ == "conj" and child.pos_ in {"PROPN", "NOUN", "PRON"} and not (
                # ("X, who ran as an independent backed by the LDP and its coalition partner Y, won", Y hung on X:
                # "its" partner is the party's, an item of the clause's list)
                t.pos_ == "PROPN" and any(c.dep_ == "poss" and c.lower_ == "its" for c in child.children)
                and any(c.dep_ == "relcl" and c.i < child.i for c in t.children))
            listed = child.dep_ == "appos" and child.pos_ == "PROPN" and t.pos_ == "PROPN" \
                and child.doc[child.left_edge.i - 1].text == ";"
            # "by the A Party, the B Party (PKB) and the C Party (PKS)", read as A <appos B <conj C
            three = child.dep_ == "appos" and child.pos_ == "PROPN" and t.pos_ == "PROPN" \
                and child.ent_type_ == t.ent_type_ == "ORG" and t.dep_ in {"pobj", "dobj"} and any(
                    c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "ORG" for c in child.children) \
                and not any(c.dep_ == "appos" and c.i != child.i and c.doc[c.i - 1].text != "("
                            for c in t.children)  # "the IEOM, a joint effort of A, B and C": not a list
            # "the applications of A, a commentator, and of B", with "of B" hung on A
            repeated_of = child.dep_ == "prep" and child.lower_ == "of" and t.dep_ == "pobj" \
                and t.head.lower_ == "of" and t.pos_ == "PROPN" and child.doc[child.i - 1].lower_ in {"and", "or"}
            if child.dep_ == "conj" and child.lower_ in {"that", "those"} and t.dep_ == "pobj":
                # "the nomination of A, ..., as well as that of B": B too
                queue.extend(o for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj")
            if repeated_of:
                queue.extend(o for o in child.children if o.dep_ == "pobj" and o.pos_ == "PROPN")
                # ("... and of her running mate, economist X": the name set beside the noun)
                queue.extend(a for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                             for a in o.children if a.dep_ == "appos" and a.pos_ == "PROPN")
            elif conj or listed or three:
                queue.append(child)
            elif child.dep_ == "appos" and child.pos_ == "NOUN" and t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                # "faces A, who was fielded by X, the main Islamist party, and B": B hung on A's apposition
                queue.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ == "PROPN"
                             and c.ent_type_ == "PERSON")
            elif child.dep_ == "appos" and t.pos_ == "NOUN" and child.pos_ == "PROPN" \
                    and child.left_edge.i == t.i + 1:
                # "by former chief justice A and [Vice President] B": the name under the title heads the list
                queue.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ in {"PROPN", "NOUN"})
                # "minister A, lawyer B and businessman C", read as two names set beside the first title
                queue.extend(c for c in t.children if c.dep_ == "appos" and c.i > child.i and c.pos_ == "PROPN"
                             and c.ent_type_ == child.ent_type_ == "PERSON" and c.doc[c.left_edge.i - 1].text == ",")
            if child.dep_ == "appos" and child.pos_ == "NOUN" and t.pos_ == "PROPN" and child.i > t.i:
                # "A, the leader of B, and independent C": C hung on the body A's apposition names
                queue.extend(c for p in child.children if p.dep_ == "prep" and p.lower_ == "of"
                             for o in p.children if o.dep_ == "pobj" for c in o.children
                             if c.dep_ == "conj" and c.pos_ == "PROPN" and c.left_edge.i >= 2
                             and c.doc[c.left_edge.i - 1].lower_ == "and" and c.doc[c.left_edge.i - 2].text == ","
                             and c.right_edge.i + 1 < len(c.doc) and c.doc[c.right_edge.i + 1].is_punct)
    if token.pos_ == "PROPN" and token.ent_type_ == "PERSON":
        out.extend(x for x in _stray_conjunct(token) if x not in out)
        out.extend(x for x in _constituency_conjunct(token) if x not in out)
    return out


def _constituency_conjunct(token: Token) -> list[Token]:
    """"the nominations of A in Roseau North and B in St. Joseph": B, parsed as a conjunct of A's place (the
    "in" phrase hung on A or on the noun A belongs to)."""
    end = token.right_edge.i
    places = [c for c in token.children if c.dep_ == "prep" and c.lower_ in {"in", "for"}]
    if token.dep_ == "pobj" and end + 1 < len(token.doc):
        places += [c for c in token.head.head.children if c.dep_ == "prep" and c.i == end + 1
                   and c.lower_ in {"in", "for"}]
    return [c for prep in places for o in prep.children if o.dep_ == "pobj"
            for c in o.conjuncts if c.pos_ == "PROPN" and c.ent_type_ == "PERSON"]


def _stray_conjunct(token: Token) -> list[Token]:
    """"rejected the registration of A and businessman B", parsed with B as a second verb: the name
    right after "and" that the parser hung on the verb above."""
    doc = token.doc
    node = token
    for _ in range(4):
        if node.dep_ not in {"pobj", "prep", "dobj", "compound"} or node.head.i == node.i:
            return []
        node = node.head
        if node.pos_ == "VERB":
            break
    else:
        return []
    end = token.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].lower_ != "and":
        return []
    return [c for c in node.children if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"
            and c.left_edge.i == end + 2]


def is_passive(verb: Token) -> bool:
    if any(c.dep_ in {"auxpass", "nsubjpass", "csubjpass"} for c in verb.children):
        return True
    if _causative(verb):
        return True
    if _copular_participle(verb):
        return True
    if _participle_after_be(verb) is not None:
        return True
    if _main_verb_read_as_clause(verb):
        return False
    if verb.lemma_ in {"head", "lead", "chair"} and verb.tag_ in {"VBD", "VBN"} and any(
            c.dep_ == "agent" for c in verb.children) and not any(
            c.dep_ in {"aux", "dobj"} or c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for c in verb.children):
        return True  # "A Commonwealth Observer Group chaired by X, ..., is due on Thursday", read as its main verb
    # "a delegation headed by X", "Aliyev, nominated by the party": a bare past participle
    # ("a senator put forward jointly by X": "put" tagged as a past tense, its "by" phrase says passive)
    return verb.dep_ in {"acl", "relcl", "advcl", "amod"} and (verb.tag_ == "VBN" or verb.tag_ == "VBD" and any(
        c.dep_ == "agent" for c in verb.children)) and not any(c.dep_ in {"aux", "nsubj"} for c in verb.children) \
        and not (verb.dep_ == "acl" and any(c.dep_ == "dobj" for c in verb.children) and not any(
            c.dep_ == "agent" for c in verb.children))  # ("X, validated the lists": an object, so not passive)


def _main_verb_read_as_clause(verb: Token) -> bool:
    """"The Social Christian Front (FSC) on Friday named X as its candidate", parsed with the name as
    the sentence's root and "named" as a clause on it: the sentence's real verb, active."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and verb.i > head.i and (head.pos_ == "PROPN" or (
            # "The main opposition party, the Democratic League (LDK), on Sunday named X": the noun's name
            # in apposition, the verb set off from it
            head.pos_ == "NOUN" and verb.i > head.i + 1 and any(
                c.dep_ == "appos" and c.ent_type_ == "ORG" and c.i < verb.i for c in head.children))) \
        and (any(c.dep_ in {"dobj", "oprd"} for c in verb.children)
             # ("The Board on Thursday set June 15 as the date of the election", the day read as an adverb)
             or any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in verb.children)
             and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)) \
        and not any(c.dep_ == "agent" for c in verb.children) \
        and not any(t.pos_ in {"VERB", "AUX"} for t in verb.doc[head.i + 1:verb.i])


def _causative(verb: Token) -> bool:
    """"They had their applications turned down by the commission": a participle with a "by" phrase
    under "have" or "get", its subject what is done to."""
    return verb.dep_ in {"ccomp", "xcomp", "oprd"} and verb.tag_ == "VBN" and verb.head.lemma_ in {"have", "get"} \
        and any(c.dep_ == "agent" or c.dep_ in SUBJECT_DEPS and any(  # ("also had her papers accepted")
            g.dep_ == "poss" and g.lower_ in {"his", "her", "their"} for g in c.children) for c in verb.children)


def _copular_participle(verb: Token) -> bool:
    """"The group is co-chaired by X": a participle parsed as the complement of "is" ("X was re-elected", split
    at its hyphen into three complements, with or without a "by" phrase)."""
    return verb.dep_ in {"acomp", "attr"} and verb.tag_ == "VBN" and verb.head.lemma_ == "be" \
        and (any(c.dep_ == "agent" for c in verb.children) or _split_re_participle(verb))


def _participle_after_be(verb: Token) -> Token | None:
    """"X was on Sunday declared elected", parsed with "was" as the sentence's verb and "declared" as a clause or
    conjunct on it: the subject of "was", which the participle's passive is about (else None)."""
    be = verb.head
    if verb.dep_ not in {"advcl", "conj"} or verb.tag_ not in {"VBD", "VBN"} or be.lemma_ != "be" or be.dep_ != "ROOT" \
            or be.i > verb.i or any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in verb.children) \
            or any(c.dep_ in {"acomp", "attr", "oprd"} for c in be.children) \
            or any(t.pos_ in {"VERB", "AUX", "CCONJ"} or t.is_punct for t in verb.doc[be.i + 1:verb.i]):
        return None
    return next((c for c in be.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < be.i), None)


def _among_those_named(those: Token) -> list[Token]:
    """"Among those who lost their seats were A and B": the people the sentence's "be" names."""
    among = those.head
    if those.lower_ != "those" or those.dep_ != "pobj" or among.lower_ != "among" or among.head.lemma_ != "be":
        return []
    return [x for c in among.head.children if c.dep_ in {"nsubj", "attr"} and c.i > among.head.i
            and c.pos_ == "PROPN" for x in list_items(c)]


def _in_phrase_on(place: Token, verb: Token) -> bool:
    """"In Magway Region", "In the Bani Harith district of Sanaa": a place in a phrase hung on the verb."""
    if place.dep_ != "pobj":
        return False
    outer = place.head.head
    return outer.i == verb.i or place.head.dep_ == "prep" and outer.dep_ == "pobj" and outer.head.head.i == verb.i


def _split_re_participle(verb: Token) -> bool:
    """"re-elected" as three tokens, the "re" and the hyphen its own complements of "was"."""
    doc = verb.doc
    return verb.i >= 2 and doc[verb.i - 1].text == "-" and doc[verb.i - 2].lower_ == "re" \
        and doc[verb.i - 2].head.i == verb.head.i


# "all of them registered by the CEC", "both nominated by the party": what a participle describes
QUANTIFIERS = frozenset({"all", "both", "some", "most", "each", "many", "several", "none"})


DEADLINE_NOUNS = {"close", "end", "deadline", "time", "noon", "midnight", "evening", "morning", "afternoon", "night"}


def _deadline(token: Token) -> bool:
    """"by the close of filing", "by Tuesday": a "by" phrase of time, not a doer."""
    return token.lemma_ in DEADLINE_NOUNS or token.lower_ in WEEKDAYS


def prep_objects(prep: Token) -> list[Token]:
    """The objects of a preposition, and of its coordinated twins ("by A and by B")."""
    out: list[Token] = []
    twins = [c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_]
    if prep.lower_ == "with":
        # "talks with a delegation of X, led by Y, and with Z", the second "with" hung on "led"
        twins += [t for c in prep.children if c.dep_ == "pobj" for t in c.subtree
                  if t.dep_ == "conj" and t.lower_ == "with" and t.head.dep_ == "acl" and t.head.head.i == c.i]
    for p in (prep, *twins):
        for c in p.children:
            if c.dep_ in {"pobj", "pcomp"}:
                out.extend(list_items(c))
    return out


def relative_pronoun(verb: Token) -> Token | None:
    for c in verb.children:
        if c.lower_ in RELATIVE_PRONOUNS and c.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}:
            return c
    return None


def _fronted_person(own: list[Token]) -> bool:
    """Two subjects, a body's name and then, after a comma, a person's ("In the main opposition party, the
    PLRA, Congresswoman X won the nomination"): a misparse whose real subject is the person."""
    if len(own) < 2:
        return False
    last = own[-1]
    return last.ent_type_ == "PERSON" and all(o.ent_type_ not in {"PERSON", ""} and o.i < last.i for o in own[:-1]) \
        and last.left_edge.i > 0 and last.doc[last.left_edge.i - 1].text == ","


def subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Surface subjects of a verb, inherited from the verb it is coordinated with or controlled by."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS]
    if own:
        rel = relative_pronoun(verb) if verb.dep_ == "relcl" else None
        if rel is not None and rel.lower_ == "whom" and len(own) > 1:
            own = [o for o in own if o is not rel]  # "whom District Commission No. 206 refused", "whom" misread
        if rel is not None and own == [rel]:
            return [verb.head]
        if _fronted_person(own):
            own = own[-1:]
        return [t for o in own for t in list_items(o)]
    if depth > 4:
        return []
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in {"VERB", "AUX"}:
        return subjects(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBD" and any(
            c.dep_ == "prep" and c.lower_ in {"after", "before", "when", "until"} and c.i < verb.i
            and any(o.dep_ == "pobj" and o.right_edge.i == verb.i - 1 for o in c.children) for c in verb.children):
        return []  # "hours after a motion of no confidence removed X", the clause's own subject read as the
        # object of "after": not the main clause's subject
    if verb.dep_ in {"xcomp", "advcl", "ccomp"} and head.pos_ in {"VERB", "AUX"}:
        return subjects(head, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and head.lower_ in {"after", "before", "while", "upon", "by"} \
            and head.head.pos_ in {"VERB", "AUX"}:
        return subjects(head.head, depth + 1)  # "X announced the date after consulting Y": X consulted
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.ent_type_ in {"DATE", "TIME", "CARDINAL", "QUANTITY"}:
        return []  # "the five years required to stand for office": a requirement, nobody's act
    if verb.dep_ == "acl" and head.pos_ in {"NOUN", "PROPN"}:
        # "is on a visit to Azerbaijan to observe the election": the visitor observes
        governor = head
        while governor.dep_ in {"pobj", "prep", "dobj", "attr"} and governor.head.i != governor.i:
            governor = governor.head
            if governor.pos_ in {"VERB", "AUX"}:
                return subjects(governor, depth + 1)
        return [head]
    if verb.dep_ == "relcl":
        return [head]
    return []


def stray_object(verb: Token, obj: Token) -> Token | None:
    """A second direct object of a verb that has one already, with an object-less verb between them:
    the parser hung that verb's object on the wrong verb ("retaining five of the applications it had
    received and rejecting, among others, the candidacies of A and B"). The verb it belongs to."""
    earlier = [c for c in verb.children if c.dep_ in OBJECT_DEPS and c.i < obj.i]
    if not earlier:
        return None
    doc = obj.doc
    for t in doc[earlier[-1].i + 1:obj.i]:
        if t.pos_ == "VERB" and t.dep_ == "conj" and not any(c.dep_ in OBJECT_DEPS for c in t.children):
            return t
        if t.pos_ == "VERB" and t.dep_ == "conj" and obj.left_edge.i >= 2 and doc[obj.left_edge.i - 1].text == "," \
                and any(c.dep_ in OBJECT_DEPS and c.right_edge.i == obj.left_edge.i - 2 for c in t.children):
            return t  # "approved seven lists but turned down an eighth, the list of X": the apposition of its object
    return None


def _subject_in_date_phrase(verb: Token) -> list[Token]:
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i < verb.i and prep.lower_ in {"on", "in"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" and pobj.ent_type_ not in {"DATE", "TIME"} and (any(
                        c.dep_ in {"compound", "nmod"} and c.ent_type_ == "DATE" and c.i < pobj.i
                        for c in pobj.children) or any(  # ("On Friday morning X and Y": "morning" and X both objects)
                        o.dep_ == "pobj" and o.i < pobj.i and any(w.ent_type_ in {"DATE", "TIME"} for w in o.subtree)
                        for o in prep.children)):
                    return list_items(pobj)
    return []


def _named_before_in_date_phrase(noun: Token) -> list[Token]:
    """"On Friday morning X and Y, the diplomat who ..., held talks": the names the parser hung on "On" when
    `noun`, the subject it gave the verb, is their apposition (right after them and a comma); none otherwise."""
    if noun.pos_ != "NOUN" or noun.dep_ != "nsubj" or noun.left_edge.i < 2 \
            or noun.doc[noun.left_edge.i - 1].text != ",":
        return []
    named = _subject_in_date_phrase(noun.head)
    return named if named and max(t.right_edge.i for t in named) == noun.left_edge.i - 2 else []


MATE_NOUNS = frozenset({"mate", "running-mate", "deputy", "partner"})


def _running_mates(verb: Token, patients: list[Token]) -> list[Token]:
    """"nominated X, with Y as his running mate" (the "as" phrase on the verb or on Y): Y is an object too."""
    def mate_phrase(holder: Token) -> bool:
        return any(c.dep_ == "prep" and c.lower_ == "as" and any(
            o.dep_ == "pobj" and o.lemma_ in MATE_NOUNS for o in c.children) for c in holder.children)
    withs = [prep for holder in (verb, *patients) for prep in holder.children
             if prep.dep_ == "prep" and prep.lower_ == "with"]
    if not withs:
        return []
    on_verb = mate_phrase(verb)
    return [o for prep in withs for o in prep.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
            and (on_verb or mate_phrase(o))]


def _whose_subject(verb: Token) -> bool:
    """Whether a relative clause's subject is "whose ..." ("whose leader X", "whose chairman")."""
    return any(c.dep_ in SUBJECT_DEPS and c.i < verb.i and any(
        g.lower_ == "whose" for g in c.subtree if g.i < c.i) for c in verb.children)


ANNOUNCING_VERBS = frozenset({"announce", "say", "confirm", "state", "report", "declare"})


def repeated_prep(prep: Token) -> Token | None:
    """"held talks with A, and with B, the Congress said", the second "with" hung on another verb: that one."""
    doc = prep.doc
    k = prep.right_edge.i + (doc[prep.right_edge.i].lower_ != "and")  # ("and" may hang on the first "with")
    while k < len(doc) and doc[k].text == ",":
        k += 1
    if k + 1 < len(doc) and doc[k].lower_ == "and" and doc[k + 1].lower_ == prep.lower_ \
            and doc[k + 1].head.i != prep.head.i and doc[k + 1].dep_ == "prep":
        return doc[k + 1]
    return None


def _subject_behind_relative_clause(verb: Token) -> Token | None:
    """"The office, which is chaired by X of Y, validated the lists", the verb (with its object) hung on X as
    a clause: the noun the relative clause describes is the verb's subject."""
    if verb.dep_ != "acl" or verb.tag_ not in {"VBN", "VBD"} or verb.doc[verb.i - 1].text != "," \
            or not any(c.dep_ == "dobj" for c in verb.children):
        return None
    node = verb.head
    for _ in range(6):
        if node.dep_ == "relcl":
            owner = node.head
            return owner if owner.dep_ in {"ROOT", "nsubj"} and owner.pos_ in {"NOUN", "PROPN"} else None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def stranded_phrases(verb: Token) -> list[Token]:
    """The phrases after a main verb read as a clause on the subject that the parser hung on the subject
    ("The party, the LDK, on Sunday named X, a former governor, as its candidate": "as" on "party")."""
    if not _main_verb_read_as_clause(verb):
        return []
    return [c for c in verb.head.children if c.i > verb.i and c.dep_ == "prep"]


def _add_preps(frame: Frame, verb: Token) -> None:
    for child in (*verb.children, *stranded_phrases(verb)):
        if child.dep_ == "prep":
            frame.preps.setdefault(child.lower_, []).extend(prep_objects(child))


# verbs whose subject makes a decision or ruling its own ("upheld a decision barring X")
DECISION_KEEPING_VERBS = frozenset({"uphold", "confirm", "endorse", "issue", "adopt", "take", "hand", "publish"})


def build_frame(verb: Token) -> Frame:
    kids = tuple(verb.children)  # (read once: each walk over a token's children builds new Token objects)
    passive = is_passive(verb)
    frame = Frame(trigger=verb, passive=passive)
    late = [c for c in kids if c.dep_ == "nsubj" and c.i > verb.i]
    if verb.dep_ == "relcl" and verb.tag_ == "VBD" and late and relative_pronoun(verb) is None \
            and verb.head.i < verb.i and not any(c.dep_ in OBJECT_DEPS for c in kids):
        # "The Central Election Commission (CEC) on Wednesday registered X", parsed as a relative clause
        # with X as its subject: the noun is the doer and X the object
        frame.agents.append(verb.head)
        frame.patients.extend(list_items(late[0]))
        _add_preps(frame, verb)
        return frame
    rel = relative_pronoun(verb) if verb.dep_ == "relcl" else None
    whose = [c for c in kids if c.dep_ == "nsubj" and c.i < verb.i
             and any(g.lower_ == "whose" and g.dep_ == "poss" for g in c.children)] if verb.dep_ == "relcl" else []
    late_object = [c for c in (*kids, *whose[0].children)
                   if c.dep_ in OBJECT_DEPS and whose[0].i < c.i < verb.i] if whose else []
    if whose and late_object:
        # "the 19 candidates whose files the Council validated", read with the files as the subject: the
        # Council validated the files, of the candidates
        frame.agents.extend(list_items(late_object[0]))
        frame.patients.append(whose[0])
        _add_preps(frame, verb)
        return frame
    if verb.pos_ == "VERB" and (verb.dep_ == "conj" or not any(c.dep_ in OBJECT_DEPS for c in kids)):
        for governor in list(verb.ancestors)[:5]:
            stray = [c for c in governor.children if c.dep_ in OBJECT_DEPS and c.i > verb.i
                     and stray_object(governor, c) == verb]
            if stray:
                frame.patients.extend(list_items(stray[0]))
                break
    for child in (*kids, *stranded_phrases(verb)):
        if rel is not None and child.i == rel.i:
            continue
        if child.dep_ in OBJECT_DEPS and stray_object(verb, child) is not None:
            continue
        if child.dep_ == "agent" or child.dep_ == "conj" and child.lower_ == "by" and child.pos_ == "ADP" and passive:
            # ("welcomed by A, ..., and by B", B's "by" on the verb; not "accepted by the close of filing")
            frame.agents.extend(o for o in prep_objects(child) if not _deadline(o))
        elif passive and child.dep_ == "prep" and child.lower_ in {"on", "at"} and child.i > verb.i and any(
                g.dep_ in {"prep", "agent"} and g.lower_ == "by" for g in child.children):
            # "received on Tuesday by A, and on Wednesday by B", B's "by" hung on its day
            frame.agents.extend(o for g in child.children if g.dep_ in {"prep", "agent"} and g.lower_ == "by"
                                for o in prep_objects(g))
        elif child.dep_ in {"prep", "advmod"} and child.lower_ in {"along", "together"} and child.i > verb.i and any(
                w.dep_ == "prep" and w.lower_ == "with" for w in child.children) and (passive or any(
                    c.dep_ in OBJECT_DEPS for c in kids)):
            # "A and B were approved, along with C": C too (in an active clause, with the object)
            frame.patients.extend(o for w in child.children if w.dep_ == "prep" and w.lower_ == "with"
                                  for p in w.children if p.dep_ == "pobj" for o in list_items(p))
        elif passive and child.dep_ == "npadvmod" and child.ent_type_ == "PERSON" and any(
                c.dep_ == "agent" and c.i < child.i and not any(o.ent_type_ == "PERSON" for o in prep_objects(c))
                for c in kids):  # (not "led by X, ..., on behalf of the chair of Y, Z": X already)
            # "chaired by High Court of Cassation and Justice judge Marian Stoica", the name cut off its "by"
            frame.agents.append(child)
        elif passive and child.dep_ == "xcomp" and child.lemma_ in {"run", "stand", "contest"} and not any(
                c.dep_ == "agent" for c in kids):
            # "had been cleared to run by the CENA": the "by" phrase hung on "run" is the clearer
            frame.agents.extend(o for g in child.children if g.dep_ == "agent" for o in prep_objects(g))
        elif child.dep_ == "prep" or child.dep_ == "conj" and child.pos_ == "ADP" and child.lower_ != "by":
            frame.preps.setdefault(child.lower_, []).extend(prep_objects(child))  # ("met A and with B")
            if passive and child.lower_ == "as" and not any(c.dep_ == "agent" for c in kids):
                # "was reinstated as a candidate by the Supreme Court", the "by" phrase hung on the role
                frame.agents.extend(o for r in prep_objects(child) for g in r.children
                                    if g.dep_ in {"prep", "agent"} and g.lower_ == "by" for o in prep_objects(g)
                                    if not _deadline(o))
            again = repeated_prep(child)
            if again is not None:
                frame.preps[child.lower_].extend(prep_objects(again))
        elif child.dep_ in OBJECT_DEPS or (child.dep_ == "oprd" and (
                child.pos_ == "PROPN" or not any(c.dep_ in OBJECT_DEPS for c in kids))):
            frame.patients.extend(list_items(child))  # "named Anna Berg its candidate": read as a predicate
        elif child.dep_ == "dative":
            # "gave X the ticket" (X itself), "awarded the ticket to X" (the "to" phrase)
            frame.preps.setdefault("to", []).extend(prep_objects(child) if child.pos_ == "ADP" else list_items(child))
        elif child.dep_ in SUBJECT_DEPS and _causative(verb):
            # "their applications": the applications of whoever had them turned down
            owner = [c for c in child.children if c.dep_ == "poss" and c.lower_ in {"their", "his", "her"}]
            frame.patients.extend(subjects(verb.head) if owner else list_items(child))
        elif child.dep_ in SUBJECT_DEPS:
            if frame.agents and not passive:
                if all(a.ent_type_ in {"GPE", "LOC"} for a in frame.agents) and child.ent_type_ not in {"GPE", "LOC"}:
                    frame.agents = list_items(child)  # "New Delhi, Oct 15 (PTI) The Commission announced": the
                    # dateline read as a first subject
                elif all(a.pos_ == "NOUN" for a in frame.agents) and child.pos_ == "PROPN" \
                        and child.left_edge.i == frame.agents[-1].i + 1:
                    frame.agents = list_items(child)  # "The main opposition Samagi Jana Balawegaya fielded": the name
                elif _fronted_person([*frame.agents, child]):
                    frame.agents = list_items(child)  # "In the main opposition party, the PLRA, X won": the person
                elif any(g.dep_ == "poss" and g.lower_ == "whose" for g in child.children):
                    frame.agents = list_items(child)  # "X, whose party won the election", read as one clause: the
                    # party (X is the relative clause's antecedent)
                continue  # two subjects for one verb: a misparse; the first is the real one
            opening = child.left_edge
            if (child.tag_ == "VBG" or opening.i == opening.sent.start and opening.lower_.endswith("ing")
                    and opening.i < child.i) \
                    and (appos := next((c for c in child.children if c.dep_ == "appos"
                                        and c.pos_ in {"NOUN", "PROPN"}), None)) is not None:
                child = appos  # "Hearing appeals at X, the commission, headed by Y, accepted": the commission
            elif child.lower_ in {"governing", "ruling"} and (
                    owned := next((c for c in child.children if c.dep_ == "dobj"), None)) is not None:
                child = owned  # "Malta's governing Labour Party has won", read as a clause: the party
            (frame.patients if passive else frame.agents).extend(list_items(child))
        elif child.dep_ in PASSIVE_SUBJECT_DEPS:
            frame.patients = candidate_over_party([*frame.patients, *list_items(child)])
    if passive and not frame.patients and (subject := _participle_after_be(verb)) is not None:
        frame.patients.extend(list_items(subject))
    if not passive and not frame.agents:
        # "The commission had on March 1 validated X": the subject hung on "had", a phrase parting it from the verb
        stray = [g for c in kids if c.dep_ == "aux" and c.i < verb.i for g in c.children
                 if g.dep_ in SUBJECT_DEPS and g.i < c.i]
        if stray:
            frame.agents.extend(list_items(stray[0]))
    head = verb.head
    if verb.dep_ == "relcl" and rel is not None and rel.lower_ == "which" and head.pos_ == "PROPN" \
            and head.ent_type_ not in {"ORG", "GPE", "NORP", "LOC", "FAC"} and not head.is_lower:
        # "Cheikh Fall, leader of the Rally (RDS), which fielded him": "which" is never the person (a noun in
        # lower case, "the party's national council, which", is no one's name)
        head = _nonperson_before(rel) or head
    if verb.dep_ == "relcl" and rel is not None and rel.lower_ == "who" and rel.dep_ == "nsubj" and head.i < rel.i \
            and verb.tag_ in {"VBZ", "VBD"}:
        # "A and B, who leads the Progress Party", the clause hung on A: the last one named, B
        k = rel.i - 1
        while k > 0 and rel.doc[k].is_punct:
            k -= 1
        last = rel.doc[k]
        if last.i != head.i and last.pos_ == "PROPN" and last.dep_ == "conj" and any(
                a.i == head.i for a in last.ancestors):
            head = last
    if verb.dep_ == "relcl" and rel is not None and rel.lower_ in {"who", "whom"} and head.pos_ == "PROPN" \
            and rel.i - head.i > 3:
        # "A of X, B of Y and C, a deputy of Z, the lower house, whom the Communist Party nominated", the clause
        # hung on B: the person whose apposition runs up to it, C
        doc = rel.doc
        between = doc[head.i + 1:rel.i]
        # (not "X, the Chairperson of the outgoing Mejlis, who won", the body tagged as a person)
        nearest = next((t for t in reversed(between) if t.ent_type_ == "PERSON" and t.pos_ == "PROPN"
                        and t.dep_ != "compound" and not any(c.dep_ == "det" for c in t.children)), None)
        if nearest is not None and not any(t.pos_ in {"VERB", "AUX"} or t.lower_ in {"and", ";"}
                                           for t in doc[nearest.i + 1:rel.i]):
            head = nearest
    if verb.dep_ == "relcl" and rel is not None and rel.lower_ in {"who", "whom"} and head.pos_ == "PROPN" \
            and (head.ent_type_ != "PERSON" or head.dep_ == "pobj" and any(c.dep_ == "det" for c in head.children)):
        # "JEG named Kavita Kushwaha, who leads the RSD, as ...", the clause hung on the party: the person (also
        # "X, the Chairperson of the outgoing Mejlis, who won", the body tagged as a person)
        k = rel.i - 1
        while k > 0 and rel.doc[k].is_punct:
            k -= 1
        if rel.doc[k].ent_type_ == "PERSON" and rel.doc[k].pos_ == "PROPN" \
                and not any(c.dep_ == "det" for c in rel.doc[k].children):
            head = rel.doc[k]
        else:
            # "X, a member of the European Parliament who heads the mission": "who" is X, up past the body
            head = person_above(head) or head
    if verb.dep_ == "relcl" and rel is not None and rel.lower_ == "which":
        # "a delegation ..., led by its director, X, which is on a visit to Nepal": what X leads
        head = _led_by(head) or head
        if verb.lemma_ in {"head", "lead", "top"}:
            # "the list of the Coastal Party, which was headed by X": the list, not the party ("the Nuevas Ideas
            # list of deputies for San Salvador, which is headed by X": nor the place)
            node = head
            for _ in range(3):
                if node.dep_ != "pobj" or node.head.dep_ != "prep" or node.head.lower_ not in {"of", "for", "in"}:
                    break
                node = node.head.head
                if node.lemma_ in {"list", "slate", "ticket"}:
                    head = node
                    break
    if verb.dep_ == "relcl" and rel is not None and rel.lower_ == "whom" and rel.dep_ == "nsubj":
        # "a member of the House whom the ruling party fielded", parsed with "whom" as the subject
        frame.agents.extend(c for c in rel.children if c.dep_ == "nsubj")
        frame.patients.append(head)
    elif verb.dep_ == "relcl":
        first = head
        while first.dep_ in {"conj", "appos"} and first.head.i != first.i:
            first = first.head
        if rel is not None and rel.dep_ in {"nsubj", "nsubjpass"} and first.conjuncts and any(
                c.dep_ in {"aux", "auxpass"} and c.lower_ in {"were", "are", "have"} for c in kids):
            # "A and his running mate, B, who were put forward by X": the plural verb says both
            head = first
            (frame.agents if rel.dep_ == "nsubj" and not passive else frame.patients).extend(list_items(head))
        elif rel is not None and rel.dep_ == "nsubj" and not passive and (named := _among_those_named(head)):
            frame.agents.extend(named)  # "Among those who fell short was X": X
        elif rel is not None and rel.dep_ == "nsubj" and not passive:
            named = _named_before_in_date_phrase(head)
            # (X, the diplomat who heads Y", "the diplomat" misread as the subject of the sentence: X)
            frame.agents.append(named[-1] if named else head)
        elif rel is not None and rel.dep_ in {"nsubjpass", "dobj"}:
            frame.patients.append(head)
        elif rel is None and _whose_subject(verb):
            pass  # "the party, whose leader X is running in Y": the noun is the leader's, in no role of the verb
        elif rel is None and not passive and not any(c.dep_ in OBJECT_DEPS for c in kids):
            frame.patients.append(head)  # "the mission he is heading": the noun is the object
        elif rel is None and not frame.agents and not passive:
            frame.agents.append(head)
        elif rel is None and passive and not frame.patients:
            frame.patients.append(head)
    elif verb.dep_ in {"acl", "amod"} and (head.pos_ in {"NOUN", "PROPN"} or head.lower_ in QUANTIFIERS | {"one"}):
        doc = verb.doc
        if head.i < verb.i - 2 and doc[verb.i - 1].text == "," and doc[verb.i - 2].pos_ == "PROPN" \
                and any(t.text == ";" for t in doc[head.i:verb.i]):
            head = doc[verb.i - 2]  # "...; C, put forward by Z; and D": C, not a name across the semicolon
        if passive and verb.lemma_ in {"head", "lead", "chair"} and doc[verb.i - 1].text == "," \
                and not head.ent_type_ and head.dep_ in {"dobj", "pobj"} and head.head.dep_ in {"relcl", "acl"} \
                and head.head.head.pos_ in {"NOUN", "PROPN"}:
            # "An OSCE mission to observe the vote, headed by X, opened": the mission, not the vote
            frame.patients.append(head.head.head)
        elif passive and verb.lemma_ in {"head", "lead", "chair"} and head.dep_ == "conj" \
                and head.head.lemma_ in TEAM_HEAD_NOUNS and head.ent_type_ == "ORG" \
                and any(c.dep_ == "amod" and c.lower_ == "joint" for c in head.head.children):
            # "a joint mission of the EAC and the IGAD, headed by X", the second body read as the mission's conjunct
            frame.patients.append(head.head)
        elif passive and verb.lemma_ in {"head", "lead", "chair"} and not head.ent_type_ and head.pos_ == "NOUN" \
                and doc[verb.i - 1].ent_type_ == "ORG" and doc[verb.i - 1].head.i != head.i \
                and head.lemma_ not in {"delegation", "mission", "team", "group", "observer", "monitor", "list",
                                        "ticket", "slate", "coalition", "alliance", "contingent", "panel"}:
            # "on the recommendation of the Council of Ministers led by X": the body right before, not the noun
            frame.patients.append(doc[verb.i - 1])
        elif passive and verb.lemma_ in {"head", "lead", "chair"} and head.lemma_ not in TEAM_HEAD_NOUNS \
                and (closer := next(
                (t for t in doc[head.i + 1:verb.i] if t.dep_ == "conj" and t.ent_type_ == "ORG"
                 and t.pos_ == "PROPN" and t.right_edge.i == verb.i - 1), None)) is not None:
            # "the Labour Party of X and the Mauritian Militant Movement (MMM) led by Y": the body right before
            # (not in "a mission of the Office for Democratic Institutions and Human Rights led by Y": the mission)
            frame.patients.append(closer)
        elif passive and verb.lemma_ in {"head", "lead"} and head.pos_ == "PROPN" and head.dep_ == "pobj" \
                and head.head.lower_ in {"from", "of"} and doc[verb.i - 1].text != "," and (
                    head.head.head.lemma_ in TEAM_HEAD_NOUNS or doc[head.head.i - 1].lemma_ in TEAM_HEAD_NOUNS):
            # "received a delegation from the Australian Electoral Commission headed by X": the delegation
            # (also with "from" hung on "received")
            frame.patients.append(head.head.head if head.head.head.lemma_ in TEAM_HEAD_NOUNS
                                  else doc[head.head.i - 1])
        elif passive:
            frame.patients.append(_one_of(head))
        elif verb.tag_ == "VBG" or _main_verb_read_as_clause(verb):
            frame.agents.append(head)
        elif (described := _subject_behind_relative_clause(verb)) is not None:
            frame.agents.append(described)
    if passive and not frame.patients and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i >= 2 \
            and verb.doc[verb.i - 1].text == "," and verb.doc[verb.i - 2].ent_type_ == "PERSON":
        # "Registered were ... Victor Ciobanu, nominated by the ruling PAS", the participle hung on the main verb
        frame.patients.append(verb.doc[verb.i - 2])
    if frame.patients and not passive and verb.n_rights > 1:
        # "cleared A, parish treasurer B and C", the second item read as an adverbial noun with its name set beside
        frame.patients.extend(x for c in verb.rights if c.dep_ == "npadvmod" and c.pos_ == "NOUN"
                              and c.i > frame.patients[0].i and verb.doc[c.left_edge.i - 1].text == ","
                              for a in c.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"
                              for x in list_items(a))
        # "met Rusu at the presidency and later Cazacu at his headquarters": a second object, its verb gapped
        frame.patients.extend(c for c in verb.rights if c.dep_ == "conj" and c.pos_ == "PROPN"
                              and not any(g.dep_ in SUBJECT_DEPS for g in c.children))
    if frame.patients:
        # "called the presidential election on 13 February and the parliamentary elections on 19 March":
        # the second object, read as a conjunct of the first one's date
        for prep in kids:
            if prep.dep_ == "prep":
                for date in prep.children:
                    if date.dep_ == "pobj" and date.ent_type_ in {"DATE", "TIME"}:
                        frame.patients.extend(c for c in date.conjuncts if c.i > date.i and c.pos_ in {
                            "NOUN", "PROPN"} and c.ent_type_ not in {"DATE", "TIME"})
    if frame.agents in ([], [verb.head]) and not passive and verb.dep_ == "acl" \
            and verb.head.lemma_ in {"decision", "ruling", "move"}:
        # "upheld the commission's decision to register X": the commission's act, not the court's (nor the
        # decision's, "a decision barring X")
        owners = [c for c in verb.head.children if c.dep_ == "poss"]
        if not owners and verb.head.dep_ == "dobj" and verb.head.head.lemma_ in DECISION_KEEPING_VERBS:
            # "ECAP upheld a decision barring X", "the board issued a ruling removing X": the upholder's or
            # issuer's act (not "overturned a decision barring X")
            owners = subjects(verb.head.head)
        if owners:
            frame.agents[:] = owners
    if not frame.agents and not passive and verb.dep_ == "conj" and verb.tag_ == "VBD":
        # "will elect a new Assembly on June 27, after the Council of Ministers on Thursday adopted a decree",
        # the clause's subject read as the object of "after"
        frame.agents.extend(o for c in verb.head.children if c.dep_ == "prep" and c.i < verb.i
                            and c.lower_ in {"after", "before", "until", "once"} and verb.i - c.i <= 12
                            for o in prep_objects(c) if o.pos_ in {"NOUN", "PROPN"} and o.ent_type_ != "DATE")
    if not frame.agents and not passive and any(c.dep_ == "aux" for c in kids) \
            and not any(c.dep_ in SUBJECT_DEPS for c in kids):
        # "said that candidates fielded by X had won 22 seats", with "fielded" read as the clause's verb and
        # "had won" as another clause: the subject of that participle
        fielded = next((w for w in (verb.head, *verb.head.children) if w.i < verb.i and w.tag_ == "VBD"
                        and w.dep_ in {"ccomp", "conj", "ROOT"} and w.i != verb.i
                        and any(c.dep_ == "agent" for c in w.children)
                        and not any(c.dep_ in OBJECT_DEPS for c in w.children)), None)
        if fielded is not None:
            frame.agents.extend(x for c in fielded.children if c.dep_ == "nsubj" for x in list_items(c))
    if not frame.agents and not passive:
        frame.agents.extend(subjects(verb))
    if not passive and len(frame.agents) == 1 and (named := _named_before_in_date_phrase(frame.agents[0])):
        # "On Friday morning X and Y, the diplomat who heads the mission, held talks": the names read as
        # objects of "On", their apposition as the subject
        frame.agents[:] = named
    if not (frame.patients if passive else frame.agents):
        # "On Tuesday Halvorsen and her colleagues were received by X", the subject read as the object of
        # "On" with the day as its compound: the subject
        (frame.patients if passive else frame.agents).extend(_subject_in_date_phrase(verb))
    if not (frame.patients if passive else frame.agents) and verb.dep_ in {"ROOT", "ccomp"} \
            and not any(c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS for c in kids):
        # "In Magway Region, the NUP candidate, X, defeated Y", the subject read as an apposition of the place
        # ("In the Bani Harith district of Sanaa, the party's candidate, X, was declared elected")
        k = verb.i - 1
        while k > verb.sent.start and verb.doc[k].dep_ in {"aux", "auxpass"} and verb.doc[k].head.i == verb.i:
            k -= 1
        comma = verb.doc[k].text == ","
        while k > verb.sent.start and verb.doc[k].text == ",":
            k -= 1
        t = verb.doc[k]
        while t.dep_ == "appos" and t.head.dep_ == "appos" and t.head.i != t.i:
            t = t.head
        if comma and t.dep_ == "appos" and _in_phrase_on(t.head, verb):
            (frame.patients if passive else frame.agents).append(t)
    if not frame.agents and not passive and verb.dep_ == "ROOT":
        # "According to results published by the SEC, the X Movement won ...", the subject read as an
        # apposition inside the "according to" phrase: the name right before the verb
        lead = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "according" and c.i < verb.i), None)
        if lead is not None:
            frame.agents.extend(t for t in lead.subtree if t.dep_ == "appos" and t.head.dep_ == "pobj"
                                and verb.i - 6 <= t.right_edge.i < verb.i and t.pos_ in {"PROPN", "NOUN"})
    if not frame.patients and verb.dep_ == "conj" and verb.head.dep_ == "acl" \
            and any(c.dep_ == "agent" for c in kids) \
            and verb.head.tag_ == "VBN" and verb.head.head.pos_ in {"NOUN", "PROPN"}:
        frame.patients.append(verb.head.head)  # "Georgian Unity, founded and led by X": the party
    if not frame.patients and passive and verb.dep_ in {"conj", "xcomp"}:
        frame.patients.extend(subjects(verb))
    if not frame.patients and passive and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < head.i \
            and verb.i == verb.sent.start:
        # "Led by X, the mission includes 20 observers": the main clause's subject
        frame.patients.extend(c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"})
    if not frame.patients and passive and verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > head.i:
        # "X received a delegation of Y, led by Z": the object just before the participle is what is led
        objects = [c for c in head.children if c.dep_ in OBJECT_DEPS and c.right_edge.i < verb.i]
        if objects and objects[-1].right_edge.i >= verb.i - 5:
            frame.patients.append(objects[-1])
        elif verb.i >= 2 and verb.doc[verb.i - 1].text == "," and verb.doc[verb.i - 2].ent_type_ == "ORG" \
                and verb.lemma_ != "head":
            # "to register the list of the Union for X, led by Y" (a list is "headed by" its first candidate)
            frame.patients.append(verb.doc[verb.i - 2])
    if not frame.patients and passive:
        # "The group is co-chaired by X", parsed with the subject hung on "is"
        auxes = [a for a in kids if a.dep_ == "auxpass"]
        auxes += [a for x in auxes for a in x.children if a.dep_ in {"auxpass", "aux"}]  # "was co-led", split
        for aux in auxes:
            frame.patients.extend(c for c in aux.children if c.dep_ in SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS)
    if not frame.patients and _copular_participle(verb):
        frame.patients.extend(c for c in verb.head.children if c.dep_ in SUBJECT_DEPS)
        if not frame.patients and _split_re_participle(verb) and verb.head.i > 0 \
                and verb.doc[verb.head.i - 1].ent_type_ == "PERSON":
            # "In Abu Dhabi, X was re-elected", the name read as an apposition of the place: the name before "was"
            frame.patients.append(verb.doc[verb.head.i - 1])
    if not frame.patients and not passive:
        # "allowed X to contest the election", parsed as a clause "X to contest" of its own: X is the object
        for clause in kids:
            if clause.dep_ in {"ccomp", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                frame.patients.extend(c for c in clause.children if c.dep_ == "nsubj" and c.i > verb.i)
    if not frame.patients and not passive and verb.pos_ == "VERB" and any(
            c.dep_ == "prep" and c.lower_ == "among" for c in kids):
        # "He will face, among others, A and B": the object after an aside, read as an adverbial
        frame.patients.extend(x for c in verb.rights if c.dep_ == "npadvmod" and c.ent_type_ == "PERSON"
                              and c.pos_ == "PROPN" for x in list_items(c))
    if not frame.patients and not passive and verb.pos_ == "VERB":
        # "nominated for the presidency Sisa Quishpe": the object moved after a prepositional phrase
        for prep in verb.rights:
            if prep.dep_ == "prep":
                for pobj in prep.children:
                    late = [c for c in pobj.children if c.dep_ == "appos" and c.pos_ == "PROPN"
                            and c.left_edge.i == pobj.i + 1 and pobj.ent_type_ != "PERSON" and pobj.pos_ == "NOUN"]
                    frame.patients.extend(late[:1])
    if frame.patients and not passive:
        frame.patients.extend(_running_mates(verb, frame.patients))
        # "accepted the candidacy of A, ..., and that of B", with "that" read as a second verb's conjunct
        frame.patients.extend(c for c in kids if c.dep_ == "conj" and c.lower_ in {"that", "those"}
                              and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children))
    small = small_clause(verb)
    if not frame.patients and small is not None:
        # "declared A and B eligible", parsed as a clause "A and B eligible": its subjects are the objects
        for c in small[1]:
            frame.patients.extend(list_items(c))
    above = _relative_clause_above(verb)
    if above is not None:
        clause = above
        rel = relative_pronoun(clause)
        if not frame.patients and rel is not None and rel.lower_ == "whom" and rel.dep_ == "nsubj" \
                and sum(c.dep_ == "nsubj" for c in clause.children) > 1:
            frame.patients.append(person_above(clause.head) or clause.head)  # "whom" misread as the subject
        # "X, whom the commission refused to register": "whom" is X ("X, the party's candidate in the
        # Tushino district, whom ...": X, not the district)
        person = clause.head if clause.head.ent_type_ == "PERSON" else person_above(clause.head) or clause.head
        frame.patients = [person if t.lower_ in {"whom", "who"} and t.tag_ == "WP" else t for t in frame.patients]
    if not any(a.ent_type_ == "ORG" for a in frame.agents) and not passive and verb.lemma_ in ANNOUNCING_VERBS \
            and verb.dep_ in {"advcl", "ccomp"} and verb.i > 0 and not any(c.dep_ == "nsubj" for c in kids):
        # "Kerala will vote on April 9 to elect a new Assembly, the Election Commission of India (ECI) announced",
        # the body read as an apposition of the Assembly: the noun phrase just before the verb
        prev = verb.doc[verb.i - 1]
        before = prev if prev.dep_ == "appos" and prev.pos_ == "PROPN" else next(
            (c for c in prev.ancestors if c.dep_ == "appos" and c.right_edge.i == verb.i - 1 and c.pos_ == "PROPN"),
            None)
        if before is not None and before.ent_type_ == "ORG":
            frame.agents = [before]
    if (not frame.agents or len(frame.agents) == 1 and _dateline_word(frame.agents[0])) and not passive \
            and verb.i > 0:
        # "ISTANBUL, April 2 (Wire) - Istanbul Mayor X won", X read as an adverb (and the dateline maybe as the
        # subject): the name right before the verb
        prev = verb.doc[verb.i - 1]
        if prev.ent_type_ == "PERSON" and prev.head.i == verb.i and prev.dep_ in {"advmod", "npadvmod", "dep"}:
            frame.agents = [prev]
    if frame.patients and verb.tag_ == "VBD":
        # "turned down the applications of A and engineer B", "engineer" read as a second verb with B its
        # object: B is another object of this one
        for c in kids:
            if c.dep_ == "conj" and c.tag_ == "VB" and c.is_lower and not any(
                    g.dep_ in {"nsubj", "aux", "auxpass", "neg"} for g in c.children):
                frame.patients.extend(o for o in c.children if o.dep_ in OBJECT_DEPS and o.ent_type_ == "PERSON"
                                      and o.left_edge.i == c.i + 1)
    return frame


def _dateline_word(token: Token) -> bool:
    """The all-capitals place a dateline opens with ("ISTANBUL, April 2 (Wire) -")."""
    doc = token.doc
    return token.i == token.sent.start and token.is_upper and len(token.text) > 2 and token.i + 1 < len(doc) \
        and doc[token.i + 1].text == ","


def _one_of(noun: Token) -> Token:
    """"X, one of 123 candidates nominated by Y": the participle on "one" or on "candidates" is said of X."""
    one = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        one = noun.head.head
    if one.lower_ == "one" and one.dep_ == "appos" and one.head.pos_ == "PROPN":
        return one.head
    return noun


TEAM_HEAD_NOUNS = frozenset({"delegation", "mission", "team", "group"})


def candidate_over_party(subjects: list[Token]) -> list[Token]:
    """"Citizens Coalition for Change (CCC) candidate X has been declared winner", the party read as a subject of
    its own beside X: X."""
    named = [t for t in subjects if t.ent_type_ == "PERSON" and any(
        c.dep_ == "compound" and c.lemma_ in {"candidate", "nominee"} for c in t.children)]
    if named and len(named) < len(subjects) and all(t.ent_type_ == "ORG" for t in subjects if t not in named):
        return named
    return subjects


def person_above(node: Token) -> Token | None:
    """The named person a phrase hangs from, up through prepositions and appositions: "X, a member of the
    European Parliament", "X, the party's candidate in the Tushino district" (X, whatever the NER typed)."""
    for _ in range(5):
        if node.dep_ not in {"pobj", "prep", "appos"} or node.head.i == node.i:
            return None
        came_by = node.dep_
        node = node.head
        if node.pos_ == "PROPN" and (node.ent_type_ == "PERSON" or came_by == "appos"):
            return node
    return None


def _relative_clause_above(verb: Token) -> Token | None:
    """The relative clause a controlled verb sits in: "refused" in "X, whom Y refused to register"."""
    node = verb
    for _ in range(3):
        if node.dep_ not in {"xcomp", "ccomp"} or node.head.i == node.i:
            return None
        node = node.head
        if node.dep_ == "relcl":
            return node
    return None


def small_clause(verb: Token) -> tuple[Token, list[Token]] | None:
    """The adjective of "declared X eligible" / "found X ineligible" when the parse makes it a clause
    with X as its subject, or of "ruled that X was ineligible"; and that clause's subjects."""
    for c in verb.children:
        if c.dep_ in {"ccomp", "oprd"} and c.pos_ == "ADJ":
            subjects = [g for g in c.children if g.dep_ in SUBJECT_DEPS]
            if subjects:
                return c, subjects
        elif c.dep_ == "ccomp" and c.lemma_ == "be" and not any(g.dep_ == "neg" for g in c.children):
            subjects = [g for g in c.children if g.dep_ in SUBJECT_DEPS]
            adjective = next((g for g in c.children if g.dep_ == "acomp" and g.pos_ == "ADJ"), None)
            if subjects and adjective is not None and not any(g.dep_ == "neg" for g in adjective.children):
                return adjective, subjects
    return None


def _led_by(noun: Token) -> Token | None:
    """The thing a person (or their title) is the "by" phrase of: "a delegation, led by its director"."""
    if noun.ent_type_ != "PERSON" and not any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in noun.children):
        return None
    if noun.dep_ == "appos":
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "agent":
        return None
    verb = noun.head.head
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ == "advcl":
        objects = [c for c in verb.head.children if c.dep_ in OBJECT_DEPS and c.i < verb.i]
        return objects[-1] if objects else None
    return None


def _nonperson_before(rel: Token) -> Token | None:
    """The noun just before a relative pronoun, past punctuation and brackets, unless it is a person."""
    doc = rel.doc
    k = rel.i - 1
    while k >= 0 and doc[k].is_punct:
        k -= 1
    if k < 0 or doc[k].ent_type_ == "PERSON" or doc[k].pos_ not in {"PROPN", "NOUN"}:
        return None
    token = doc[k]
    if token.dep_ == "appos" and doc[k + 1].text == ")":
        token = token.head  # "the Senegalese Democratic Rally (RDS), which": the name, not its acronym
    return token


def governing_verb(noun: Token) -> Token | None:
    """The verb an event noun hangs from: "is on a *visit*" -> "is", "held *talks*" -> "held"."""
    node = noun
    for _ in range(6):
        if node.head.i == node.i:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
        if node.dep_ not in {"pobj", "prep", "dobj", "attr", "conj", "appos", "npadvmod", "nsubj"} and \
                node.pos_ not in {"ADP", "NOUN", "PROPN"}:
            return None
    return None

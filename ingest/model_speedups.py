"""Faster runs of two rule components of the trained pipeline, with the same output.

Both do per-token Python work that dominates their time on news text, and both compute a function of
a few token attributes, so they can work on the document's token array and cache by those attributes.

**The attribute ruler** maps each fine-grained tag (with a few word and dependency exceptions) to a
coarse part of speech and morphology. It finds where its rules apply with a general `Matcher`, which
tests every token against every rule: in `en_core_web_sm` some 180 rules, and about 14% of the
model's time on news text. Its rules are all fixed-length token sequences whose conditions compare
a token's tag, lower-case form, dependency label or whitespace flag with a value, a set of values or
a regular expression. `compile_attribute_ruler` compiles them into a function that returns the same
match list as the ruler's own `match`; the ruler then sets the attributes as before. A ruler with
any rule outside that form (another operator, a quantifier, another attribute) is left alone.

**The rule lemmatizer** sets each token's lemma from its form, part of speech and morphology, one
token object at a time. `CachedLemmas` reads those three from the token array, asks the lemmatizer
once per distinct triple, and writes the lemmas back as an array.

`speed_up(nlp)` installs both where the pipeline has them. `tests/unit/test_model_speedups.py`
compares the results with spaCy's own on text.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc

# the token attributes a rule may test, and the column each takes in the token array
COLUMNS = {"TAG": TAG, "LOWER": LOWER, "ORTH": ORTH, "DEP": DEP, "IS_SPACE": IS_SPACE}
ATTR_IDS = list(COLUMNS.values())
COLUMN_OF = {name: i for i, name in enumerate(COLUMNS)}
TAG_COLUMN = COLUMN_OF["TAG"]

Match = tuple[int, int, int, int]  # (rule index, match id, start, end), as AttributeRuler.match gives
Condition = tuple[int, str, Any]  # (column, "eq" | "in" | "not_in" | "regex", value)


class _Unsupported(Exception):
    """A rule the vectorised matcher cannot evaluate exactly."""


def _condition(vocab_strings: Any, name: str, value: Any) -> Condition:
    if name not in COLUMNS:
        raise _Unsupported(name)
    column = COLUMN_OF[name]
    if name == "IS_SPACE":
        if not isinstance(value, bool):
            raise _Unsupported(name)
        return column, "eq", int(value)
    if isinstance(value, str):
        return column, "eq", vocab_strings.add(value)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op in ("IN", "NOT_IN") and isinstance(arg, list) and all(isinstance(v, str) for v in arg):
            return column, op.lower(), frozenset(vocab_strings.add(v) for v in arg)
        if op == "REGEX" and isinstance(arg, str):
            return column, "regex", re.compile(arg)
    raise _Unsupported(f"{name}: {value!r}")


def _compile_pattern(vocab_strings: Any, pattern: list[dict[str, Any]]) -> list[list[Condition]]:
    compiled = []
    for spec in pattern:
        if not isinstance(spec, dict) or not spec or "OP" in spec:
            raise _Unsupported(repr(spec))
        compiled.append([_condition(vocab_strings, name, value) for name, value in spec.items()])
    return compiled


class VectorMatcher:
    """The ruler's rules, evaluated a token signature or a token array at a time.

    One-token rules (all but a handful) depend only on the token's own attributes, so the rules a
    token meets are worked out once per distinct (tag, lower, orth, dep, space) signature and
    cached; longer rules are evaluated over the document's token array with numpy.
    """

    CACHE_LIMIT = 200_000

    def __init__(self, ruler: AttributeRuler) -> None:
        strings = ruler.vocab.strings
        self.strings = strings
        self.single: list[tuple[int, int, list[Condition]]] = []
        self.longer: list[tuple[int, int, list[list[Condition]]]] = []
        # rule i is the matcher key str(i), as AttributeRuler.add stores it
        for i in range(len(ruler.attrs)):
            key = str(i)
            match_id = strings.add(key)
            for pattern in ruler.matcher.get(key)[1]:
                compiled = _compile_pattern(strings, pattern)
                if len(compiled) == 1:
                    self.single.append((i, match_id, compiled[0]))
                else:
                    self.longer.append((i, match_id, compiled))
        # one-token rules that need one tag, by that tag; the others are tried on every token
        by_tag: dict[int, list[tuple[int, int, list[Condition]]]] = {}
        any_tag = []
        for rule in self.single:
            tags = [value for column, op, value in rule[2] if column == TAG_COLUMN and op == "eq"]
            if tags:
                by_tag.setdefault(tags[0], []).append(rule)
            else:
                any_tag.append(rule)
        self._by_tag = {tag: tuple(rules) for tag, rules in by_tag.items()}
        self._any_tag = tuple(any_tag)
        self._rules_of: dict[tuple[int, ...], list[tuple[int, int]]] = {}
        self._regex_cache: dict[tuple[str, int], bool] = {}

    def _regex_hit(self, regex: re.Pattern[str], value: int) -> bool:
        key = (regex.pattern, value)
        hit = self._regex_cache.get(key)
        if hit is None:
            hit = self._regex_cache[key] = bool(regex.search(self.strings[value]))
        return hit

    def _meets(self, conditions: list[Condition], row: tuple[int, ...]) -> bool:
        for column, op, value in conditions:
            v = row[column]
            if op == "eq":
                ok = v == value
            elif op == "in":
                ok = v in value
            elif op == "not_in":
                ok = v not in value
            else:
                ok = self._regex_hit(value, v)
            if not ok:
                return False
        return True

    def _single_rules(self, row: tuple[int, ...]) -> list[tuple[int, int]]:
        rules = self._rules_of.get(row)
        if rules is None:
            if len(self._rules_of) >= self.CACHE_LIMIT:
                self._rules_of.clear()
            candidates = self._by_tag.get(row[TAG_COLUMN], ()) + self._any_tag
            rules = self._rules_of[row] = sorted((i, m) for i, m, conditions in candidates
                                                 if self._meets(conditions, row))
        return rules

    def __call__(self, doc: Doc) -> list[Match]:
        n = len(doc)
        if n == 0:
            return []
        table = doc.to_array(ATTR_IDS).astype("uint64").reshape(n, len(ATTR_IDS))
        matches: list[Match] = []
        for s, row in enumerate(map(tuple, table.tolist())):
            matches.extend((i, m, s, s + 1) for i, m in self._single_rules(row))
        for index, match_id, pattern in self.longer:
            width = len(pattern)
            starts = n - width + 1
            if starts <= 0:
                continue
            mask = numpy.ones(starts, dtype=bool)
            regexes = []
            for offset, conditions in enumerate(pattern):
                for column, op, value in conditions:
                    values = table[offset:offset + starts, column]
                    if op == "eq":
                        mask &= values == value
                    elif op in ("in", "not_in"):
                        found = numpy.isin(values, numpy.fromiter(value, dtype="uint64", count=len(value)))
                        mask &= found if op == "in" else ~found
                    else:
                        regexes.append((offset, column, value))
            for s in numpy.flatnonzero(mask).tolist():
                if all(self._regex_hit(regex, int(table[s + offset, column])) for offset, column, regex in regexes):
                    matches.append((index, match_id, s, s + width))
        matches.sort()
        return matches


def compile_attribute_ruler(ruler: AttributeRuler) -> Callable[[Doc], list[Match]] | None:
    """The vectorised equivalent of `ruler.match`, or None when a rule is outside its reach."""
    try:
        return VectorMatcher(ruler)
    except _Unsupported:
        return None


def speed_up_attribute_ruler(nlp: Language) -> bool:
    """Give the pipeline's attribute ruler the vectorised matcher; False if it has none to give."""
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler):
        return False
    matcher = compile_attribute_ruler(ruler)
    if matcher is None:
        return False
    # the ruler's __call__ calls self.match, then sets the attributes from the matches
    ruler.match = matcher  # type: ignore[method-assign,assignment]
    return True


class CachedLemmas:
    """`Lemmatizer.pipe` for a rule lemmatizer: the lemma of each (form, part of speech, morphology)
    is asked of the lemmatizer once (its answer depends on nothing else), then set by array."""

    CACHE_LIMIT = 200_000

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        # the lemma's text, not its hash: a memory zone (`nlp.memory_zone()`, as the worker runs batches) forgets
        # the strings first added inside it, so each document adds its lemmas to the string store again
        self._lemma_of: dict[tuple[int, int, int], str] = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self.lemmatizer
        if not lemmatizer._validated:
            lemmatizer._validate_tables(Errors.E1004)
        n = len(doc)
        if n == 0:
            return doc
        table = doc.to_array([ORTH, POS, MORPH, LEMMA]).astype("uint64").reshape(n, 4)
        lemmas = table[:, 3].copy()
        strings = doc.vocab.strings
        overwrite = lemmatizer.overwrite
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if overwrite or lemma == 0:
                key = (orth, pos, morph)
                value = self._lemma_of.get(key)
                if value is None:
                    if len(self._lemma_of) >= self.CACHE_LIMIT:
                        self._lemma_of.clear()
                    value = self._lemma_of[key] = lemmatizer.lemmatize(doc[i])[0]
                lemmas[i] = strings.add(value)
        doc.from_array([LEMMA], lemmas.reshape(n, 1))  # type: ignore[arg-type]
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        error_handler = self.lemmatizer.get_error_handler()
        for doc in stream:
            try:
                yield self(doc)
            except Exception as e:
                error_handler(self.lemmatizer.name, self.lemmatizer, [doc], e)


def speed_up_lemmatizer(nlp: Language) -> bool:
    """Give a rule lemmatizer the array-wise `pipe`; False if the pipeline has none."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe("lemmatizer")
    if not isinstance(lemmatizer, Lemmatizer) or lemmatizer.mode != "rule":
        return False
    # nlp.pipe calls a component's `pipe`; nlp(text) still calls the lemmatizer itself
    lemmatizer.pipe = CachedLemmas(lemmatizer).pipe  # type: ignore[method-assign,assignment]
    return True


def speed_up(nlp: Language) -> list[str]:
    """Install both speed-ups where the pipeline allows; the names of the components sped up."""
    done = []
    if speed_up_attribute_ruler(nlp):
        done.append("attribute_ruler")
    if speed_up_lemmatizer(nlp):
        done.append("lemmatizer")
    return done

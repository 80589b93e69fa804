"""The array-wise attribute ruler and lemmatizer against spaCy's own, on text written for these tests."""
from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from ingest.model_speedups import compile_attribute_ruler, speed_up, speed_up_attribute_ruler, speed_up_lemmatizer
from ingest.pipeline import load_model
from ingest.settings import ExtractSettings

# sentences that reach the word and dependency exceptions as well as the tag rules: contractions,
# "gonna", "y'all", expletive "there", auxiliaries, determiners used as pronouns, "but" as an
# adverb, pronoun case, runs of whitespace and a line break
TEXTS = [
    "The Electoral Board of Norvania said on Tuesday that it had approved 14 candidates.",
    "I told you it ain't over, and y'all are gonna see it; let's wait.  Then we'll vote.",
    "There were three parties, but only that one was registered.\n\nWhich did they pick?",
    "She has been named by the Forward Union Party, which is led by Marta Kellenberg.",
    "They gotta say c'mon, it was I who did it, but I did not have the numbers.",
    "He saw the old saw, then left by the left door; the meeting was meeting again.",
    "",
    "Hello",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model(ExtractSettings().spacy_model)


def test_same_matches_as_spacys_matcher(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    fast = compile_attribute_ruler(ruler)
    assert fast is not None
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    total = 0
    for doc in docs:
        expected = ruler.match(doc)
        assert fast(doc) == expected, doc.text
        assert fast(doc) == expected, doc.text  # again, from the cache of token signatures
        total += len(expected)
    assert total > 50


def test_same_token_attributes_through_the_whole_pipeline() -> None:
    stock = load_model(ExtractSettings().spacy_model)
    quick = load_model(ExtractSettings().spacy_model)
    assert speed_up(quick) == ["attribute_ruler", "lemmatizer"]
    attrs = [TAG, POS, MORPH, LEMMA, DEP]
    for _ in range(2):  # the second time from the caches
        for a, b in zip(stock.pipe(TEXTS), quick.pipe(TEXTS), strict=True):
            assert (a.to_array(attrs) == b.to_array(attrs)).all(), a.text
            assert [(t.lemma_, str(t.morph)) for t in a] == [(t.lemma_, str(t.morph)) for t in b]


def test_lemmas_set_by_the_ruler_are_kept() -> None:
    # the ruler lemmatises "gonna" as "go" + "to"; the lemmatizer only fills lemmas still unset
    quick = load_model(ExtractSettings().spacy_model)
    speed_up(quick)
    [doc] = list(quick.pipe(["They are gonna vote, and the votes were counted."]))
    assert [t.lemma_ for t in doc][2:4] == ["go", "to"]
    assert {t.text: t.lemma_ for t in doc}["votes"] == "vote"
    assert {t.text: t.lemma_ for t in doc}["were"] == "be"


def test_pipelines_without_the_components_are_left_alone() -> None:
    nlp = load_model(ExtractSettings().spacy_model)
    nlp.remove_pipe("attribute_ruler")
    nlp.remove_pipe("lemmatizer")
    assert not speed_up_attribute_ruler(nlp)
    assert not speed_up_lemmatizer(nlp)
    assert speed_up(nlp) == []


def test_a_rule_it_cannot_evaluate_leaves_spacys_matcher(nlp: Language) -> None:
    ruler = AttributeRuler(nlp.vocab)
    ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})
    assert compile_attribute_ruler(ruler) is not None
    ruler.add([[{"LOWER": "very", "OP": "+"}]], {"POS": "ADV"})
    assert compile_attribute_ruler(ruler) is None
    other = AttributeRuler(nlp.vocab)
    other.add([[{"LENGTH": {">=": 3}}]], {"POS": "X"})
    assert compile_attribute_ruler(other) is None


def test_lemmas_survive_memory_zones() -> None:
    # a memory zone forgets the strings first added inside it; the cache must not hand out their hashes later
    stock = load_model(ExtractSettings().spacy_model)
    quick = load_model(ExtractSettings().spacy_model)
    speed_up(quick)
    text = "The Zworbelian delegates were zworbling the ballots while the commissioners zworbled."
    for _ in range(2):
        with quick.memory_zone():
            [doc] = list(quick.pipe([text]))
            lemmas = [t.lemma_ for t in doc]
        with stock.memory_zone():
            [ref] = list(stock.pipe([text]))
            assert lemmas == [t.lemma_ for t in ref]

"""The attribute ruler as lookups gives the stock ruler's parts of speech, morphology and lemmas."""

from __future__ import annotations

import spacy
from spacy.pipeline import AttributeRuler

from detente.evaluation.corpus import load_split
from detente.extract.attributes import Lemmas, compile_ruler
from detente.extract.sentences import split

from .test_gate import DEV

# Sentences that exercise the model's patterns of several tokens and its predicates (IN, NOT_IN,
# REGEX, dependency labels, spaces).
TRICKY = [
    "I'm gonna go, y'all ain't seen nothin' yet, and we got ta leave.",
    "Let's c'm on: there is a cat, there were two.\n\n  Do you have it? I did, it gets it.",
    "That is what they said, though it was not true and he didn't care whether it rained.",
]


def _signature(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_) for t in doc]


def _texts(limit=400):
    items = load_split(DEV)
    texts = [s.text for item in items for s in split(item.document.text)]
    return TRICKY + texts[:limit]


def test_lookups_match_the_ruler(spacy_extractor):
    nlp = spacy_extractor.nlp
    ruler = nlp.get_pipe("attribute_ruler")
    fast = compile_ruler(ruler)
    assert fast is not None
    before = ["tok2vec", "tagger", "parser"]
    texts = _texts()
    stock = [
        ruler(d) for d in nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n not in before])
    ]
    ours = [
        fast(d) for d in nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n not in before])
    ]
    lemmatizer = nlp.get_pipe("lemmatizer")
    for a, b in zip(stock, ours, strict=True):
        assert _signature(lemmatizer(a)) == _signature(lemmatizer(b))
    # the multi-token patterns did fire: "gonna" is lemmatised "go" + "to"
    assert [t.lemma_ for t in ours[0]][2:4] == ["go", "to"]


def test_unhandled_patterns_keep_the_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "a"}, {"LOWER": "b", "OP": "?"}]], {"LEMMA": "x"})
    assert compile_ruler(ruler) is None
    other = spacy.blank("en").add_pipe("attribute_ruler")
    other.add([[{"SHAPE": "dd"}]], {"LEMMA": "n"})
    assert compile_ruler(other) is None


def test_cache_is_bounded(spacy_extractor, monkeypatch):
    from detente.extract import attributes

    monkeypatch.setattr(attributes, "CACHE_SIZE", 5)
    fast = compile_ruler(spacy_extractor.nlp.get_pipe("attribute_ruler"))
    assert fast is not None
    for text in TRICKY:
        fast(spacy_extractor.nlp.make_doc(text))
        assert len(fast._cache) <= 5


def test_lemmas_match_the_lemmatizer(spacy_extractor):
    """Remembered lemmas are the rule lemmatizer's, on the tokens it sets (not the ruler's)."""
    nlp = spacy_extractor.nlp
    lemmatizer = nlp.get_pipe("lemmatizer")
    fast = Lemmas.of(lemmatizer)
    assert fast is not None
    texts = _texts(200) * 2  # the second time round from the cache
    keep = [n for n in nlp.pipe_names if n not in ("lemmatizer", "ner")]
    stock = [
        lemmatizer(d) for d in nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n not in keep])
    ]
    ours = list(fast.pipe(nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n not in keep])))
    for a, b in zip(stock, ours, strict=True):
        assert _signature(a) == _signature(b)
    assert [t.lemma_ for t in ours[0]][2:4] == ["go", "to"]  # set by the ruler, kept
    assert any(t.lemma_ != t.lower_ for d in ours for t in d if t.pos_ == "VERB")


def test_lemmas_only_for_the_rule_lemmatizer():
    nlp = spacy.blank("en")
    assert Lemmas.of(nlp.add_pipe("lemmatizer", config={"mode": "lookup"})) is None
    assert Lemmas.of(nlp.add_pipe("sentencizer")) is None

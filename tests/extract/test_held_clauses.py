"""Words and clauses telling that someone was held (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract import held_clauses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soto, who had served twelve years of a life sentence, was flown to Lima.", True),
        ("Soto, who was detained in Cusco in 2022, was flown to Lima.", True),
        ("Soto, who spent nine years behind bars, was flown to Lima.", True),
        # a post served, a sentence in absentia, no "who" clause
        ("Soto, who had served as ambassador, was flown to Lima.", False),
        ("Soto, who was sentenced in absentia, was flown to Lima.", False),
        ("Soto, a former prisoner, was flown to Lima.", False),
    ],
)
def test_held_who_clause(spacy_extractor, text, expected):
    doc = spacy_extractor.nlp(text)
    assert held_clauses.held_who_clause(doc[0]) is expected


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Russia handed over 230 prisoners in exchange for 248 soldiers held by Ukraine.",
         "exchange for 248 soldiers held by Ukraine"),
        ("Kyiv sent back 20 sailors in return for 12 fishermen jailed in Crimea.",
         "return for 12 fishermen jailed in Crimea"),
        # no price phrase: the custody words are the verb's own
        ("Ukraine handed 23 Russian prisoners to a prison in Russia.", ""),
    ],
)  # fmt: skip
def test_price_phrase(spacy_extractor, text, phrase):
    doc = spacy_extractor.nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("hand", "send"))
    ids = held_clauses.price_phrase(verb)
    assert " ".join(t.text for t in doc if t.i in ids) == phrase

"""Acts another state copies: which "follow" or "do" tells the act told before (own-words
sentences, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import copies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway froze the accounts, and Iceland followed suit.", True),
        ("Norway froze the accounts, and Iceland did the same.", True),
        ("Norway froze the accounts, and Iceland followed the next day.", True),
        ("Norway froze the accounts, and Iceland followed within a week.", True),
        ("The step followed months of quiet talks.", False),
        ("Iceland followed the ruling closely.", False),
    ],
    ids=["suit", "the-same", "time-object", "time-phrase", "object-of-its-own", "a-ruling"],
)
def test_follows_suit(spacy_extractor, text, expected):
    doc = spacy_extractor.nlp(text)
    verb = next(t for t in doc if t.lemma_ in ("follow", "do") and t.pos_ == "VERB")
    assert copies.follows_suit(verb) is expected

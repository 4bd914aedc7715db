"""What a "remain" word keeps (stock_holders.remains_otherwise): people still unaccounted for, missing
or on a blacklist are no stock (guide, session 19), people remaining in custody are one (own-words
sentences, published 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def stocks(extractor, text):
    return [(s.country, s.count) for s in extractor(inline(text, "2025-06-14")).stocks]


@pytest.mark.parametrize(
    "text",
    [
        "Kabul says at least seven of its citizens remain unaccounted for after being detained on "
        "the Pakistani side.",
        "Officials said at least one more American remains missing in Afghanistan.",
        "Officials said more than 100 people remained on US blacklists.",
    ],
)
def test_remaining_out_of_custody_is_no_stock(spacy_extractor, text):
    assert stocks(spacy_extractor, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kabul says at least seven of its citizens remain in Pakistani custody.", [("PAK", 7)]),
        ("Officials said at least two more Americans remain in prison in Afghanistan.",
         [("AFG", 2)]),
    ],
)  # fmt: skip
def test_remaining_in_custody_is_a_stock(spacy_extractor, text, expected):
    assert stocks(spacy_extractor, text) == expected

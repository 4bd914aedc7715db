"""Words in a roster that name no member (own sentences, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import roster_names


@pytest.mark.parametrize(
    ("text", "owners"),
    [
        ("Those listed include the Federation Council speaker Vera Lis.", {"Federation", "Council"}),
        ("Those listed include a Revolutionary Guards intelligence unit.", {"Revolutionary", "Guards"}),
        ("The list includes the Nicaraguan Army's pension institute.", {"Nicaraguan", "Army"}),
        # the noun says what the named body is: the name is the member
        ("Those listed include the IRIB news agency and the Qarchak prison.", set()),
        ("Those listed include the tanker operator Sun Ship Management.", set()),
    ],
)  # fmt: skip
def test_owner_name(spacy_extractor, text, owners):
    doc = spacy_extractor.nlp(text)
    assert {t.text for t in doc if roster_names.owner_name(t)} == owners


def test_bracketed(spacy_extractor):
    doc = spacy_extractor.nlp(
        "Those listed include Sergei Glazyev (Sergey Glaziev in some spellings)."
    )
    assert [doc[i].text for i in sorted(roster_names.bracketed(doc[:]))] == [
        "(", "Sergey", "Glaziev", "in", "some", "spellings", ")"
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "whole"),
    [
        ("Those listed are Al Junaid Multi Activities Co and Tradive General Trading.",
         "General Trading", "Tradive General Trading"),
        ("Those listed are Al Junaid Multi Activities Co and Tradive General Trading.",
         "Al Junaid", "Al Junaid Multi Activities Co"),
        # a title before a person's name is no part of it
        ("Those listed include Interior Minister Nestor Reverol.", "Nestor Reverol",
         "Nestor Reverol"),
    ],
)  # fmt: skip
def test_whole_name(spacy_extractor, text, name, whole):
    doc = spacy_extractor.nlp(text)
    assert roster_names.whole_name(name, list(doc)) == whole

"""Sectors a participle clause of effect adds to a sanctions act (own-words sentences through the
extractor, published 14 June 2025): "…, freeing Iranian oil sales" says what the act bears on; a
clause of speech or reason, or a finite clause of another act inside it, does not."""

from __future__ import annotations

import pytest

from detente.extract import act_effects

from .builders import inline


def _sectors(extractor, text):
    return [(e.type, e.actor, e.sectors) for e in extractor(inline(text)).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ottawa on Monday imposed broad sanctions on Moldova, targeting its state banks and "
            "its arms trade.",
            [("sanctions_imposed", "CAN", ["banking", "defense"])],
            id="targeting",
        ),
        pytest.param(
            "Tokyo lifted its remaining sanctions on Fiji on Tuesday, ending defence "
            "restrictions imposed after the coup.",
            [("sanctions_eased", "JPN", ["defense"])],
            id="ending-restrictions",
        ),
        pytest.param(
            "The European Union on Thursday adopted new sanctions against Belarus, restricting "
            "trade in potash and tobacco.",
            [("sanctions_imposed", "EU", ["potash", "tobacco"])],
            id="restricting-trade",
        ),
        pytest.param(
            "The European Union on Monday lifted its sanctions on Iran, allowing European "
            "companies to work with Iranian banks.",
            [("sanctions_eased", "EU", ["banking"])],
            id="what-the-effect-lets-someone-do",
        ),
        # negatives: the same words in a clause of speech or reason, or of another act
        pytest.param(
            "Ottawa on Monday imposed sanctions on Moldova, accusing its officials of selling "
            "arms to smugglers.",
            [("sanctions_imposed", "CAN", [])],
            id="a-clause-of-reason-names-no-sector",
        ),
        pytest.param(
            "Ottawa on Monday imposed sanctions on Moldova, saying bank fraud had gone unpunished.",
            [("sanctions_imposed", "CAN", [])],
            id="a-clause-of-speech-names-no-sector",
        ),
    ],
)
def test_effect_clause_sectors(spacy_extractor, text, expected):
    assert _sectors(spacy_extractor, text) == expected


def test_effect_clause_lists_no_name(spacy_extractor):
    """Names in the clause are read only for sectors: the network banks are reconnected to is not
    listed."""
    (event,) = spacy_extractor(
        inline(
            "The European Union lifted its sanctions on Iran on Monday, freeing Iranian oil sales "
            "and reconnecting banks to the SWIFT network."
        )
    ).events
    assert (event.sectors, event.entities) == (["oil", "banking"], [])


def test_finite_clause_inside_is_another_act(spacy_extractor):
    """ "…, listing X, while OFAC designated Y": the clause of the second act is not the first's."""
    doc = spacy_extractor.nlp(
        "Brussels adopted its package on Monday, listing the airline Belavia, while Washington "
        "designated the Grodno Azot fertilizer plant."
    )
    words = {t.text for t in act_effects.spelled_out(doc[1])}
    assert "Belavia" in words and "fertilizer" not in words

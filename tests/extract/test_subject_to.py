"""Names said to be now, or no longer, under a sanctions measure (own sentences, parsed by the
real model)."""

from __future__ import annotations

import pytest

from detente.extract import subject_to
from detente.model import EventType

from .builders import inline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Volga Freight is now subject to an EU asset freeze.", EventType.SANCTIONS_IMPOSED),
        ("Kama Bank and Orlan Air are no longer subject to an asset freeze, SECO said.",
         EventType.SANCTIONS_EASED),
        ("Officials said that Kama Bank would no longer be subject to asset freezes.",
         EventType.SANCTIONS_EASED),
        # a standing state tells no act
        ("Volga Freight is subject to an EU asset freeze.", None),
        ("Volga Freight remains subject to sanctions.", None),
        ("The exporter is now subject to new customs checks.", None),
    ],
)  # fmt: skip
def test_way(spacy_extractor, text, kind):
    doc = spacy_extractor.nlp(text)
    assert next((w for t in doc if (w := subject_to.way(t)) is not None), None) is kind


def _sanctions(extractor, text: str) -> list[tuple]:
    return [
        (e.type, e.actor, e.target, sorted(e.entities))
        for e in extractor(inline(text)).events
        if e.type != "release"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The European Union on Monday imposed sanctions on an Indian refinery. Kestrel "
            "Energy, whose plant a Russian group half owns, is now subject to an EU asset freeze.",
            [("sanctions_imposed", "EU", "IND", ["Kestrel Energy"])],
            id="now-subject-to-joins-the-listing",
        ),
        pytest.param(
            "Switzerland on Monday lifted sanctions on a dozen Syrian bodies. The Industrial Bank "
            "and Syrian Arab Airlines are no longer subject to an asset freeze, SECO said.",
            [("sanctions_eased", "CHE", "SYR", ["Industrial Bank", "Syrian Arab Airlines"])],
            id="no-longer-subject-to-joins-the-easing",
        ),
        pytest.param(
            "Switzerland on Monday lifted sanctions on a dozen Syrian bodies. The Industrial Bank "
            "remains subject to an asset freeze, SECO said.",
            [("sanctions_eased", "CHE", "SYR", [])],
            id="still-subject-to-is-no-roster",
        ),
        pytest.param(
            "Switzerland on Monday lifted sanctions on a dozen Syrian bodies. All eight are now "
            "subject to an asset freeze.",
            [("sanctions_eased", "CHE", "SYR", [])],
            id="a-group-with-no-names",
        ),
    ],
)
def test_names_join_the_act_before(spacy_extractor, text, expected):
    assert _sanctions(spacy_extractor, text) == expected

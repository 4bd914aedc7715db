"""Document level: listed bodies and sanctions acts told again (own-words paragraphs, parsed by
the real model)."""

from __future__ import annotations

import pytest

from .builders import inline


# --- issue 2, session 5: the article tells a listed group, a relief or a package again ---
def _sanctions(extractor, text: str) -> list[tuple]:
    doc = inline(text)
    return [
        (e.type, e.actor, e.target, e.entities, e.sectors, e.renewal, e.date)
        for e in extractor(doc).events
        if e.type != "release"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Monday Canada listed two Iranian firms, Tarbiat Holding and Sepehr "
            "Petrochemical. On Thursday Australia added both companies to its sanctions list.",
            [
                ("sanctions_imposed", "CAN", "IRN", ["Tarbiat Holding", "Sepehr Petrochemical"],
                 ["petrochemicals"], False, "2025-06-09"),
                ("sanctions_imposed", "AUS", "IRN", ["Tarbiat Holding", "Sepehr Petrochemical"],
                 ["petrochemicals"], False, "2025-06-12"),
            ],
            id="both-companies-are-those-listed-before",
        ),
        pytest.param(
            "Britain on Tuesday removed Baltic Reefer Lines, a Riga-registered shipping firm, "
            "from its sanctions list. The company had been designated in 2023 for carrying "
            "Syrian phosphate.",
            [
                ("sanctions_eased", "GBR", "LVA", ["Baltic Reefer Lines"], ["shipping"], False,
                 "2025-06-10"),
                ("sanctions_imposed", "GBR", "LVA", ["Baltic Reefer Lines"], ["shipping"], False,
                 "2023"),
            ],
            id="the-company-and-its-seat",
        ),
        pytest.param(
            "Brussels on Monday renewed its sanctions on Mali for a year. The package includes "
            "an arms embargo and a freeze on gold exports.",
            [("sanctions_imposed", "EU", "MLI", [], ["defense", "gold"], True, "2025-06-09")],
            id="what-the-package-includes",
        ),
        pytest.param(
            "In March, Washington eased sanctions on Laos's timber trade. The relief came as "
            "part of a deal in which Vientiane freed a pastor.",
            [("sanctions_eased", "USA", "LAO", [], ["timber"], False, "2025-03")],
            id="the-relief-told-again",
        ),
    ],
)  # fmt: skip
def test_acts_told_again(spacy_extractor, text, expected):
    assert _sanctions(spacy_extractor, text) == expected


# --- session 17: a definite regime told before spells out what it holds ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canada on Monday renewed its sanctions on Sudan for a year. The renewed measures "
            "include an arms embargo and asset freezes on 30 officials.",
            [("sanctions_imposed", "CAN", "SDN", [], ["defense"], True, "2025-06-09")],
            id="the-renewed-measures-include",
        ),
        pytest.param(
            "Australia on Monday extended its sanctions on Iran for a year. The sanctions now "
            "cover 40 people and six entities, among them Tavria Engineering Company.",
            [("sanctions_imposed", "AUS", "IRN", ["Tavria Engineering Company"], [], True,
              "2025-06-09")],
            id="the-sanctions-now-cover",
        ),
        # negatives: no act told before; only an easing told; another state's measures
        pytest.param(
            "Minsk freed four prisoners on Monday. The measures include an arms embargo.",
            [],
            id="no-act-told-before",
        ),
        pytest.param(
            "Britain on Monday lifted sanctions on Kama Machine Works. The remaining measures "
            "include an arms embargo.",
            [("sanctions_eased", "GBR", None, ["Kama Machine Works"], [], False, "2025-06-09")],
            id="only-an-easing-told",
        ),
        pytest.param(
            "Canada on Monday renewed its sanctions on Sudan for a year. The UN measures "
            "include an arms embargo.",
            [("sanctions_imposed", "CAN", "SDN", [], [], True, "2025-06-09")],
            id="another-states-measures",
        ),
    ],
)  # fmt: skip
def test_regime_contents(spacy_extractor, text, expected):
    assert _sanctions(spacy_extractor, text) == expected


# --- session 17: "the bank" told again is the one bank an act before named ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Washington on Monday removed the Commercial Bank of Syria and its chairman, Ali "
            "Younes, from its sanctions list. Britain also delisted the bank on Tuesday.",
            ["Commercial Bank of Syria"],
            id="the-bank-named-before",
        ),
        pytest.param(
            "Washington on Monday removed the Commercial Bank of Syria and its chairman, Ali "
            "Younes, from its sanctions list. Britain delisted the airline on Tuesday.",
            [],
            id="another-kind-of-body",
        ),
    ],
)  # fmt: skip
def test_the_one_named_before(spacy_extractor, text, expected):
    acts = [e for e in spacy_extractor(inline(text)).events if e.actor == "GBR"]
    assert [e.entities for e in acts] == [expected]

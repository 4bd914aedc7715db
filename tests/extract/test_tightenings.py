"""Price caps set or lowered and airspace closed to a state's airlines are impositions
(docs/annotation.md, session 23); the same words on other caps and closures are not (own
sentences, published Saturday 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def events(extractor, text):
    return [(e.type, e.actor, e.target, e.sectors, e.date) for e in extractor(inline(text)).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canberra on Tuesday lowered its price cap on Russian crude oil to 47.60 dollars a "
            "barrel.",
            ("sanctions_imposed", "AUS", "RUS", ["oil"], "2025-06-10"),
            id="cap-lowered",
        ),
        pytest.param(
            "Ottawa on Wednesday cut its cap on the price of Russian crude to 45 dollars.",
            ("sanctions_imposed", "CAN", "RUS", ["oil"], "2025-06-11"),
            id="cap-cut-phrase-on-the-verb",
        ),
        pytest.param(
            "European Union governments agreed on Thursday to cap the price of Russian seaborne "
            "crude at 60 dollars a barrel.",
            ("sanctions_imposed", "EU", "RUS", ["oil"], "2025-06-12"),
            id="cap-as-a-verb",
        ),
        pytest.param(
            "Switzerland on Monday closed its airspace and airports to Belarusian carriers.",
            ("sanctions_imposed", "CHE", "BLR", ["aviation"], "2025-06-09"),
            id="airspace-closed-to-carriers",
        ),
        pytest.param(
            "Over the weekend Norway also closed its airspace to Russian aircraft.",
            ("sanctions_imposed", "NOR", "RUS", ["aviation"], None),
            id="airspace-closed-to-aircraft",
        ),
    ],
)
def test_tightening_is_an_imposition(spacy_extractor, text, expected):
    found = events(spacy_extractor, text)
    assert [f[:4] for f in found] == [expected[:4]]
    if expected[4] is not None:
        assert found[0][4] == expected[4]


@pytest.mark.parametrize(
    "text",
    [
        "Ankara closed its airspace to all flights on Monday after the crash.",
        "Qatar closed its airspace to civilian traffic for two hours on Monday.",
        "The central bank on Tuesday lowered the cap on interest rates for small lenders.",
        "The regulator cut the energy price cap for households on Wednesday.",
        "The United States, which agreed the original cap at the G7 in 2022, has not said "
        "whether it will apply the new level.",
    ],
    ids=["all-flights", "civilian-traffic", "interest-rates", "domestic-price-cap", "original-cap"],
)
def test_other_caps_and_closures_are_no_sanctions(spacy_extractor, text):
    assert events(spacy_extractor, text) == []


def test_cap_inside_a_package_is_the_package(spacy_extractor):
    text = (
        "European Union governments on Friday adopted a new package of sanctions against Russia "
        "after Hungary dropped a veto it had held for weeks, agreeing to lower the price cap on "
        "Russian crude."
    )
    assert [(f[0], f[1], f[2]) for f in events(spacy_extractor, text)] == [
        ("sanctions_imposed", "EU", "RUS")
    ]


def test_joining_others_in_the_act_is_the_act(spacy_extractor):
    text = (
        "New Zealand on Friday lowered its price cap on Russian crude oil to 47.60 dollars a "
        "barrel, joining the European Union, Britain and Canada in tightening the measure."
    )
    assert [(f[0], f[1], f[2]) for f in events(spacy_extractor, text)] == [
        ("sanctions_imposed", "NZL", "RUS")
    ]


# Measures on a state's finance told with no word of sanctions (session 24's sanctions-recall
# class: SWIFT removals, debt and bond bans, a freeze ordered, a state's property frozen).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brussels on Tuesday excluded five Belarusian banks from the SWIFT payments system.",
            ("sanctions_imposed", "BLR", "2025-06-10"),
            id="swift-excluded",
        ),
        pytest.param(
            "Canada on Wednesday cut four Iranian lenders off from SWIFT.",
            ("sanctions_imposed", "IRN", "2025-06-11"),
            id="swift-cut-off",
        ),
        pytest.param(
            "Tokyo on Thursday prohibited the purchase of new Russian government bonds in Japan.",
            ("sanctions_imposed", "RUS", "2025-06-12"),
            id="sovereign-bonds",
        ),
        pytest.param(
            "Washington on Monday barred the Nicaraguan central bank from issuing new debt in "
            "American markets.",
            ("sanctions_imposed", "NIC", "2025-06-09"),
            id="debt-raising-barred",
        ),
        pytest.param(
            "The United States on Tuesday barred American investors from buying bonds issued by "
            "the Syrian government.",
            ("sanctions_imposed", "SYR", "2025-06-10"),
            id="bonds-issued-by-a-state",
        ),
        pytest.param(
            "Ankara on Wednesday ordered a freeze on the assets of two Greek ministers.",
            ("sanctions_imposed", "GRC", "2025-06-11"),
            id="freeze-ordered",
        ),
        pytest.param(
            "Ankara on Wednesday ordered the assets of two Greek ministers frozen.",
            ("sanctions_imposed", "GRC", "2025-06-11"),
            id="assets-ordered-frozen",
        ),
        pytest.param(
            "Washington on Friday froze all property of the Cuban government held in American "
            "banks.",
            ("sanctions_imposed", "CUB", "2025-06-13"),
            id="state-property-frozen",
        ),
    ],
)
def test_financial_measure_is_an_imposition(spacy_extractor, text, expected):
    found = events(spacy_extractor, text)
    assert [(f[0], f[2], f[4]) for f in found] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The courier said on Monday it had removed a swift delivery option from its website.",
        "The central bank on Tuesday barred lenders from buying government bonds for a month.",
        "The regulator on Wednesday banned trading in the company's bonds after the fraud.",
        "The mayor on Thursday ordered a freeze on hiring in the city's departments.",
        "The designations freeze any property of the two men held under American jurisdiction.",
        "Diplomats discussed sanctions on Monday after Russia and China blocked new action at "
        "the UN Security Council.",
    ],
    ids=[
        "swift-adjective",
        "domestic-bond-rule",
        "company-bonds",
        "hiring-freeze",
        "standing",
        "security-council-is-no-security",
    ],
)
def test_other_bans_and_freezes_are_no_sanctions(spacy_extractor, text):
    assert events(spacy_extractor, text) == []


def test_swift_is_no_listed_entity(spacy_extractor):
    text = "The European Union on Tuesday removed VTB and Sovcombank from the SWIFT network."
    found = spacy_extractor(inline(text)).events
    assert [(e.actor, e.target, e.entities) for e in found] == [
        ("EU", "RUS", ["VTB", "Sovcombank"])
    ]


def test_if_any_is_no_condition(spacy_extractor):
    text = "Ankara answered on Wednesday by freezing the assets, if any, of two Greek ministers."
    assert [(f[0], f[1]) for f in events(spacy_extractor, text)] == [("sanctions_imposed", "TUR")]

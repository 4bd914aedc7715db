"""One act that lists bodies of several countries: one event per target country, each with its
members' entities (the guide's decision of session 13); a seat, a place inside a name, a clause
about a member or a parent named as owner split nothing (own-words sentences, 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def _acts(extractor, text):
    doc = inline(text)
    return sorted(
        (e.actor, e.target, sorted(e.entities))
        for e in extractor(doc).events
        if e.type != "release"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Treasury on Tuesday designated Andes Gold Trading, an Emirati firm that bought "
            "gold from Wagner, and Orel Logistics, a Russian company.",
            [("USA", "ARE", ["Andes Gold Trading"]), ("USA", "RUS", ["Orel Logistics"])],
            id="two-members-two-nationalities",
        ),
        pytest.param(
            "The Treasury on Monday sanctioned Harbin Border Bank, a Chinese lender, and two "
            "Russian banks, VTB and Sovcombank.",
            [("USA", "CHN", ["Harbin Border Bank"]), ("USA", "RUS", ["Sovcombank", "VTB"])],
            id="names-spelling-out-a-group-stay-with-it",
        ),
        pytest.param(
            "Ottawa on Friday added two Malta-flagged tanker operators and a Venezuelan oil "
            "broker to its sanctions list.",
            [("CAN", "VEN", [])],
            id="negative-a-seat-splits-nothing",
        ),
        pytest.param(
            "The European Union on Monday listed Ivan Petrov and Olga Sidorova, two Russian "
            "judges, over the jailing of activists.",
            [("EU", "RUS", ["Ivan Petrov", "Olga Sidorova"])],
            id="negative-one-nationality",
        ),
        pytest.param(
            "Washington on Monday imposed sanctions on three Iranian officials and on Gulf Star "
            "Shipping, a firm that carried Iranian oil to China.",
            [("USA", "IRN", ["Gulf Star Shipping"])],
            id="negative-a-place-in-a-clause-about-a-member",
        ),
    ],
)  # fmt: skip
def test_split_by_country(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


# Session 17 (the guide's decision: a company's country is where the text says it is based or
# registered, and it is the target of that company's event, whatever the package is aimed at).
# The first sentence of each sets the article's target; own-words sentences.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia's oil exports face new curbs. The Treasury on Tuesday designated Orel "
            "Logistics, a Russian company, and Zenith Bullion, a Dubai-based gold trader.",
            [("USA", "ARE", ["Zenith Bullion"]), ("USA", "RUS", ["Orel Logistics"])],
            id="a-hyphenated-seat",
        ),
        pytest.param(
            "Russia's oil exports face new curbs. Canada on Monday imposed sanctions on Volga "
            "Freight, a Russian carrier, and Kestrel Marine, a firm registered in Singapore.",
            [("CAN", "RUS", ["Volga Freight"]), ("CAN", "SGP", ["Kestrel Marine"])],
            id="registered-in-a-state",
        ),
        pytest.param(
            "Iran released two Americans on Saturday. On Sunday the Treasury designated nine "
            "companies and individuals tied to Iran's drone programme, including the "
            "Dubai-based Falcon Crest Trading.",
            [("USA", "ARE", ["Falcon Crest Trading"]), ("USA", "IRN", [])],
            id="a-seated-member-after-including",
        ),
        pytest.param(
            "Sudan's war has entered its third year. On Monday the Treasury sanctioned the "
            "Sudanese militia commander Idris Karam, together with four companies based in the "
            "United Arab Emirates that supplied his forces.",
            [("USA", "ARE", []), ("USA", "SDN", ["Idris Karam"])],
            id="an-unnamed-seated-group-beside-a-name",
        ),
        pytest.param(
            "Russia's oil exports face new curbs. Ottawa on Friday added two Malta-flagged "
            "tankers and the Russian broker Ural Petro Trade to its sanctions list.",
            [("CAN", "RUS", ["Ural Petro Trade"])],
            id="negative-a-flag-is-no-seat",
        ),
        pytest.param(
            "Canada on Monday imposed sanctions on Volga Freight, a Russian shipping company, "
            "and Northwind Cargo Services, a firm registered in Armenia.",
            [("CAN", "ARM", ["Northwind Cargo Services"]), ("CAN", "RUS", ["Volga Freight"])],
            id="the-members-of-sanctions-on",
        ),
        pytest.param(
            "Britain on Monday imposed sanctions on Russia's shadow fleet. Among those listed "
            "are the Dubai-registered ship manager Blue Meridian Logistics and the Russian "
            "insurer Kama Tanker Agency.",
            [("GBR", "ARE", ["Blue Meridian Logistics"]), ("GBR", "RUS", ["Kama Tanker Agency"])],
            id="a-roster-name-seated-apart",
        ),
        pytest.param(
            "Russia's oil exports face new curbs. The Treasury on Tuesday designated Orel "
            "Logistics, a Russian company, and Zenith Bullion, a firm that bought gold from a "
            "Dubai-based refiner.",
            [("USA", "RUS", ["Orel Logistics", "Zenith Bullion"])],
            id="negative-a-seat-inside-a-clause-about-a-member",
        ),
    ],
)  # fmt: skip
def test_split_by_seat(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Canada on Monday froze the assets of four Russian banks. Also listed were two "
            "Turkish traders and a Chinese supplier.",
            [("CAN", "CHN", []), ("CAN", "RUS", []), ("CAN", "TUR", [])],
            id="inverted-roster-one-event-per-country-unnamed",
        ),
        pytest.param(
            "Japan on Monday froze the assets of four Russian banks. Two Indian refiners, Vishal "
            "Petro and Konark Fuels, were also listed.",
            [("JPN", "IND", ["Konark Fuels", "Vishal Petro"]), ("JPN", "RUS", [])],
            id="named-group-of-another-country",
        ),
        pytest.param(
            "Britain on Monday listed 80 tankers that carry Russian oil. Also designated were "
            "two Emirati ship managers, Corvid Marine and Pellet Shipping, and the "
            "Russian oil trader Tundra Petroleum Group.",
            [
                ("GBR", "ARE", ["Corvid Marine", "Pellet Shipping"]),
                ("GBR", "RUS", ["Tundra Petroleum Group"]),
            ],
            id="names-go-to-the-nearest-group-with-a-country",
        ),
        pytest.param(
            "Canada on Monday froze the assets of four Russian banks. Also listed were two "
            "Russian insurers.",
            [("CAN", "RUS", [])],
            id="negative-same-country-roster-stays-in-the-act",
        ),
        pytest.param(
            "Canada on Monday froze the assets of four Russian banks. Two Turkish firms were "
            "also named in a court filing as buyers.",
            [("CAN", "RUS", [])],
            id="negative-named-in-a-filing-is-no-listing",
        ),
        pytest.param(
            "Shares of two Iranian firms were also listed on the Tehran exchange on Tuesday.",
            [],
            id="negative-no-act-before-the-roster",
        ),
    ],
)  # fmt: skip
def test_passive_roster_by_nationality(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected

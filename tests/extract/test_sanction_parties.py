"""The parties of a sanctions act: the state it bears on, named on the object side (a body's seat
last) or in what describes a listed name; a countermeasure against a bloc; a sanctioning body the
parser took for something else (own-words sentences through the extractor, 14 June 2025)."""

from __future__ import annotations

import pytest

from .builders import inline


def _acts(extractor, text):
    doc = inline(text)
    return [(e.type, e.actor, e.target, e.entities) for e in extractor(doc).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "London on Monday listed three Chinese drone makers. London on Wednesday also "
            "delisted Marta Kovacs, the sister of a Russian steel magnate.",
            [
                ("sanctions_imposed", "GBR", "CHN", []),
                ("sanctions_eased", "GBR", "RUS", ["Marta Kovacs"]),
            ],
            id="target-in-the-description-of-the-listed",
        ),
        pytest.param(
            "On Friday, Ottawa added two Malta-flagged tanker operators and a Venezuelan oil "
            "broker to its sanctions list.",
            [("sanctions_imposed", "CAN", "VEN", [])],
            id="seat-after-the-state-acted-against",
        ),
        pytest.param(
            "Russia on Friday announced countermeasures against the European Union, barring forty "
            "European officials from entry and freezing any assets they hold, in retaliation for "
            "sanctions.",
            [("sanctions_imposed", "RUS", "EU", [])],
            id="countermeasure-against-a-bloc",
        ),
        pytest.param(
            "Belarus freed four Lithuanian truckers on Monday, and the US Treasury on the same day "
            "removed two Belarusian bankers from its sanctions list.",
            [("release", "BLR", None, []), ("sanctions_eased", "USA", "BLR", [])],
            id="doer-taken-for-a-conjunct-of-the-release",
        ),
        pytest.param(
            "The decree gave the Treasury power to freeze the assets of anyone prolonging the "
            "fighting, including rebel commanders, officials said of the sanctions law.",
            [],
            id="a-body-given-a-power-is-no-doer",
        ),
        pytest.param(
            "In January, OFAC designated Tian Shan Credit, a small Bishkek lender, for handling "
            "payments for Russian arms makers.",
            [("sanctions_imposed", "USA", "KGZ", ["Tian Shan Credit"])],
            id="an-apposition-names-the-home-of-the-listed",
        ),
        pytest.param(
            "OFAC on Wednesday removed Altyn Steppe Bank, the former Kazakh subsidiary of "
            "Russia's Sberbank, from its sanctions list.",
            [("sanctions_eased", "USA", "KAZ", ["Altyn Steppe Bank"])],
            id="the-apposition-home-before-the-parent-country",
        ),
        pytest.param(
            "Beijing on Monday sanctioned ten European individuals, including four members of "
            "the European Parliament.",
            [("sanctions_imposed", "CHN", "EU", [])],
            id="a-countermeasure-against-europeans-bears-on-the-bloc",
        ),
        pytest.param(
            "Beijing sanctioned the German lawmaker Anna Lindqvist on Monday.",
            [("sanctions_imposed", "CHN", "DEU", ["Anna Lindqvist"])],
            id="a-named-nationality-before-the-bloc",
        ),
        pytest.param(
            "Once inspectors confirmed that Iran had shipped out its enriched uranium, the UN, "
            "the European Union and the United States lifted their nuclear sanctions on Iran.",
            [
                ("sanctions_eased", "UN", "IRN", []),
                ("sanctions_eased", "EU", "IRN", []),
                ("sanctions_eased", "USA", "IRN", []),
            ],
            id="a-list-of-doers-taken-for-an-apposition",
        ),
    ],
)
def test_target(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The sanctions follow the renewal last June of the national emergency with respect "
            "to North Korea.",
            [("sanctions_imposed", "USA", "PRK", [])],
            id="an-emergency-renewal-is-by-the-united-states-against-its-state",
        ),
        pytest.param(
            "The Treasury on Monday barred US persons from dealing with Norvex Petroleum, the "
            "Iranian state oil company. Sanctions lawyers expect more listings.",
            [("sanctions_imposed", "USA", "IRN", ["Norvex Petroleum"])],
            id="the-barred-own-people-are-not-listed",
        ),
    ],
)
def test_emergencies_and_dealings_bans(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


# --- session 13: a state under sanctions does not act on a sanctioning power, unless named doer ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Sudan released two aid workers on Monday. The next day the Sudanese sanctions rules "
            "run by the US Treasury were scrapped.",
            [("sanctions_eased", "USA", "SDN")],
            id="demonym-of-the-target-is-no-doer",
        ),
        pytest.param(
            "Eritrea freed a journalist on Monday. Its former minister, an Asmara businessman "
            "designated alongside the firm, remains listed by Britain.",
            [("sanctions_imposed", "GBR", "ERI")],
            id="seat-of-the-listed-is-no-doer",
        ),
        pytest.param(
            "Zimbabwe welcomed the move on Monday. US ends Zimbabwe sanctions programme, then "
            "sanctions Mnangagwa personally.",
            [("sanctions_eased", "USA", "ZWE"), ("sanctions_imposed", "USA", "ZWE")],
            id="headline-second-verb",
        ),
        pytest.param(
            "Beijing on Friday imposed sanctions on six American defence firms, including Orion "
            "Dynamics. The United States had sanctioned two Chinese drone makers a week earlier.",
            [("sanctions_imposed", "CHN", "USA"), ("sanctions_imposed", "USA", "CHN")],
            id="negative-countermeasure-by-a-named-state",
        ),
        pytest.param(
            "Ankara retaliated on Monday by freezing the assets of two American officials.",
            [("sanctions_imposed", "TUR", "USA")],
            id="negative-doer-of-the-verb-it-is-the-means-of",
        ),
        pytest.param(
            "Canada sanctioned three Iranian judges on Monday. Iran responded on Tuesday by "
            "imposing sanctions on the Canadian ambassador.",
            [("sanctions_imposed", "CAN", "IRN"), ("sanctions_imposed", "IRN", "CAN")],
            id="negative-retaliation",
        ),
    ],
)  # fmt: skip
def test_orientation(spacy_extractor, text, expected):
    assert sorted(a[:3] for a in _acts(spacy_extractor, text) if a[0] != "release") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Washington let its Venezuela oil sanctions relief lapse on Wednesday. The relief, "
            "granted in October after a deal signed in Barbados, was allowed to lapse at "
            "midnight.",
            ["VEN"],
            id="meeting-place-of-a-lapsed-licence-is-no-target",
        ),
    ],
)
def test_lapsed_licence_target(spacy_extractor, text, expected):
    acts = _acts(spacy_extractor, text)
    assert sorted({a[2] for a in acts if a[0] == "sanctions_imposed"}) == expected


def test_headline_passive_names_the_listed_not_the_doer(spacy_extractor):
    text = (
        "Iran added to US blacklist of state sponsors of terrorism\n\n"
        "The United States on Friday put Iran on its list of state sponsors of terrorism."
    )
    assert _acts(spacy_extractor, text) == [("sanctions_imposed", "USA", "IRN", [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Brussels on Monday imposed sanctions on several Turkish and Emirati firms accused of "
            "helping Moscow evade export controls.",
            [("sanctions_imposed", "EU", "RUS", [])],
            id="mixed-group-bears-on-the-state-it-served",
        ),
        pytest.param(
            "Japan on Friday froze the assets of traders in Georgia and Armenia that it accused of "
            "helping Russia buy drone parts.",
            [("sanctions_imposed", "JPN", "RUS", [])],
            id="mixed-seats-bear-on-the-state-they-served",
        ),
        pytest.param(
            "Brussels on Monday imposed sanctions on several Turkish firms accused of helping "
            "Moscow evade export controls.",
            [("sanctions_imposed", "EU", "TUR", [])],
            id="one-country-group-is-a-target-of-its-own",
        ),
    ],
)
def test_groups_of_several_countries(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Monday the Treasury issued a licence letting banks move $2 billion in frozen "
            "Venezuelan oil revenue from Spain to accounts in Oman.",
            [("sanctions_eased", "USA", "VEN", [])],
            id="whose-money-not-where-it-is-held-or-sent",
        ),
    ],
)
def test_a_relief_that_moves_money_bears_on_its_owner(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "On Tuesday the State Department signed a waiver allowing $4 billion of Iranian oil "
            "revenue held in Japan to be moved to accounts in Oman.",
            [("sanctions_eased", "USA", "IRN", [])],
            id="the-money-a-waiver-lets-move-is-no-licensee",
        ),
        pytest.param(
            "On Tuesday the State Department signed a waiver allowing about $1.5 billion that "
            "Lebanon owes Syria for electricity to be moved to banks in Qatar.",
            [("sanctions_eased", "USA", "SYR", [])],
            id="money-owed-is-the-creditors",
        ),
        pytest.param(
            "The Treasury on Friday issued a licence permitting Rosneft's German refinery at "
            "Schwedt to keep operating until June.",
            [("sanctions_eased", "USA", "RUS", ["Rosneft"])],
            id="a-listed-company-s-asset-abroad-is-the-company-s",  # session 23
        ),
        pytest.param(
            "The Treasury on Friday issued a licence permitting Gazprom's Serbian subsidiary to "
            "keep trading until March.",
            [("sanctions_eased", "USA", "RUS", ["Gazprom"])],
            id="a-listed-company-s-subsidiary-abroad-is-the-company-s",
        ),
    ],
)
def test_what_a_relief_lets_happen_names_its_target(spacy_extractor, text, expected):
    assert _acts(spacy_extractor, text) == expected


def _named(ps, verb: str) -> list[str]:
    from detente.extract.sanction_parties import named

    trigger = next(t for t in ps.doc if t.text == verb)
    return named(ps, trigger, list(trigger.subtree), ["EU"])


def test_a_clause_that_imposed_the_measure_names_its_target(parsed_sentence) -> None:
    ps = parsed_sentence("The Council lifted the sanctions it had imposed on Mali's leaders.")
    assert _named(ps, "lifted") == ["MLI"]
    ps = parsed_sentence("The Council revoked a licence that had eased sanctions on Niger's army.")
    assert _named(ps, "revoked") == ["NER"]
    # a clause about something else still names no target
    ps = parsed_sentence("The Council lifted the sanctions that had hurt farmers in Kenya.")
    assert _named(ps, "lifted") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The United States has let expire a sanctions waiver that allowed Lebanon to pay "
            "Syria for electricity, the US embassy in Beirut said, ending an exemption that had "
            "been renewed since 2020.",
            [("sanctions_imposed", "USA", "SYR", [])],
            id="the-embassy-that-spoke",
        ),
        pytest.param(
            "The United States has let expire a sanctions waiver that allowed Pakistan to pay "
            "Iran for gas, the US embassy in Islamabad said, ending an exemption that had been "
            "renewed since 2021.",
            [("sanctions_imposed", "USA", "IRN", [])],
            id="the-embassy-that-spoke-again",
        ),
    ],
)
def test_who_said_it_is_no_target(spacy_extractor, text, expected) -> None:
    assert _acts(spacy_extractor, text) == expected


def test_trade_measures_told_in_a_clause_are_no_sanctions(spacy_extractor) -> None:
    text = "Beijing has dropped most of the trade measures it imposed on Australian wine."
    assert _acts(spacy_extractor, text) == []


def test_a_state_inside_the_act_s_phrase_comes_first(parsed_sentence) -> None:
    from detente.extract.sanction_parties import named

    ps = parsed_sentence(
        "In a speech in Doha, the president said Washington would lift its sanctions on Syria."
    )
    lift = next(t for t in ps.doc if t.text == "lift")
    # a scope the parser widened past the act: the state the act itself names comes first
    assert named(ps, lift, list(ps.doc), ["USA"])[:1] == ["SYR"]


def test_a_member_state_is_no_target_of_the_bloc(parsed_sentence) -> None:
    from detente.extract.sanction_parties import named

    ps = parsed_sentence("The EU imposed sanctions on Greek and Russian shipping firms on Monday.")
    imposed = next(t for t in ps.doc if t.text == "imposed")
    assert named(ps, imposed, list(imposed.subtree), ["EU"]) == ["RUS"]
    assert named(ps, imposed, list(imposed.subtree), ["USA"]) == ["GRC", "RUS"]  # another's act
    # a member state as a listed body's seat stays (session 17)
    ps = parsed_sentence("The EU listed two Cyprus-registered shipping firms on Monday.")
    listed = next(t for t in ps.doc if t.text == "listed")
    assert named(ps, listed, list(listed.subtree), ["EU"]) == ["CYP"]

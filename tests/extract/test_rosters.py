"""Rosters: a sentence that spells out whom an act told just before listed joins that act with
its names (own-words articles, parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import rosters

from .builders import inline


def _sanctions(extractor, text: str) -> list[tuple]:
    doc = inline(text)
    return [
        (e.type, e.actor, e.target, sorted(e.entities), e.date)
        for e in extractor(doc).events
        if e.type != "release"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Australia on Tuesday imposed sanctions on four Iranian officials over the detention "
            "of foreign nationals. Those listed include the judge Reza Tavakoli and the prison "
            "governor Hamid Navabi.",
            [("sanctions_imposed", "AUS", "IRN", ["Hamid Navabi", "Reza Tavakoli"],
              "2025-06-10")],
            id="those-listed-include",
        ),
        pytest.param(
            "Norway froze the assets of three Belarusian officials on Monday. Among those named "
            "were the prosecutor Igor Sadovsky and the judge Olga Bortnik.",
            [("sanctions_imposed", "NOR", "BLR", ["Igor Sadovsky", "Olga Bortnik"],
              "2025-06-09")],
            id="among-those-named-were",
        ),
        pytest.param(
            "Washington on Wednesday removed two Cambodian fishing companies from its sanctions "
            "list. The delisted firms are Kampot Ocean Harvest and Koh Kong Marine Products.",
            [("sanctions_eased", "USA", "KHM",
              ["Kampot Ocean Harvest", "Koh Kong Marine Products"], "2025-06-11")],
            id="the-delisted-firms-are",
        ),
        pytest.param(
            "Britain on Thursday imposed asset freezes on two Sudanese militia commanders. The "
            "Foreign Office named Osman Karrar, a field commander, and Bashir Idris, its chief "
            "of logistics.",
            [("sanctions_imposed", "GBR", "SDN", ["Bashir Idris", "Osman Karrar"],
              "2025-06-12")],
            id="the-body-named",
        ),
        pytest.param(
            "Canada sanctioned eleven Venezuelan officials on Friday. The list includes the "
            "interior minister Carlos Urbina and the intelligence chief Luis Marcano.",
            [("sanctions_imposed", "CAN", "VEN", ["Carlos Urbina", "Luis Marcano"],
              "2025-06-13")],
            id="the-list-includes",
        ),
        pytest.param(
            "Japan froze the assets of five Russian judges on Monday. Those designated are the "
            "judges Anna Volkova and Pavel Orlov, head of the regional court in Tver.",
            [("sanctions_imposed", "JPN", "RUS", ["Anna Volkova", "Pavel Orlov"], "2025-06-09")],
            id="a-place-is-no-member",
        ),
        pytest.param(
            "Nicaragua freed 40 prisoners on Monday. Among those named in the decree were the "
            "student leader Lesther Aleman and the journalist Miguel Mendoza.",
            [],
            id="no-act-before-no-roster",
        ),
        # session 13: a pronoun for the group just listed; a clause of listing; the act's way
        pytest.param(
            "The European Union on Monday froze the assets of twelve Russian firms. Among them "
            "are Volga Freight, Kama Machine Works and the lender Severny Bank.",
            [("sanctions_imposed", "EU", "RUS",
              ["Kama Machine Works", "Severny Bank", "Volga Freight"], "2025-06-09")],
            id="among-them-are",
        ),
        pytest.param(
            "Belarus freed 14 prisoners on Monday as Washington eased sanctions on two state "
            "banks. Among them were Ihar Losik and Maria Kolesnikova.",
            [("sanctions_eased", "USA", "BLR", [], "2025-06-09")],
            id="among-them-beside-a-release-is-no-roster",
        ),
        pytest.param(
            "Norway on Monday renewed its sanctions on Belarus for a year and removed two names "
            "from the list. Among those taken off the list were the businessman Oleg Korzun and "
            "the trader Vera Lis. Those who remain listed include the state potash company "
            "Belaruskali.",
            [("sanctions_imposed", "NOR", "BLR", ["Belaruskali"], "2025-06-09"),
             ("sanctions_eased", "NOR", "BLR", ["Oleg Korzun", "Vera Lis"], "2025-06-09")],
            id="taken-off-to-the-easing-remaining-to-the-renewal",
        ),
        # session 15: a passive listing with no doer adds names; a renewal keeps names listed
        pytest.param(
            "The Treasury on Tuesday designated the Kama Machine Works. Also listed were the "
            "trading firms Volga Freight Shipping and Severny Trading House.",
            [("sanctions_imposed", "USA", None,
              ["Kama Machine Works", "Severny Trading House", "Volga Freight Shipping"],
              "2025-06-10")],
            id="also-listed-were",
        ),
        pytest.param(
            "Britain on Monday froze the assets of two Iranian judges, Reza Tavakoli and Hamid "
            "Navabi. The deputy warden of Evin prison, Ali Karimi, was also listed.",
            [("sanctions_imposed", "GBR", "IRN", ["Ali Karimi", "Hamid Navabi", "Reza Tavakoli"],
              "2025-06-09")],
            id="x-was-also-listed",
        ),
        pytest.param(
            "The EU on Monday renewed its sanctions on Russia for six months and removed Igor "
            "Volkov from its list. Also delisted was the businesswoman Vera Lis.",
            [("sanctions_imposed", "EU", "RUS", [], "2025-06-09"),
             ("sanctions_eased", "EU", "RUS", ["Igor Volkov", "Vera Lis"], "2025-06-09")],
            id="also-delisted-to-the-easing",
        ),
        pytest.param(
            "The European Union extended its sanctions on Belarus for another year on Tuesday. "
            "The renewal keeps in place the asset freezes on Belaruskali and the truck maker MAZ.",
            [("sanctions_imposed", "EU", "BLR", ["Belaruskali", "MAZ"], "2025-06-10")],
            id="the-renewal-keeps-in-place",
        ),
        # session 16: rosters with no word of sanctions; a group told by its size
        pytest.param(
            "Canada imposed sanctions on three Venezuelan banks on Wednesday. The banks are "
            "Banco Orinoco, Banco del Llano and the Caribe Development Bank.",
            [("sanctions_imposed", "CAN", "VEN",
              ["Banco Orinoco", "Banco del Llano", "Caribe Development Bank"], "2025-06-11")],
            id="the-banks-are-with-no-sanctions-word",
        ),
        pytest.param(
            "Australia on Tuesday imposed sanctions on five Iranian firms and two officials. Among "
            "the officials is Reza Tavakoli, a deputy prosecutor in Tehran.",
            [("sanctions_imposed", "AUS", "IRN", ["Reza Tavakoli"], "2025-06-10")],
            id="among-the-officials-is",
        ),
        pytest.param(
            "Britain on Monday imposed sanctions on four Zambian police chiefs. The four are Peter "
            "Banda, the inspector-general; Ruth Phiri, director-general of the Criminal "
            "Investigations Department; John Mwale and Grace Tembo.",
            [("sanctions_imposed", "GBR", "ZMB",
              ["Grace Tembo", "John Mwale", "Peter Banda", "Ruth Phiri"], "2025-06-09")],
            id="the-four-are-a-group-of-that-size",
        ),
        pytest.param(
            "Washington imposed sanctions on two Cuban banks on Monday. The four are Ana Lopez, "
            "Jose Perez, Maria Diaz and Luis Gomez.",
            [("sanctions_imposed", "USA", "CUB", [], "2025-06-09")],
            id="a-size-no-act-told-is-no-roster",
        ),
        pytest.param(
            "Canada on Monday imposed sanctions on five Venezuelan firms. Two of the firms, Banco "
            "Orinoco and Caribe Development Bank, are controlled by the state oil company.",
            [("sanctions_imposed", "CAN", "VEN", ["Banco Orinoco", "Caribe Development Bank"],
              "2025-06-09")],
            id="part-of-the-group-in-apposition",
        ),
        pytest.param(
            "Venezuela freed five prisoners on Monday as Canada lifted sanctions on its banks. Two "
            "of them, Ana Lopez and Jose Perez, are dual nationals.",
            [("sanctions_eased", "CAN", "VEN", [], "2025-06-09")],
            id="part-of-a-group-beside-a-release-is-no-roster",
        ),
        pytest.param(
            "Britain on Monday added three fuel suppliers to its Myanmar sanctions list. The "
            "Foreign Office named them as Andaman Fuel Trading, Pyin Oo Logistics and Irrawaddy "
            "Petroleum Services.",
            [("sanctions_imposed", "GBR", "MMR",
              ["Andaman Fuel Trading", "Irrawaddy Petroleum Services", "Pyin Oo Logistics"],
              "2025-06-09")],
            id="named-them-as",
        ),
        pytest.param(
            "Iran freed four prisoners on Monday as Canada lifted sanctions on two banks. Officials "
            "named them as Reza Karimi and Ali Mohseni.",
            [("sanctions_eased", "CAN", "IRN", [], "2025-06-09")],
            id="named-them-as-beside-a-release-is-no-roster",
        ),
        # session 23: an act told again by a definite noun of the act or its list
        pytest.param(
            "Washington on Tuesday took forty Zambian bodies off its sanctions list. The "
            "delistings include the Copperbelt Power Authority and the Lusaka Grain Board.",
            [("sanctions_eased", "USA", "ZMB",
              ["Copperbelt Power Authority", "Lusaka Grain Board"], "2025-06-10")],
            id="the-delistings-include",
        ),
        pytest.param(
            "The European Union on Monday renewed its sanctions against Belarus for a year. The "
            "measures apply to 233 individuals and 37 entities, including the tractor maker "
            "Minsk Tractor Works and the Belarusian Steel Works.",
            [("sanctions_imposed", "EU", "BLR",
              ["Belarusian Steel Works", "Minsk Tractor Works"], "2025-06-09")],
            id="the-measures-apply-to",
        ),
        pytest.param(
            "Britain on Wednesday froze the assets of Iranian prison officials. The UK's list "
            "names six people, including the prison governor Hamid Navabi.",
            [("sanctions_imposed", "GBR", "IRN", ["Hamid Navabi"], "2025-06-11")],
            id="the-uks-list-names",
        ),
        pytest.param(
            "The European Union on Monday removed thirty Libyan bodies from its sanctions list, "
            "and the United States on Tuesday delisted the Central Bank of Libya. The EU "
            "delistings cover the Sirte Oil Company and the Zawiya Refining Company.",
            [("sanctions_eased", "EU", "LBY", ["Sirte Oil Company", "Zawiya Refining Company"],
              "2025-06-09"),
             ("sanctions_eased", "USA", "LBY", ["Central Bank of Libya"], "2025-06-10")],
            id="the-owner-named-picks-its-act",
        ),
        pytest.param(
            "Washington on Tuesday took forty Zambian bodies off its sanctions list. The "
            "delistings do not include the Copperbelt Power Authority.",
            [("sanctions_eased", "USA", "ZMB", [], "2025-06-10")],
            id="what-the-delistings-do-not-include",
        ),
        pytest.param(
            "Zambia freed twelve prisoners on Tuesday. The list includes the opposition leader "
            "Hakainde Mwale.",
            [],
            id="a-list-with-no-sanctions-act-is-no-roster",
        ),
        pytest.param(
            "Washington on Friday imposed sanctions on five Russian businessmen and six "
            "companies. The businessmen named are Oleg Korzun and Pavel Lisin. Among the companies "
            "are the tube maker Volga Pipe and the carmaker Kama Motors. The officials include "
            "Nikolai Dronov. The arms exporter Ural Machine Works was also listed.",
            [("sanctions_imposed", "USA", "RUS",
              ["Kama Motors", "Nikolai Dronov", "Oleg Korzun", "Pavel Lisin",
               "Ural Machine Works", "Volga Pipe"], "2025-06-13")],
            id="a-run-of-rosters-stays-with-its-act",
        ),
        pytest.param(
            "Washington on Friday imposed sanctions on five Russian businessmen. Markets fell. "
            "Traders were nervous. Brokers cut their forecasts. Analysts were surprised. The arms "
            "exporter Ural Machine Works was also listed.",
            [("sanctions_imposed", "USA", "RUS", [], "2025-06-13")],
            id="a-roster-far-from-any-act-is-dropped",
        ),
        pytest.param(
            "The European Union on Monday imposed sanctions on three Iranian airlines. Seven "
            "individuals were also listed, including the deputy defence minister Reza Tavakoli "
            "and the commander Hamid Navabi.",
            [("sanctions_imposed", "EU", "IRN", ["Hamid Navabi", "Reza Tavakoli"],
              "2025-06-09")],
            id="also-listed-including",
        ),
        pytest.param(
            "Canada on Monday sanctioned four Russian officials. Those listed include the State "
            "Duma deputy Oleg Korzun and the Federation Council speaker Vera Lis (Vera Lisova in "
            "some spellings).",
            [("sanctions_imposed", "CAN", "RUS", ["Oleg Korzun", "Vera Lis"], "2025-06-09")],
            id="a-members-body-and-an-aside-are-not-listed",
        ),
        pytest.param(
            "The US Treasury on Thursday imposed sanctions on four Sudanese companies. Two of the "
            "firms, Nile Crest Trading and Tabora General Logistics, are owned by army officers, "
            "the Treasury said. The other two, Kassala Star Mining and Blue Nile Fuel Company, "
            "belong to the paramilitaries.",
            [("sanctions_imposed", "USA", "SDN",
              ["Blue Nile Fuel Company", "Kassala Star Mining", "Nile Crest Trading",
               "Tabora General Logistics"], "2025-06-12")],
            id="parts-of-a-listed-group-told-by-size",
        ),
        pytest.param(
            "Kenya freed four prisoners on Thursday. The other two, Nile Crest Trading and Tabora "
            "General Logistics, belong to the paramilitaries.",
            [],
            id="parts-with-no-sanctions-act-are-no-roster",
        ),
    ],
)  # fmt: skip
def test_roster_joins_the_act_before(spacy_extractor, text, expected):
    assert _sanctions(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Those listed include the judge Reza Tavakoli.", True),
        ("Among the newly designated entities are Kampot Ocean Harvest and Delta Marine.", True),
        ("The Council named Osman Karrar and Bashir Idris.", True),
        ("The president named Maria Lopez as ambassador.", False),
        ("Viasna's list includes 1,100 political prisoners.", False),
        ("Those freed include the journalist Miguel Mendoza.", False),
        # session 9: the kind of body just listed, made definite, with names
        ("The banks are Sovcombank, MTS Bank and Bank Uralsib.", True),
        ("The tankers include the Orion Star and the Baltic Dawn.", True),
        ("The banks are large and profitable.", False),
        ("Banks include Sovcombank and Bank Uralsib.", False),
        # session 13
        ("Among them are Volga Freight and Kama Machine Works.", True),
        ("Among those who remain listed are Oleg Korzun and Vera Lis.", True),
        ("Among the firms taken off the list were Severny Bank and Uralbank.", True),
        ("Among them was a teacher.", False),
        ("Those who remain in prison include Ihar Losik.", False),
        # session 15: passive listings with no doer, a renewal that keeps names listed
        ("Also listed were Volga Freight and Kama Machine Works.", True),
        ("Kama Machine Works was also designated.", True),
        ("No names were removed.", False),
        ("Volga Timber was designated in March, alongside two other exporters.", False),
        ("The renewal keeps in place the asset freeze on Belaruskali.", True),
        ("The renewal was welcomed by Kyiv.", False),
        ("The entities include the ship manager Seahawk Maritime.", True),
        # session 16
        ("The new names are Yadira Centeno and Ruth Lopez.", True),
        ("Among the companies are Volga Freight and Kama Machine Works.", True),
        ("The three are Ana Lopez, Jose Perez and Maria Diaz.", True),
        ("Among the prisoners is Ana Lopez.", False),
        ("The three are in good health.", False),
        # session 23: an act told again by its noun, with a verb that spells out whom it lists
        ("The delistings include the Copperbelt Power Authority.", True),
        ("The measures apply to 40 people, including Oleg Korzun.", True),
        ("The UK's list names six people, including the judge Reza Tavakoli.", True),
        ("Viasna's list names six people, including the activist Ales Pushkin.", False),
        ("The delistings do not include the Copperbelt Power Authority.", False),
        ("A list names Oleg Korzun.", False),
        ("The measures apply from Monday.", False),
        ("The delistings were welcomed by Oleg Korzun.", False),
    ],
)
def test_cue(spacy_extractor, text, expected):
    doc = spacy_extractor.nlp(text)
    assert any(rosters.cue(t) for t in doc) is expected


def test_powers_acting_together_are_not_each_others_target(spacy_extractor):
    text = (
        "The European Union, Britain and Canada on Monday listed dozens of officials of "
        "the Revolutionary Guards. Britain also named two of its commanders. Iran condemned the "
        "sanctions and summoned the British ambassador."
    )
    assert {(a, t) for _, a, t, _, _ in _sanctions(spacy_extractor, text)} == {
        ("EU", "IRN"),
        ("GBR", "IRN"),
        ("CAN", "IRN"),
    }


def test_a_parent_company_is_not_listed(spacy_extractor):
    text = "Ottawa on Friday delisted Caspian Freight, the Kazakh subsidiary of Sberbank."
    assert [e for _, _, _, e, _ in _sanctions(spacy_extractor, text)] == [["Caspian Freight"]]


def test_the_wronged_is_not_listed(spacy_extractor):
    text = (
        "Canada on Monday sanctioned three Russian officials over the jailing of the opposition "
        "politician Ilya Sokolov."
    )
    assert [e for _, _, _, e, _ in _sanctions(spacy_extractor, text)] == [[]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The banks are Sovcombank and MTS Bank.", True),
        ("The individuals include Kim Sang Man.", True),
        ("Among the companies are Rusal and GAZ Group.", True),
        ("The other three are Ana Lopez, Jose Perez and Maria Diaz.", True),
        ("Three of the firms are tied to the army: Volga Freight and Kama Works.", True),
        ("The vessels identified were the Sea Harmony and the Orient Jade.", True),
        ("The bank said profits rose.", False),
        ("The prisoners are in good health.", False),
        ("Banks are closed on Sunday.", False),
    ],
)
def test_spelled_out(text, expected):
    assert rosters.spelled_out(text) is expected


@pytest.mark.parametrize(
    ("text", "roster"),
    [
        ("Two Iranian firms were also listed.", True),
        ("Two firms were also removed from the sanctions list.", True),
        ("Three names were also removed.", True),
        ("Spartak Moscow was also removed from the Europa League.", False),  # a sports penalty
        ("He was also removed from his post.", False),  # no list
    ],
)
def test_a_passive_roster_takes_names_off_a_list_only(text: str, roster: bool) -> None:
    assert (rosters.PASSIVE_ROSTER.search(text) is not None) is roster

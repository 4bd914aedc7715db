"""Gazetteer: places (states, blocs) and known sanctioned entities."""

from __future__ import annotations

import pytest

from detente.extract.gazetteer import PLACE_KINDS, entity_table, monitor_table, place_table
from detente.model import SECTORS


def places(extractor, text):
    return [(p.span.text, p.code) for p in extractor.gazetteer.find_places(extractor.nlp(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Minsk released the prisoners.", [("Minsk", "BLR")]),
        ("Lukashenko's government released them.", [("Lukashenko", "BLR")]),
        ("Washington eased sanctions.", [("Washington", "USA")]),
        ("The bloc imposed sanctions.", [("bloc", "EU")]),
        ("Brussels imposed sanctions.", [("Brussels", "EU")]),
        ("The European Union acted.", [("European Union", "EU")]),
        ("The Belarusian authorities freed them.", [("Belarusian", "BLR")]),
        ("The State Department welcomed it.", [("State Department", "USA")]),
        # the full name of Britain's foreign ministry, whose comma splits no place
        (
            "The Foreign, Commonwealth and Development Office listed them.",
            [("Foreign, Commonwealth and Development Office", "GBR")],
        ),
        ("Tehran freed a man flown to Vilnius.", [("Tehran", "IRN"), ("Vilnius", "LTU")]),
        ("The weather was mild.", []),
        # actors: capitals, demonyms and leaders of states beyond the usual few
        ("Colombo freed fifteen fishermen.", [("Colombo", "LKA")]),
        ("Juba and Abidjan acted.", [("Juba", "SSD"), ("Abidjan", "CIV")]),
        (
            "Sri Lankan authorities freed Kenyan activists.",
            [("Sri Lankan", "LKA"), ("Kenyan", "KEN")],
        ),
        (
            "The Burkinabe government freed two Togolese.",
            [("Burkinabe", "BFA"), ("Togolese", "TGO")],
        ),
        ("President Museveni pardoned them.", [("Museveni", "UGA")]),
        # a full name around a leader's surname stays a name of its own (sanctions may list it)
        ("Emmerson Mnangagwa spoke.", [("Mnangagwa", "ZWE")]),
        # heads of state and government of recent years, full names and distinctive surnames
        ("King Mohammed VI pardoned them.", [("King Mohammed VI", "MAR")]),
        (
            "President Tinubu and Prime Minister Starmer spoke.",
            [("Tinubu", "NGA"), ("Starmer", "GBR")],
        ),
        (
            "Claudia Sheinbaum met Mark Carney.",
            [("Claudia Sheinbaum", "MEX"), ("Mark Carney", "CAN")],
        ),
        # a leader later listed or jailed is left out: a listed entity is not its state
        ("Min Aung Hlaing was listed.", []),
        # short and older names pycountry lacks; the longer Congo never falls back to "Congo" (COG)
        (
            "The Democratic Republic of Congo and the Republic of Congo signed it.",
            [("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG")],
        ),
        # bare "Congo" is Kinshasa in news style; Brazzaville is named in full
        (
            "Fighting in eastern Congo spread; the Republic of the Congo closed its border.",
            [("Congo", "COD"), ("Republic of the Congo", "COG")],
        ),
        (
            "DR Congo, Ivory Coast and East Timor",
            [("DR Congo", "COD"), ("Ivory Coast", "CIV"), ("East Timor", "TLS")],
        ),
    ],
)
def test_find_places(spacy_extractor, text, expected):
    assert places(spacy_extractor, text) == expected


def test_longest_match_wins(spacy_extractor):
    # "European Union" is one place, not "European" plus "Union"
    found = spacy_extractor.gazetteer.find_places(
        spacy_extractor.nlp("The European Union and the United States acted.")
    )
    assert [(p.span.text, p.code) for p in found] == [
        ("European Union", "EU"),
        ("United States", "USA"),
    ]


def test_place_kinds(spacy_extractor):
    doc = spacy_extractor.nlp("Minsk and the Belarusian leader Lukashenko, the bloc and Belarus.")
    kinds = {p.span.text: p.kind for p in spacy_extractor.gazetteer.find_places(doc)}
    assert kinds == {
        "Minsk": "capital",
        "Belarusian": "demonym",
        "Lukashenko": "leader",
        "bloc": "institution",
        "Belarus": "name",
    }


def test_find_entities(spacy_extractor):
    doc = spacy_extractor.nlp("OFAC delisted Belavia and belaruskali.")
    found = spacy_extractor.gazetteer.find_entities(doc)
    assert [(s.text, e.name, e.country, e.sector) for s, e in found] == [
        ("Belavia", "Belavia", "BLR", "aviation"),
        ("belaruskali", "Belaruskali", "BLR", "potash"),
    ]


@pytest.mark.parametrize(
    "code",
    ["LKA", "SSD", "CIV", "UGA", "TJK", "KGZ", "TGO", "GIN", "MRT", "LAO", "PRY", "NPL", "SOM"],
)
def test_every_state_has_a_capital_and_a_demonym(code):
    kinds = {kind for c, kind in place_table().values() if c == code}
    assert {"name", "capital", "demonym"} <= kinds


def test_tables_are_consistent():
    table = place_table()
    assert table["Minsk"] == ("BLR", "capital")
    assert all(kind in PLACE_KINDS for _, kind in table.values())
    for entity in entity_table().values():
        assert entity.sector in (*SECTORS, "other")
        assert len(entity.country) == 3 or entity.country in ("EU", "UN")


def test_monitor_table_is_read_from_the_data_file():
    table = monitor_table()
    assert table["viasna"] == "BLR" and table["aapp"] == "MMR"
    assert all(name == name.lower() and len(code) == 3 for name, code in table.items())


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("King Mohammed VI pardoned 1,200 prisoners on Throne Day.", "MAR"),
        ("President Tshisekedi pardoned the three Americans on Tuesday.", "COD"),
        ("Prabowo granted an amnesty that freed 44,000 inmates.", "IDN"),
    ],
)
def test_a_leader_names_the_state_that_frees(release_mentions, text: str, actor: str) -> None:
    assert {m.actor for m in release_mentions(text)} == {actor}

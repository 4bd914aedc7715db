"""What a sanctions act lists: sectors and entities on its object side (own-words sentences, parsed
by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import listed

from .builders import inline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an arms embargo and a ban on crude exports", ["defense", "oil"]),
        ("financial sanctions on firms linked to the military", []),
        ("sanctions on the Ministry of Defence and two airlines", ["aviation"]),
        ("sanctions on military equipment", ["defense"]),
        ("sanctions on the oil sales of the state energy company", ["oil"]),
        ("sanctions on the state energy company", ["energy"]),
        ("sanctions on oil exports and on energy trading", ["oil", "energy"]),
        ("a ban on imports of Cuban cigars", ["tobacco"]),
    ],
    ids=[
        "embargo-bears-on-goods",
        "kinds-and-owners",
        "ministry-name",
        "military-goods",
        "energy-as-the-kind-of-an-oil-and-gas-firm",
        "energy-firm-alone",
        "energy-as-a-trade-beside-oil",
        "cigars-are-tobacco",
    ],
)
def test_sectors(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Seoul imposed sanctions on members of the Lazarus Group and on Chosun Expo.",
            ["Chosun Expo"],
        ),
        ("Ottawa removed the head of the Bolivian electoral tribunal from its list.", []),
        ("Tokyo imposed sanctions on Rosatom under its Ukraine sanctions programme.", ["Rosatom"]),
        # issue 2: names inside titles, of founders and operators, longer than a known company
        ("Paris froze the assets of Interior Minister Ruslan Dadayev.", ["Ruslan Dadayev"]),
        ("Ottawa sanctioned Pavel Gromov, the founder of the Baltic Timber Group.",
         ["Pavel Gromov"]),
        ("London listed the operator of Russia's Mir payment card system.", []),
        ("Washington sanctioned Gazprom Neft on Friday.", ["Gazprom Neft"]),
        ("London added both banks to the Consolidated Sanctions List.", []),
        ("Washington eased sanctions on Myanmar through GL 12 for Kanbawza Bank.",
         ["Kanbawza Bank"]),
        ("Ottawa sanctioned Tomas Reyes, who runs the Nicaraguan Postal Corporation.",
         ["Tomas Reyes"]),
        # session 9: places the tagger took for bodies
        ("Washington sanctioned three Karachi companies and Norvex Holdings.",
         ["Norvex Holdings"]),
        ("London sanctioned Bank Melli Iran on Monday.", ["Bank Melli Iran"]),
    ],
    ids=["members-of-a-group", "no-lowercase-body", "programme-not-listed",
         "title-word-is-no-company", "founder-of", "operator-of", "longer-than-known",
         "a-list-name-is-no-entity", "a-licence-name-is-no-entity",
         "a-body-in-a-relative-clause-is-not-listed", "a-city-is-no-body",
         "a-bank-named-after-its-state"],
)  # fmt: skip
def test_entities(spacy_extractor, parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    verb = next(t for t in ps.doc if t.dep_ == "ROOT")
    scope = {t.i for c in verb.children if c.dep_ not in ("nsubj", "punct") for t in c.subtree}
    names, _, _ = listed.entities(ps, verb, scope, spacy_extractor.gazetteer)
    assert names == expected


# --- issue 2, session 5: verbs, ministries and names are no sectors; more sector words ---
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sanctions on two firms that finance the junta", []),
        ("sanctions on aides of the energy ministry", []),
        ("sanctions on the Rural Agricultural Development Bank", ["banking"]),
        ("sanctions on tech firms, four bankers and a drone maker", ["technology", "banking",
                                                                   "defense"]),
        ("sanctions on the state copper miner", ["metals", "mining"]),
        ("sanctions on two Lao river-shipping companies", ["shipping"]),
        # session 9: offices and forces are no industry; money transfer, gems, software
        ("sanctions on the defence minister and the interior minister", []),
        ("sanctions on the Eritrean Defence Forces", []),
        ("sanctions on the financial company that processes remittances", ["finance"]),
        ("sanctions on a cryptocurrency exchange and two gem and jade companies", ["finance",
                                                                               "mining"]),
        ("sanctions on a software company and its vessel", ["technology", "shipping"]),
    ],
    ids=["verb-finance", "ministry-modifier", "name-head-gives-the-sector", "trades-and-goods",
         "miner", "hyphened-trade", "office-titles", "armed-force", "financial-company",
         "crypto-and-gems", "software-and-vessel"],
)  # fmt: skip
def test_sectors_of_names_and_trades(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sanctions on the Banco Agricola del Sur", ["banking"]),
        ("sanctions on Belagrobank and Norvex Holdings", ["banking"]),
    ],
    ids=["banco-name", "one-word-bank-name"],
)
def test_bank_names(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected

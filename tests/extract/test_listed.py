"""What a sanctions act lists: sectors and entities on its object side (own-words sentences, parsed
by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("an arms embargo and a ban on crude exports", ["defense", "oil"]),
        ("financial sanctions on firms linked to the military", []),
        ("sanctions on the Ministry of Defence and two airlines", ["aviation"]),
        ("sanctions on military equipment", ["defense"]),
        ("sanctions on the oil sales of the state energy company", ["oil", "energy"]),
        ("sanctions on the state energy company", ["energy"]),
        ("sanctions on oil exports and on energy trading", ["oil", "energy"]),
        ("a ban on imports of Cuban cigars", ["tobacco"]),
        ("sanctions on firms for making port calls in Iran", ["shipping"]),
        ("sanctions on firms that bought logs from Myanmar", ["timber"]),
        ("sanctions on firms in the port city of Bandar Abbas", []),
        ("sanctions on firms that supply machinery", []),
        # session 25: coal is energy; the Nord Stream pipelines carry gas
        ("a ban on imports of Russian coal", ["energy"]),
        ("a ban on transactions with the Nord Stream pipelines", ["gas"]),
        ("a ban on imports of Russian coke and iron", []),
    ],
    ids=[
        "embargo-bears-on-goods",
        "kinds-and-owners",
        "ministry-name",
        "military-goods",
        "energy-as-the-words-say-beside-oil",
        "energy-firm-alone",
        "energy-as-a-trade-beside-oil",
        "cigars-are-tobacco",
        "port-calls-are-shipping",
        "logs-are-timber",
        "a-port-city-is-no-shipping",
        "machinery-names-no-sector",
        "coal-is-energy",
        "nord-stream-is-gas",
        "coke-and-iron-name-none-of-these",
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
        # session 17: a plural possessive's apostrophe is no part of the name
        ("Ottawa froze the assets of the Kestrel Guards' missile unit.", ["Kestrel Guards"]),
        # session 18: the wrong a listing answers names no listed body; its members stay
        ("Washington sanctioned Ivo Maric for obstructing the Ohrid peace accords.",
         ["Ivo Maric"]),
        ("London sanctioned Colonel Abel Tesfay for abuses in Tigray.", ["Abel Tesfay"]),
        ("Washington sanctioned nine firms for supplying drones, including Kupol Works.",
         ["Kupol Works"]),
        ("London sanctioned a Zawiya-based company and Corvel Holdings.", ["Corvel Holdings"]),
        ("Washington delisted the hotel operator Gaviota and the lender Cyprus.", ["Gaviota"]),
        # session 25: the Nord Stream pipelines are no listed body; their operator is
        ("Brussels sanctioned Rosneft and Nord Stream 2 on Friday.", ["Rosneft"]),
        ("Washington sanctioned Nord Stream 2 AG on Friday.", ["Nord Stream 2 AG"]),
    ],
    ids=["members-of-a-group", "no-lowercase-body", "programme-not-listed",
         "title-word-is-no-company", "founder-of", "operator-of", "longer-than-known",
         "a-list-name-is-no-entity", "a-licence-name-is-no-entity",
         "a-body-in-a-relative-clause-is-not-listed", "a-city-is-no-body",
         "a-bank-named-after-its-state", "plural-possessive", "a-deed-names-no-body",
         "a-wrong-done-somewhere", "members-named-in-the-deed-stay", "a-seat-is-no-body",
         "a-body-the-tagger-took-for-a-place", "a-pipeline-is-no-body",
         "a-pipelines-operator-is"],
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
        ("sanctions on the Eritrean Defence Forces", ["defense"]),  # a listed army (s. 23)
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a ban on exports of dual-use goods to Russia", ["technology"]),
        ("sanctions on suppliers of machine tools", ["technology"]),
        ("a ban on machine guns", []),
        ("a ban on the use of force", []),
    ],
    ids=["dual-use", "machine-tools", "machine-alone", "use-alone"],
)  # fmt: skip
def test_two_word_sectors(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 26: shadow-fleet vessels are oil and shipping, whether or not told as carrying oil
        ("sanctions on 60 vessels that belong to Russia's shadow fleet", ["shipping", "oil"]),
        ("sanctioned 21 tankers of the so-called shadow fleet", ["shipping", "oil"]),
        ("listed 40 shadow-fleet ships", ["oil", "shipping"]),
        ("sanctions on the shadow fleet", ["oil", "shipping"]),
        # negatives: "shadow" or "fleet" alone, another kind of shadow
        ("sanctioned a shadow banking network", ["banking"]),
        ("sanctioned the national fleet of the state airline", ["aviation"]),
        ("sanctioned 20 fishing vessels", ["shipping"]),
    ],
    ids=["belong-to", "so-called", "hyphened", "bare", "shadow-banking", "fleet-alone",
         "vessels-alone"],
)  # fmt: skip
def test_shadow_fleet_is_oil_and_shipping(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # session 23: a listed army or military unit is in defense
        ("imposed sanctions on Myanmar's army", ["defense"]),
        ("sanctioned the Eritrean Defence Forces over abuses", ["defense"]),
        ("sanctioned the Islamic Revolutionary Guard Corps", ["defense"]),
        # negatives: what the listed serve or belong to, a modifier, a police unit
        ("sanctioned three firms linked to the armed forces", []),
        ("sanctioned two army commanders", []),
        ("sanctioned the commander of the army", []),
        ("sanctioned the Law Enforcement Forces over the crackdown", []),
        ("sanctioned the interior ministry's special brigade", []),
        # session 24: the IRGC by its acronym is an army; the Basij, a paramilitary, is not
        ("imposed sanctions on the IRGC and its commanders", ["defense"]),
        ("sanctioned three firms that supplied the IRGC with fuel", []),
        ("sanctioned the Basij militia over the crackdown", []),
    ],
    ids=["army", "defence-forces", "guard-corps", "linked-to", "modifier", "member-of", "police",
         "ministry-brigade", "irgc-acronym", "irgc-supplied", "basij-paramilitary"],
)  # fmt: skip
def test_a_listed_army_is_defense(spacy_extractor, text, expected):
    assert listed.sectors(list(spacy_extractor.nlp(text))) == expected


@pytest.mark.parametrize(
    "text",
    [
        # what the listed supply, and "the military" that stands for a regime, are no listed army
        "froze the assets of 51 firms involved in supplying Russia's military",
        "imposed sanctions on companies supplying the Russian armed forces",
        "imposed sanctions on Myanmar's military over the coup",
        "sanctioned the Xinjiang Production and Construction Corps",
    ],
)
def test_not_a_listed_army(spacy_extractor, text):
    assert "defense" not in listed.sectors(list(spacy_extractor.nlp(text)))

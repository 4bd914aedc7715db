"""Names beside a sanctions act that it does not list: the list, law or programme it lists under,
the body a listed member belongs to, the maker of goods, a licence's holder (own-words sentences,
parsed by the real model)."""

from __future__ import annotations

import pytest

from detente.extract import listed_names

from .builders import inline


def _entities(extractor, text: str) -> list[list[str]]:
    return [sorted(e.entities) for e in extractor(inline(text)).events if e.type != "release"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "The Treasury on Monday added Keremet Bank to its list of Specially Designated "
            "Nationals.",
            [["Keremet Bank"]],
            id="the-list-of-names",
        ),
        pytest.param(
            "Canada on Monday imposed sanctions on Oleg Korzun under the Special Economic "
            "Measures (Russia) Regulations.",
            [["Oleg Korzun"]],
            id="the-regulations-with-a-parenthesis",
        ),
        pytest.param(
            "The Treasury on Monday designated Vera Lisovskaya under the Global Magnitsky "
            "programme.",
            [["Vera Lisovskaya"]],
            id="the-programme",
        ),
        pytest.param(
            "Britain on Monday sanctioned two senior IRGC commanders and the Basij militia's "
            "deputy chief, Pavel Ostrovsky.",
            [["Pavel Ostrovsky"]],
            id="the-body-of-listed-members",
        ),
        pytest.param(
            "The Treasury on Monday issued a licence allowing Airbus to sell spare parts for the "
            "Boeing aircraft of Iran Air.",
            [["Iran Air"]],
            id="a-licensee-and-a-maker",
        ),
        pytest.param(
            "The Treasury on Monday lifted sanctions on PDVSA and issued a licence allowing "
            "Chevron to work with PDVSA.",
            [["PDVSA"]],
            id="a-name-told-also-outside-the-licence-stays",
        ),
        pytest.param(
            "The Treasury on Thursday granted Halvard Resources a restricted licence to resume "
            "pumping oil in Venezuela, easing sanctions on the country.",
            [[]],
            id="a-licence-granted-to-a-dative-holder",
        ),
        pytest.param(
            "The Treasury on Tuesday revoked Halvard Resources's licence to operate in Venezuela.",
            [[]],
            id="a-holder-possessing-the-licence",
        ),
        pytest.param(
            "The Treasury on Tuesday revoked the licence that allowed Halvard Resources to export "
            "Venezuelan crude.",
            [[]],
            id="a-holder-in-the-licence-clause",
        ),
        pytest.param(
            "The Treasury on Tuesday revoked the licence that allowed dealings with Minera Sur "
            "Holdings.",
            [["Minera Sur Holdings"]],
            id="what-the-licence-allows-dealings-with-stays",
        ),
        pytest.param(
            "EU ministers on Monday imposed sanctions on four Chinese officials, the first EU "
            "measures against China since the 1989 Tiananmen crackdown.",
            [[]],
            id="a-name-qualifying-an-event",
        ),
        pytest.param(
            "The United States on Monday imposed sanctions on Turkey's arms agency, the first use "
            "of the law against a NATO ally.",
            [[]],
            id="a-name-qualifying-a-person",
        ),
        pytest.param(
            "The Treasury on Monday sanctioned the gas trader Kestrel Gas and the Orlan Group.",
            [["Kestrel Gas", "Orlan Group"]],
            id="a-name-that-holds-the-noun-stays",
        ),
    ],
)
def test_names_not_listed(spacy_extractor, text, expected):
    assert _entities(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("under the Global Magnitsky programme", True),
        ("added Keremet Bank to its list of Specially Designated Nationals", True),
        ("sanctions on Global Maritime Holdings", False),
    ],
)
def test_programme_name(spacy_extractor, text, expected):
    doc = spacy_extractor.nlp(text)
    ents = [e for e in doc.ents if e.label_ in ("ORG", "PRODUCT", "PERSON")]
    assert any(listed_names.programme_name(e) for e in ents) is expected


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        pytest.param(
            ["Kestrel", "Kestrel Avionics"],
            "Kestrel hit. The Commerce Department listed Kestrel Avionics. Kestrel said no.",
            ["Kestrel Avionics"],
            id="the-first-words-of-a-name",
        ),
        pytest.param(
            ["ODRC", "Orinoco Dredging and River Company", "Sur Bank"],
            "The Treasury listed the Orinoco Dredging and River Company (ODRC) and Sur Bank.",
            ["Orinoco Dredging and River Company", "Sur Bank"],
            id="the-initials-of-a-name",
        ),
        pytest.param(
            ["Sur Bank", "Sur Bank Leasing"],
            "The Treasury delisted Sur Bank and Sur Bank Leasing on Monday.",
            ["Sur Bank", "Sur Bank Leasing"],
            id="two-bodies-told-apart-in-one-sentence",
        ),
    ],
)
def test_one_name_each(names, text, expected):
    assert listed_names.one_name_each(names, text) == expected


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        pytest.param(
            ["Orlan Petroleum", "OrPet"],
            "London listed Orlan Petroleum (OrPet) on Monday. OrPet denied wrongdoing.",
            ["Orlan Petroleum"],
            id="a-short-form-in-brackets",
        ),
        pytest.param(
            ["Orlan Petroleum", "OrPet"],
            "London listed Orlan Petroleum and its trading arm OrPet on Monday.",
            ["Orlan Petroleum", "OrPet"],
            id="no-brackets-two-bodies",
        ),
    ],
)
def test_one_name_each_brackets(names, text, expected):
    assert listed_names.one_name_each(names, text) == expected


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        pytest.param(
            ["Kestrel Timber"],
            "Head: Kestrel Timber delisted\nThe Treasury delisted Kestrel Timber Holdings on "
            "Monday. Kestrel Timber welcomed it.",
            ["Kestrel Timber Holdings"],
            id="a-company-form-at-the-first-mention",
        ),
        pytest.param(
            ["Sur Trading"],
            "Head\nBritain listed Sur Trading Or Vanta SARL, a gold dealer. Sur Trading denied it.",
            ["Sur Trading Or Vanta SARL"],
            id="name-words-then-a-company-form",
        ),
        pytest.param(
            ["Central Bank"],
            "Head\nOttawa listed the Central Bank of the Republic of Orlania. The Central Bank said "
            "nothing.",
            ["Central Bank of the Republic of Orlania"],
            id="an-institution-of-phrase",
        ),
        pytest.param(
            ["KMX"],
            "Head\nOttawa listed the Venezuelan company Kestrel Mining (KMX). KMX denied it.",
            ["Kestrel Mining"],
            id="the-name-before-a-bracketed-short-form",
        ),
        pytest.param(
            ["PdVSA", "Minerven"],
            "Head\nIt covers Petróleos de Venezuela (PdVSA). It also covers Minerven.",
            ["Petróleos de Venezuela", "Minerven"],
            id="small-words-inside-the-name",
        ),
        pytest.param(
            ["OPC"],
            "Head\nIt listed Kestrel Mining and Orlan Petroleum Company (OPC). OPC denied it.",
            ["Orlan Petroleum Company"],
            id="the-part-whose-capitals-the-short-form-gives",
        ),
        pytest.param(
            ["ODRC"],
            "Head\nIt listed the Orinoco Dredging and River Company (ODRC). ODRC denied it.",
            ["Orinoco Dredging and River Company"],
            id="a-name-with-and-inside",
        ),
        # negatives: another body with a longer name, a name told alone first, no company form,
        # a bracket after words that are no name
        pytest.param(
            ["KMX"],
            "Head\nOttawa listed a mining company (KMX) on Monday.",
            ["KMX"],
            id="a-bracket-after-common-nouns",
        ),
        pytest.param(
            ["Kestrel"],
            "Head\nThe Treasury listed Kestrel on Monday. Its arm Kestrel International GmbH "
            "was spared.",
            ["Kestrel"],
            id="the-parent-told-alone-first",
        ),
        pytest.param(
            ["Orlan"],
            "Head\nWashington listed Orlan Neft, and Orlan itself was spared.",
            ["Orlan"],
            id="no-company-form-no-completion",
        ),
        pytest.param(
            ["Orlan Petroleum"],
            "Head\nThe EU listed Orlan Petroleum of Orlania on Friday.",
            ["Orlan Petroleum"],
            id="a-company-s-of-phrase-is-its-place",
        ),
    ],
)
def test_first_full(names, text, expected):
    assert listed_names.first_full(names, text) == expected

"""The shape of a freed person's name: words NER took with it, spans that name no one."""

from __future__ import annotations

import pytest

from detente.extract.person_names import tidy


@pytest.mark.parametrize(
    ("span", "name"),
    [
        # words before the name that are no part of it
        ("After Sala", "Sala"),
        ("When Eirik Solheim", "Eirik Solheim"),
        ("American Amir Amiry", "Amir Amiry"),
        ("-- Keith Siegel", "Keith Siegel"),
        ("Rwanda's Ingabire", "Ingabire"),
        ("Ban Chan Song La.", "Ban Chan Song La"),
        # names kept whole: particles, hyphens, patronymics, initials, suffixes
        ("Salma al-Shehab", "Salma al-Shehab"),
        ("Franqui Flores de Freitas", "Franqui Flores de Freitas"),
        ("Makhabat Tazhibek kyzy", "Makhabat Tazhibek kyzy"),
        ("Martin Luther King Jr.", "Martin Luther King Jr."),
        ("Kevin King", "Kevin King"),
        ("Aung San Suu Kyi", "Aung San Suu Kyi"),
    ],
)
def test_names_trimmed(span, name):
    assert tidy(span) == name


@pytest.mark.parametrize(
    "span",
    [
        "Independence Day",  # a feast
        "Eid al-Fitr",
        "Toplum TV",  # media and companies
        "Abzas Media",
        "Temirov Live",
        "Espace FM",
        "Gulfline Ship Management",
        "Grodno Azot",  # a listed company
        "Foro Penal",  # a rights group
        "Reporters Without Borders",
        "La Paz",  # places and datelines
        "BUENOS AIRES",
        "Solomon Islanders",
        "Homa Bay",
        "Algerian lorry",  # a common noun phrase
        "US-Russian ballerina",
    ],
)
def test_spans_that_name_no_one(span):
    assert tidy(span) is None

"""The shape of a freed person's name: words NER took with it, spans that name no one."""

from __future__ import annotations

import pytest

from detente.extract.person_names import full_names, shared_names, tidy


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
        ("Sunday Clotilde Reiss", "Clotilde Reiss"),  # a weekday NER took with the name
        ("Information Minister Hamza Baloul", "Hamza Baloul"),  # a title of office
        ("Minister Ali Jiddo", "Ali Jiddo"),
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
        "Khan Younis",  # a city in Gaza
        "Algerian lorry",  # a common noun phrase
        "US-Russian ballerina",
    ],
)
def test_spans_that_name_no_one(span):
    assert tidy(span) is None


def test_shared_names_go_to_the_release_that_tells_them_by_its_own_trigger():
    moscow = [(["Tom Reed"], "exchange"), (["Tom Reed"], "free")]  # "exchanged ..., freeing Reed"
    washington = [(["Tom Reed"], "exchange"), (["Ivan Orlov"], "release")]
    assert shared_names([moscow, washington]) == [set(), {"Reed"}]


def test_shared_names_keep_a_tie():
    first, second = [(["Ann Berg"], "free")], [(["Ann Berg"], "release")]
    assert shared_names([first, second]) == [set(), set()]


@pytest.mark.parametrize(
    ("surname", "text", "expected"),
    [
        ("Berg", "Moscow freed the Norwegian Lars Berg on Friday.", "Lars Berg"),
        ("Moreau", "Tehran released the Frenchman Paul Moreau.", "Paul Moreau"),
        ("Levi", "Staff Sergeant Dan Levi was handed over.", "Dan Levi"),
        ("Kovac", "He was freed. When Ivan Kovac landed, he wept.", "Ivan Kovac"),
        ("Levy", "Hamas freed Or Levy on Saturday.", "Or Levy"),  # a first name, not "or"
        ("Ortiz", "Bishop Ortiz spoke of the release of Bishop Luis Ortiz.", "Luis Ortiz"),
    ],
)
def test_full_names_leave_out_what_is_written_before_a_name(surname, text, expected):
    assert full_names([surname], text) == [expected]


def test_full_names_skip_a_writing_with_a_title_inside():
    text = "US Marine Tom Reed flew home. Tom Reed thanked the envoy."
    assert full_names(["Reed"], text) == ["Tom Reed"]


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Ozturk", "The list names Kemal Ozturk. London then dropped Ozturk.", "Kemal Ozturk"),
        ("Rostekhmash", "The firm Rostekhmash was listed.", "Rostekhmash"),  # kept, one word
        ("Rostekhmash", "Russia's Rostekhmash was listed.", "Rostekhmash"),  # an owner, no name
        ("Rostekhmash", "Moscow Rostekhmash was listed.", "Rostekhmash"),  # a place, no name
        ("Rostekhmash", "It hit Moscow-based Rostekhmash.", "Rostekhmash"),  # a modifier
        ("Rostekhmash", "For Rostekhmash, it was a blow.", "Rostekhmash"),  # a sentence's start
        ("Rostekhmash", "It hit the Omsk Tractor Rostekhmash.", "Rostekhmash"),  # a longer name
    ],
)
def test_full_names_of_listed_bodies(name, text, expected):
    """Session 17: a listed one-word name is completed only from a person's full writing."""
    assert full_names([name], text, keep=True) == [expected]

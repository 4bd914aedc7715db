"""One release told by its stages (a decision the day before, an arrival the day after) is one event."""

from __future__ import annotations

import pytest

from detente.extract.pipeline import Extractor
from detente.model import EventType
from tests.extract.builders import inline


def _releases(
    extractor: Extractor, text: str, published: str
) -> list[tuple[str | None, str | None]]:
    events = extractor(inline(text, published)).events
    return [(e.actor, e.date) for e in events if e.type == EventType.RELEASE]


def test_an_arrival_the_day_after_the_release_is_that_release(spacy_extractor: Extractor):
    text = (
        "Canadian pilot back in Toronto after Cairo frees him\n"
        "TORONTO, Friday 10 October 2025\n"
        "Mark Ellison, a Canadian pilot jailed in Egypt for smuggling, landed in Toronto on Thursday "
        "after Egypt freed him, the foreign ministry said.\n"
        "He was released from Tora prison on Wednesday and boarded an overnight flight."
    )
    assert _releases(spacy_extractor, text, "2025-10-10") == [("EGY", "2025-10-08")]


def test_a_pardon_the_day_before_people_walked_out_is_that_release(spacy_extractor: Extractor):
    text = (
        "Kyrgyzstan frees two reporters\n"
        "BISHKEK, Saturday 15 March 2025\n"
        "Two reporters of an independent news site walked out of a Bishkek jail on Friday, "
        "Kyrgyz officials said.\n"
        "President Sadyr Japarov pardoned them on Thursday."
    )
    assert _releases(spacy_extractor, text, "2025-03-15") == [("KGZ", "2025-03-14")]


def test_a_decree_and_those_covered_by_it_leaving_are_one_release(spacy_extractor: Extractor):
    # session 17: the pardon noun of the walk-out sentence tells the freeing, not the decision
    text = (
        "Bahrain king pardons 310 prisoners\n"
        "MANAMA, Friday 14 March 2025\n"
        "King Hamad issued a royal decree on Wednesday pardoning 310 convicts, the state news "
        "agency said.\n"
        "The interior ministry said the prisoners covered by the pardon began leaving Jau prison "
        "on Thursday morning."
    )
    assert _releases(spacy_extractor, text, "2025-03-14") == [("BHR", "2025-03-13")]


@pytest.mark.parametrize(
    "second",
    [
        # other people freed the next day: another act
        "On Friday Egypt freed Sara Haddad, a Canadian teacher held since May.",
        # a number that clashes: another act
        "On Friday Egypt freed 40 more prisoners held since May.",
    ],
)
def test_another_act_a_day_apart_stays_apart(spacy_extractor: Extractor, second: str):
    text = (
        "Egypt frees Canadian\n"
        "CAIRO, Saturday 11 October 2025\n"
        "Egypt freed Mark Ellison, a Canadian pilot jailed for smuggling, on Thursday and he flew home.\n"
        + second
    )
    found = _releases(spacy_extractor, text, "2025-10-11")
    assert ("EGY", "2025-10-09") in found and ("EGY", "2025-10-10") in found


def test_a_name_told_in_another_case_is_the_same_person(spacy_extractor: Extractor):
    # v14: "al-Baqer" and "Al-Baqer" are one name: the decision folds into the walk-out
    text = (
        "Egypt pardons two activists\n"
        "CAIRO, Friday 21 July 2023\n"
        "Egypt on Wednesday issued a decree pardoning two activists, the researcher Omar Farid and "
        "the lawyer Hany al-Masry.\n"
        "Al-Masry was freed on Thursday, his colleagues said."
    )
    assert _releases(spacy_extractor, text, "2023-07-21") == [("EGY", "2023-07-20")]


# --- session 16: the other half of a trade told just after the act it answers ---
def test_the_other_half_of_a_trade_takes_the_day_of_the_act_it_answers(
    spacy_extractor: Extractor,
):
    text = (
        "Five years after the Lima bargain, little of it remains\n"
        "LIMA, Tuesday 9 March 2027\n"
        "Five years ago today, Bolivia freed Jonas Berg, a Peruvian engineer jailed for spying, "
        "on March 9, 2022.\n"
        "In return, Peru pardoned two Bolivian officers and put them on a plane to La Paz."
    )
    assert sorted(_releases(spacy_extractor, text, "2027-03-09")) == [
        ("BOL", "2022-03-09"),
        ("PER", "2022-03-09"),
    ]


def test_an_act_told_after_a_later_day_takes_its_own_day(spacy_extractor: Extractor):
    """An act told in an "after" clause with no time of its own ("was handed over on Friday after
    Norway released ...") only has the main clause's day as a bound: the act's own day told
    elsewhere dates it, one event."""
    text = (
        "Norway and Iran trade prisoners\n"
        "OSLO, Saturday 18 October 2025\n"
        "A Norwegian geologist held in Tehran since 2023 was handed to Turkish officials on Friday "
        "after Norway released an Iranian trader convicted of smuggling drone parts.\n"
        "Officials said the trader, Hamid Sadri, walked out of Ila prison on Thursday and left "
        "Norway the same evening."
    )
    found = _releases(spacy_extractor, text, "2025-10-18")
    assert [r for r in found if r[0] == "NOR"] == [("NOR", "2025-10-16")]

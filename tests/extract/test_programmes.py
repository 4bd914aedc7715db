"""Sanctions acts told without a sanctions word: the continuation of a US national emergency, a
state barring its own people from dealings (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract import programmes, sanctions
from detente.extract.directions import nominal
from detente.extract.programmes import barred_people
from detente.model import EventType

IMPOSED = EventType.SANCTIONS_IMPOSED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president on Friday continued for another year the national emergency with "
            "respect to Syria, the basis of the sanctions programme.",
            [(IMPOSED, True)],
        ),
        (
            "The cabinet extended the national emergency it declared after the floods by three "
            "months.",
            [],
        ),
        (
            "Ottawa on Monday barred Canadians from providing services to Norvex Petroleum.",
            [(IMPOSED, False)],
        ),
        ("A court on Monday barred the Canadian firm from selling its shares.", []),
        ("The register bars Americans from dealing with firms run by the army.", []),
    ],
    ids=[
        "emergency-continued-renews",
        "emergency-over-floods-is-no-sanction",
        "own-people-barred-from-dealings",
        "a-court-bars-a-firm",
        "a-list-s-standing-effect",
    ],
)
def test_emergencies_and_bars_on_own_people(parsed_sentence, text, expected):
    found = sanctions.find(parsed_sentence(text))
    assert [(etype, renewal) for _, etype, renewal in found] == expected


def test_the_renewal_of_the_national_emergency_is_a_renewal(parsed_sentence):
    ps = parsed_sentence(
        "The listings follow the renewal last June of the national emergency with respect to "
        "North Korea."
    )
    renewal = next(t for t in ps.doc if t.lower_ == "renewal")
    assert nominal(renewal) == (IMPOSED, True)


def test_the_barred_are_the_own_people_only(parsed_sentence):
    ps = parsed_sentence("Ottawa on Monday barred Canadian banks from financing Norvex Petroleum.")
    barred = next(t for t in ps.doc if t.lower_ == "barred")
    assert sorted(ps.doc[i].text for i in barred_people(barred)) == ["Canadian", "banks"]


def test_the_services_barred_are_no_sector(parsed_sentence):
    ps = parsed_sentence(
        "The Treasury on Tuesday barred US persons from providing financial services to Norvex "
        "Petroleum."
    )
    barred = next(t for t in ps.doc if t.lower_ == "barred")
    words = {ps.doc[i].text for i in barred_people(barred)}
    assert {"US", "persons", "financial", "services"} <= words
    assert "Norvex" not in words and "Petroleum" not in words


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The firm was designated under Executive Order 14024 on Tuesday.", "designated", True),
        ("Two militia leaders were sanctioned under the Global Magnitsky Act.", "sanctioned",
         True),
        ("Three tankers were added to the Specially Designated Nationals list.", "added", True),
        ("The firm was designated under Britain's Russia regulations.", "designated", False),
        ("Two officials were sanctioned under the Magnitsky law.", "sanctioned", False),
        ("The firm was designated on Tuesday, a year after the executive order was signed.",
         "designated", False),
    ],
    ids=["executive-order", "global-magnitsky", "sdn-list", "another-states-regulations",
         "magnitsky-alone", "an-order-elsewhere-in-the-sentence"],
)  # fmt: skip
def test_us_instrument(parsed_sentence, text, verb, expected):
    ps = parsed_sentence(text)
    assert programmes.us_instrument(next(t for t in ps.doc if t.text == verb)) is expected

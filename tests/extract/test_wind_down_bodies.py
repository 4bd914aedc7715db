"""A bare wind-down licence takes the bodies and sectors of the act it closes out (session 26),
through the extractor on own-words paragraphs (published 14 June 2025)."""

from __future__ import annotations

from .builders import inline


def acts(extractor, text):
    return [
        (e.type, e.actor, e.target, e.entities, e.sectors, e.date)
        for e in extractor(inline(text)).events
    ]


def test_a_bare_wind_down_licence_takes_the_listing_it_goes_with(spacy_extractor):
    text = (
        "The Treasury on Thursday designated the Russian oil producer Volga Neft. "
        "OFAC issued a general licence, a 30-day wind-down."
    )
    assert acts(spacy_extractor, text) == [
        ("sanctions_imposed", "USA", "RUS", ["Volga Neft"], ["oil"], "2025-06-12"),
        ("sanctions_eased", "USA", "RUS", ["Volga Neft"], ["oil"], "2025-06-12"),
    ]


def test_a_wind_down_licence_naming_its_own_bodies_keeps_them(spacy_extractor):
    text = (
        "The Treasury on Thursday designated the Russian oil producer Volga Neft. "
        "OFAC issued a general licence authorising the wind-down of transactions with the "
        "Belarusian potash firm Minsk Kali."
    )
    eased = [a for a in acts(spacy_extractor, text) if a[0] == "sanctions_eased"]
    assert [a[3] for a in eased] == [["Minsk Kali"]]


def test_an_easing_that_is_no_wind_down_takes_nothing(spacy_extractor):
    text = (
        "The Treasury on Thursday designated the Russian oil producer Volga Neft. "
        "OFAC also issued a general licence for humanitarian trade."
    )
    eased = [a for a in acts(spacy_extractor, text) if a[0] == "sanctions_eased"]
    assert eased and all(a[3] == [] and a[4] == [] for a in eased)


def test_a_wind_down_licence_of_another_day_takes_nothing(spacy_extractor):
    text = (
        "The Treasury on Thursday designated the Russian oil producer Volga Neft. "
        "In March OFAC had issued a general licence, a 30-day wind-down."
    )
    eased = [a for a in acts(spacy_extractor, text) if a[0] == "sanctions_eased"]
    assert [(a[3], a[5]) for a in eased] == [([], "2025-03")]

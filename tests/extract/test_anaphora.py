"""Releases naming the freed by a pronoun or description: who they are (own sentences)."""

from __future__ import annotations

import pytest

from detente.extract import anaphora
from detente.model import EventType

from .builders import inline


def _releases(extractor, text: str, published: str = "2025-03-14"):
    doc = inline(text, published)
    return [e for e in extractor(doc).events if e.type == EventType.RELEASE]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Iran released him on Friday.", "him", True),
        ("She was freed on Monday.", "She", True),
        ("The activist walked out of prison.", "activist", True),
        ("This engineer was let go.", "engineer", True),
        # plural, counted, named or described at length: not one person told before
        ("Iran released them on Friday.", "them", False),
        ("The couple was freed on Monday.", "couple", False),
        ("The activist Ana Ruiz walked out of prison.", "activist", False),
        ("An engineer was let go.", "engineer", False),
        ("The engineer who built the dam was let go.", "engineer", False),
    ],
)
def test_is_singular_anaphor(spacy_extractor, text, word, expected):
    doc = spacy_extractor.nlp(text)
    (tok,) = [t for t in doc if t.text == word]
    assert anaphora.is_singular_anaphor(tok) is expected


def test_person_named_in_a_sentence_no_rule_needs(spacy_extractor):
    text = (
        "A quiet homecoming\n"
        "Consider Tamar Okafor. Nigerian authorities freed the journalist on Monday after "
        "two years in detention. The government has not commented."
    )
    (event,) = _releases(spacy_extractor, text)
    assert event.actor == "NGA"
    assert event.persons == ["Tamar Okafor"]
    assert (event.count, event.count_qualifier) == (1, "exact")


def test_person_named_in_a_sentence_parsed_only_for_a_stock(spacy_extractor):
    # "in a prison" with a number: the sentence is parsed for a stock estimate, without entities
    text = (
        "A quiet homecoming\n"
        "Maria Lopez had spent three years in a prison outside Managua. She was released by "
        "Nicaragua on Tuesday and crossed into Costa Rica."
    )
    (event,) = _releases(spacy_extractor, text)
    assert event.actor == "NIC"
    assert event.persons == ["Maria Lopez"]


def test_the_most_salient_person_not_the_last_named(spacy_extractor):
    text = (
        "Researcher home after two years\n"
        "Pavel Novak, a Czech researcher, was arrested in Tehran in 2023. "
        "Novak had been held in Evin prison, where the lawyer Sara Jafari visited him twice. "
        "Iran released him on Thursday, the Czech foreign ministry said."
    )
    (event,) = _releases(spacy_extractor, text)
    assert event.actor == "IRN"
    assert event.persons == ["Pavel Novak"]


def test_pronoun_and_sex_agree(spacy_extractor):
    text = (
        "One freed, one held\n"
        "Ines Duarte and Marco Bellini were detained in Caracas in May. "
        "Ines Duarte is still held, and her lawyer says she fears a long trial. "
        "Venezuela released him on Monday."
    )
    (event,) = _releases(spacy_extractor, text)
    assert event.persons == ["Marco Bellini"]


def test_no_named_person_leaves_the_release_unnamed(spacy_extractor):
    text = (
        "Detained sailor freed\n"
        "A sailor from the cargo ship was detained in Aden in March. "
        "Yemen released him on Sunday."
    )
    (event,) = _releases(spacy_extractor, text)
    assert event.actor == "YEM"
    assert event.persons == []


def test_the_same_person_freed_again_years_later_is_another_release(spacy_extractor):
    text = (
        "Writer freed again\n"
        "On 4 November 2019, the novelist Emre Kaplan walked out of Silivri prison. "
        "He was detained again a week later. "
        "He was released on 14 April 2021, and Turkey has not detained him since."
    )
    events = _releases(spacy_extractor, text, published="2024-11-05")
    assert sorted((e.date, tuple(e.persons)) for e in events) == [
        ("2019-11-04", ("Emre Kaplan",)),
        ("2021-04-14", ("Emre Kaplan",)),
    ]

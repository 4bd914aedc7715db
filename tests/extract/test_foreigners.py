"""People told as foreigners are not freed by their own state: their state, where the sentence
says they were held, and the weights of an article's states as captors."""

from __future__ import annotations

import pytest

from detente.extract import releases
from detente.extract.foreigners import held_in, own_state
from detente.extract.release_triggers import group_of

from .builders import inline


def _releasers(extractor, text: str, published: str = "2025-06-14") -> set[str]:
    doc = inline(text, published)
    return {e.actor for e in extractor(doc).events if e.type == "release"}


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("A captured Indian pilot was handed back on Friday.", "IND"),
        ("The Lebanese citizen Nadim Saad was freed on Tuesday.", "LBN"),
        ("Five Britons were released on Friday.", "GBR"),
        ("Twelve Sri Lankan fishermen were released on Tuesday.", "LKA"),
        # a known group told by its nationality alone may be its own state's prisoners
        ("The Belarusians were freed on Thursday.", None),
        # a dual national may be held by either of their states
        ("Lina Park, a dual US-Russian citizen, was released on Friday.", None),
        # prisoners, dissidents and journalists may be their own state's
        ("Fifty-two Belarusian political prisoners were freed on Thursday.", None),
        ("Two Iranian journalists were released on Monday.", None),
    ],
)
def test_the_freed_told_as_foreigners_have_a_state_of_their_own(
    parsed_sentence, text: str, own: str | None
) -> None:
    ps = parsed_sentence(text)
    ((trigger, _),) = releases.find(ps)
    assert own_state(group_of(trigger, ps), ps) == own


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "The Lebanese citizen Nadim Saad, jailed for ten years in prison in Iran, was freed.",
            "IRN",
        ),
        ("Eighteen Italian fishermen were released in Libya on Thursday.", "LBY"),
        # where they went is not where they were held
        ("Eighteen Italian fishermen were freed and flown to Rome.", None),
    ],
)
def test_the_state_a_sentence_says_held_them(parsed_sentence, text: str, held: str | None) -> None:
    ps = parsed_sentence(text)
    ((trigger, group),) = releases.find(ps)
    assert held_in(ps, trigger, own_state(group_of(trigger, ps), ps) or "") == held


def test_people_told_as_foreigners_are_freed_by_the_other_party(spacy_extractor) -> None:
    text = (
        "Pilot home after talks\n"
        "A captured Indian pilot was freed on Friday and crossed at Wagah. India had asked "
        "Pakistan to release him, and Indian officials said the release showed goodwill. India "
        "said the release of other prisoners held in Pakistan would be raised in talks."
    )
    assert _releasers(spacy_extractor, text, "2025-06-14") == {"PAK"}


def test_people_retold_by_a_participle_keep_the_default_captor(spacy_extractor) -> None:
    text = (
        "Belarus frees 30 after envoy visit\n"
        "Belarus freed 30 prisoners on Thursday, and the United States eased sanctions on the "
        "airline Belavia in return. Among the Belarusians freed are the journalists Ales Petrou "
        "and Ina Holub, officials in the United States said."
    )
    assert _releasers(spacy_extractor, text, "2025-06-14") == {"BLR"}


def test_a_state_named_only_as_who_the_freed_are_or_where_they_went_holds_no_one(
    spacy_extractor,
) -> None:
    text = (
        "A year of releases\n"
        "In Venezuela, the releases came in trickles. In June, seventy detainees were freed in a "
        "single weekend. In November, two Colombian citizens were released and crossed into "
        "Colombia."
    )
    assert _releasers(spacy_extractor, text, "2025-12-30") == {"VEN"}

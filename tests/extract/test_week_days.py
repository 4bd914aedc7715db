"""Days counted back in weeks, set to the calendar day the article gives near them (week_days, v20)."""

from __future__ import annotations

import pytest

from detente.extract.dates import find
from detente.extract.opening_days import opening_day
from detente.extract.week_days import snapped
from tests.extract.builders import inline

PUBLISHED = "2025-01-22"  # a Wednesday


def snapped_values(sentence: str, article: str) -> list[str]:
    return [t.value for t in snapped(find(sentence, PUBLISHED), article, PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "rest", "expected"),
    [
        # a calendar day within three days of the counted one is the day meant
        (
            "A week ago, Havana freed 20 prisoners.",
            "The deal was sealed on January 14.",
            "2025-01-14",
        ),
        ("Two weeks ago, Minsk let three men go.", "They crossed on 10 January.", "2025-01-10"),
        (
            "Four weeks ago she was in a cell.",
            "She was set free on December 27, 2024.",
            "2024-12-27",
        ),
        # negatives: no day near it, a day too far, two days near it, a day equal to it
        ("A week ago, Havana freed 20 prisoners.", "The talks began in 2023.", "2025-01-15"),
        ("A week ago, Havana freed 20 prisoners.", "The talks began on January 5.", "2025-01-15"),
        (
            "A week ago, Havana freed 20 prisoners.",
            "Talks ran on January 13 and ended on January 17.",
            "2025-01-15",
        ),
        ("A week ago, Havana freed 20 prisoners.", "It happened on January 15.", "2025-01-15"),
        # a month alone is no day
        ("A week ago, Havana freed 20 prisoners.", "Talks began in January.", "2025-01-15"),
    ],
)
def test_a_day_counted_in_weeks_takes_the_calendar_day_near_it(sentence, rest, expected):
    article = f"Headline\nHAVANA, Jan. 22, 2025 --\n{sentence} {rest}\n"
    assert snapped_values(sentence, article)[0] == expected


def test_other_times_are_left_as_they_are():
    sentence = "Ten days ago, Minsk freed two men; on Monday, it freed three more."
    article = f"Headline\n{sentence} Both were pardoned on January 13 and January 21.\n"
    assert snapped_values(sentence, article) == [t.value for t in find(sentence, PUBLISHED)]


def test_the_opening_day_of_a_week_ago_is_the_calendar_day_near_it():
    text = (
        "Headline\nHAVANA, Jan. 22, 2025 --\nA week ago the two governments sealed a trade.\n\n"
        "On January 14, Washington told Congress it would lift the listing.\n"
    )
    assert opening_day(text, PUBLISHED) == "2025-01-14"
    assert opening_day(text.replace("On January 14", "In January"), PUBLISHED) == "2025-01-15"


def test_acts_told_a_week_ago_take_the_day_the_article_gives(spacy_extractor):
    text = (
        "Cuba frees prisoners after US delisting\nHAVANA, Jan. 22, 2025 --\n"
        "A week ago, Washington removed Cuba from its list of state sponsors of terrorism, and "
        "Havana freed 20 political prisoners in return.\n\n"
        "On January 14, the outgoing administration told Congress of the removal.\n"
    )
    found = {(e.type, e.actor, e.date) for e in spacy_extractor(inline(text, PUBLISHED)).events}
    assert found == {("release", "CUB", "2025-01-14"), ("sanctions_eased", "USA", "2025-01-14")}
    alone = text.replace("On January 14, the", "The")  # no day near it: the day a week back
    found = {(e.type, e.actor, e.date) for e in spacy_extractor(inline(alone, PUBLISHED)).events}
    assert found == {("release", "CUB", "2025-01-15"), ("sanctions_eased", "USA", "2025-01-15")}

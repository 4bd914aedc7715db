"""The ordered pattern table of time expressions: which pattern wins a stretch of text."""

from __future__ import annotations

import pytest

from detente.extract.date_patterns import PATTERNS, YEAR_WORDS


def first_kind(text: str) -> str | None:
    """The kind of the first pattern, in table order, that matches anywhere in ``text``."""
    return next((kind for kind, pattern in PATTERNS if pattern.search(text)), None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two men have been held since March 2021.", "since"),
        ("The measures stay in force until the end of February 2027.", "until"),
        ("The pair were freed on May 5, 2024, at the border.", "mdy"),
        ("On May 5, 157 soldiers came home.", "md"),
        ("A pardon on 3 May this year freed the reporter.", "dmrel"),
        ("Three days later the second group flew home.", "shift"),
        ("The swap took place two years ago.", "yearsago"),
        ("He was freed a fortnight ago.", "weeksago"),
    ],
)
def test_the_first_pattern_in_order_wins(text: str, kind: str) -> None:
    assert first_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a count after the month is no day of it ("December 1,210"): the month alone
        ("In December 1,210 prisoners walked out.", "m"),
        # "twenty-one days ago" is not "one day ago" cut out of a longer number
        ("They were taken twenty-one days ago.", None),
        ("The talks dragged on for the week before.", None),
    ],
)
def test_what_no_pattern_reads_as_a_day(text: str, kind: str | None) -> None:
    assert first_kind(text) == kind


def test_year_words_count_a_to_twenty() -> None:
    assert YEAR_WORDS["a"] == 1
    assert YEAR_WORDS["twenty"] == 20
    assert max(YEAR_WORDS.values()) == 20

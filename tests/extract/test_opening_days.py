"""The day an article's opening tells its story on (opening_days, split from dates in session 18)."""

from __future__ import annotations

import pytest

from detente.extract.opening_days import opening_day


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The handover that took place on Wednesday had been planned for weeks.", "2025-06-11"),
        ("The two men were driven out of the prison on Tuesday and flown home.", "2025-06-10"),
        ("It was a cold morning on 3 March 2019 when the convoy crossed the bridge.", "2019-03-03"),
        ("Officials from both governments confirmed on Thursday that the deal held.", None),
        ("The ministry said Friday that the deal held.", None),
        ("The exchange happened in May, the ministry said.", None),  # a month is not a day
        ("The next handover is set for 20 June 2025.", None),  # after publication
    ],
)
def test_opening_day_is_a_day_of_the_story_not_of_saying(text, expected):
    assert opening_day(f"Headline\nCITY, June 14, 2025 --\n{text}\n", "2025-06-14") == expected


def test_opening_day_skips_the_dateline_and_reads_only_the_opening():
    text = "Headline\nMINSK, Saturday 14 June 2025\nA.\nB.\nC. D.\nThey walked out on Tuesday.\n"
    assert opening_day(text, "2025-06-14") is None
    assert opening_day(text.replace("C. D.\n", ""), "2025-06-14") == "2025-06-10"


def test_opening_day_is_the_later_day_of_decision_and_walk_out():
    text = (
        "Headline\nALGIERS, June 14, 2025 --\nThe president signed the pardons on Wednesday, and "
        "prisons let the inmates out on Thursday, the ministry said.\n"
    )
    assert opening_day(text, "2025-06-14") == "2025-06-12"


def test_opening_day_is_not_a_day_of_detention():
    text = (
        "Headline\nCITY, June 14, 2025 --\nThe four were seized at the post on October 7, 2023.\n"
    )
    assert opening_day(text, "2025-06-14") is None


def test_opening_day_of_a_release_after_a_conviction():
    text = "Headline\nCITY, June 14, 2025 --\nHe was convicted of spying and freed on Tuesday.\n"
    assert opening_day(text, "2025-06-14") == "2025-06-10"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Thailand returned 18 soldiers captured during July's fighting on Wednesday.",
            "2025-06-11",
        ),
        ("The two sides exchanged dozens of detained soldiers on Friday.", "2025-06-13"),
        ("The soldiers had been held at a base since June 2, when they were detained.", None),
    ],
)
def test_opening_day_of_a_release_of_people_once_detained(line, expected):
    assert opening_day(f"Headline\nCITY, June 14, 2025 --\n{line}\n", "2025-06-14") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v20: the arrival after a freeing is not the story's day ("freed on Wednesday, landed in
        # Berlin on Thursday": the Wednesday), before or after the freeing in the sentence
        ("He was freed on Wednesday and landed in Berlin on Thursday.", "2025-06-11"),
        (
            "They were released on Monday, flown to Doha and reached Ottawa on Wednesday.",
            "2025-06-09",
        ),
        ("She was freed on Tuesday, before continuing to Rome on Thursday morning.", "2025-06-10"),
        ("He landed at Heathrow on Thursday after being released on Wednesday.", "2025-06-11"),
        ("The pair arrived home on Friday, after Iran released them on Wednesday.", "2025-06-11"),
        # negatives: an arrival with no freeing day, a later day that frees again, a later
        # decision-then-walk-out, a plea then a landing
        ("The two men landed in Vilnius on Thursday night, officials said.", "2025-06-12"),
        (
            "Five were released on Monday and flown to Madrid, and on Wednesday three more were freed.",
            "2025-06-11",
        ),
        (
            "The ten pleaded guilty on Thursday and were deported; their plane landed on Friday.",
            "2025-06-13",
        ),
    ],
)
def test_opening_day_is_the_freeing_not_the_arrival_after_it(text, expected):
    assert opening_day(f"Headline\nCITY, June 14, 2025 --\n{text}\n", "2025-06-14") == expected

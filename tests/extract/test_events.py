"""Merging mentions into events: one event per act, dates from context."""

from __future__ import annotations

import pytest

from detente.extract import dates
from detente.extract.events import merge, resolve_same_day, story_date

from .builders import mention, sentence

PUBLISHED = "2026-03-07"


def test_same_day_takes_the_date_of_the_act_before():
    s = [sentence(i) for i in range(4)]
    ms = [
        mention("sanctions_imposed", "EU", s[0], "2026-03-06", "SYR"),
        mention("sanctions_imposed", "CAN", s[1], dates.SAME_DAY, "SYR"),
        mention("sanctions_imposed", "GBR", s[2], None, "SYR"),
        mention("sanctions_imposed", "AUS", s[3], dates.SAME_DAY, "SYR"),
    ]
    resolve_same_day(ms)
    assert [m.date for m in ms] == ["2026-03-06", "2026-03-06", None, "2026-03-06"]


def test_that_month_takes_the_month_of_the_act_before():
    s = [sentence(0), sentence(1)]
    ms = [
        mention("release", "VEN", s[0], "2025-10-18"),
        mention("sanctions_eased", "USA", s[1], dates.SAME_MONTH, "VEN"),
    ]
    resolve_same_day(ms)
    assert ms[1].date == "2025-10"


def test_same_day_with_nothing_before_is_undated():
    m = mention("release", "IRN", sentence(0), dates.SAME_DAY)
    resolve_same_day([m])
    assert m.date is None


def test_undated_acts_of_the_story_take_the_leads_day():
    s = [sentence(i) for i in range(3)]
    ms = [
        mention("release", "RUS", s[0], "2026-03-05"),  # "on Thursday" in the lead
        mention("release", "USA", s[1]),
        mention("release", "DEU", s[2]),
    ]
    clusters = merge(ms, PUBLISHED)
    assert sorted((c.actor, c.date) for c in clusters) == [
        ("DEU", "2026-03-05"),
        ("RUS", "2026-03-05"),
        ("USA", "2026-03-05"),
    ]


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("2025-11", PUBLISHED),  # a background act is not the story's day
        ("2026-03", PUBLISHED),  # a month is not a day
        (None, PUBLISHED),
    ],
)
def test_story_date_falls_back_to_publication(lead, expected):
    s = [sentence(0), sentence(1)]
    clusters = merge(
        [mention("release", "BLR", s[0], lead), mention("release", "LTU", s[1])], PUBLISHED
    )
    undated = next(c for c in clusters if c.actor == "LTU")
    assert undated.date == expected
    assert story_date(clusters, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("dates_", "events"),
    [
        (["2026-03-02", "2026-03-02"], 1),  # one announcement told twice
        (["2026-03-02", None], 1),  # an undated repeat joins the main act
        (["2026-03", "2026-03-02"], 1),  # the month contains the day
        (["2026-03-02", "2025-10"], 2),  # an earlier round is another event
    ],
)
def test_one_sanctions_event_per_actor_target_date(dates_, events):
    s = [sentence(0), sentence(1)]
    ms = [mention("sanctions_eased", "USA", s[i], d, "VEN") for i, d in enumerate(dates_)]
    assert len(merge(ms, PUBLISHED)) == events


def test_different_targets_are_different_events():
    s = [sentence(0), sentence(1)]
    ms = [
        mention("sanctions_imposed", "EU", s[0], "2026-03-02", "BLR"),
        mention("sanctions_imposed", "EU", s[1], "2026-03-02", "IRN"),
    ]
    assert sorted(c.target or "" for c in merge(ms, PUBLISHED)) == ["BLR", "IRN"]

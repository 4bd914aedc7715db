"""Days counted back in weeks ("a week ago", "two weeks ago"), set to the calendar day the article
gives near them.

The guide (session 20) dates "a week ago" as that day, as "ten days ago". A span counted in weeks is
round, though: "a week ago" in an article of Wednesday 22 January may stand for Tuesday the 14th.
When the article also gives a calendar day a few days from the counted one ("On January 14, ...",
"released on May 26"), that is the day the span stands for, and the act told with the span takes
it. With no such day, or two of them, the counted day stays.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from detente.extract import dates

if TYPE_CHECKING:
    from detente.extract.mentions import ParsedSentence

# How far a calendar day may lie from a day counted in weeks and still be the day it stands for.
SLACK_DAYS = 3


def _calendar_days(text: str, published: str | None) -> list[str]:
    """The calendar days (a day of a month, with or without a year) the article names."""
    return sorted(
        {
            t.value
            for t in dates.find(text, published)
            if t.kind in dates.CALENDAR_KINDS and len(t.value) == 10
        }
    )


def _near(value: str, days: list[str]) -> str:
    """The one calendar day within :data:`SLACK_DAYS` of a counted day, else the counted day."""
    near = [d for d in days if 0 < abs(dates.days_between(value, d) or 0) <= SLACK_DAYS]
    return near[0] if len(near) == 1 else value


def snapped(times: list[dates.TimeExpr], text: str, published: str | None) -> list[dates.TimeExpr]:
    """``times`` (of a sentence of ``text``) with each day counted back in weeks set to the one
    calendar day the article names within :data:`SLACK_DAYS` of it, if there is exactly one."""
    if not any(t.kind == "weeksago" and len(t.value) == 10 for t in times):
        return times
    days = _calendar_days(text, published)
    return [
        replace(t, value=_near(t.value, days)) if t.kind == "weeksago" and len(t.value) == 10 else t
        for t in times
    ]


def snap(sents: list[ParsedSentence], text: str, published: str | None) -> None:
    """:func:`snapped` on the times of each sentence."""
    for ps in sents:
        ps.times = snapped(ps.times, text, published)

"""Multi-party swaps: a swap of releases takes every other state's release of its day that hands
people to another state (:func:`multi_party`), moved out of :mod:`detente.extract.links`.
"""

from __future__ import annotations

from detente.extract import dates
from detente.extract.trade_frame import (
    ANAPHORA_WINDOW,
    DAY,
    NEAR_DAYS,
    Frame,
    near_time,
    same_time,
)
from detente.model import EventType


def multi_party(
    ids: frozenset[str],
    frame: Frame,
    days: int = 0,
    first: int | None = None,
    taken: frozenset[str] = frozenset(),
) -> frozenset[str]:
    """A swap of releases with every other state's release of the same day (or at most ``days``
    days apart: a trade told as one of three parties, whose halves may fall on different days)
    that hands people to another state (foreigners, or people sent abroad), or whose state
    receives people in the swap, and that the text does
    not set apart: a state's amnesty of its own people on the day of a swap is no part of it, and
    a state already in the swap adds no second side. In a review of many acts dated nowhere,
    their shared default date is no evidence of one day: such an act joins a swap dated nowhere
    only when told just before its first cue sentence (``first``). An act the text trades in
    another trade of another time (``taken``) is no part of it."""
    kinds, event_dates = frame.kinds, frame.dates
    releases = [i for i in ids if kinds[i][0] is EventType.RELEASE]
    if len({kinds[i][1] for i in releases}) < 2:
        return ids
    # the day of the swap, from its acts some sentence dates when any is (an act dated nowhere
    # has the article's default date, which is no evidence of the day; in a review of many acts
    # dated nowhere, an act told in two sentences is dated nowhere all the same)
    told = [i for i in releases if i in frame.told and (not frame.undated_many or i in frame.dated)]
    when = _swap_days(told or releases, releases, frame)
    trading = {kinds[i][1] for i in releases}
    received = set().union(*(frame.received.get(i, set()) for i in releases))
    more = {
        e
        for e, (t, actor) in kinds.items()
        if t is EventType.RELEASE
        and actor not in trading  # a state's second handover of the day is its act told again
        and (
            event_dates[e] in when
            or (days and any(_days_apart(event_dates[e], d, days) for d in when))
            or _month_of_swap(e, when, frame)
        )
        and (
            bool(told)
            or not frame.undated_many
            or e in frame.told
            or _told_just_before(e, first, frame)
        )
        and e not in frame.apart | taken
        and (e in frame.abroad or actor in received)
    }
    return ids | more


def _swap_days(told: list[str], releases: list[str], frame: Frame) -> set[str]:
    """The days of a swap: those of its acts some sentence dates; when the text dates them only
    by a month ("pardoned earlier in the week"), the days within it of its other releases (the
    story's day), so a date's precision does not cut the other states' releases off."""
    days = {d for i in told if (d := frame.dates[i]) is not None and len(d) == DAY}
    if days:
        return days
    coarse = [d for i in told if (d := frame.dates[i]) is not None]
    return {
        d
        for i in releases
        if (d := frame.dates[i]) is not None
        and len(d) == DAY
        and any(same_time(c, d) for c in coarse)
    }


def _month_of_swap(eid: str, when: set[str], frame: Frame) -> bool:
    """Whether an act dated only by a month ("pardoned last week"), and told besides with no time
    of its own ("handed over with the others"), may be of a swap's day: its month holds a day at
    most :data:`NEAR_DAYS` days from it."""
    d = frame.dates[eid]
    return (
        d is not None
        and len(d) == len("2024-08")
        and eid in frame.loose
        and any(
            (dates.shift_day(w, k) or "")[:7] == d for w in when for k in (-NEAR_DAYS, 0, NEAR_DAYS)
        )
    )


def _told_just_before(eid: str, first: int | None, frame: Frame) -> bool:
    """Whether an act is told in the sentences just before sentence ``first``."""
    return first is not None and any(
        e == eid
        for back in range(1, ANAPHORA_WINDOW + 1)
        for _, e in frame.by_sentence.get(first - back, [])
    )


def _days_apart(a: str | None, b: str, days: int) -> bool:
    """Whether ``a`` is a day at most ``days`` days from the day ``b``."""
    return a is not None and len(a) == DAY and near_time(a, b, days)

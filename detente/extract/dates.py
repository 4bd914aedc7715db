"""Time expressions in a sentence, resolved against the publication date.

Values are ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by what the text supports; a vague past ("a few months
back", "years ago") resolves to :data:`VAGUE_PAST`, which marks a background act with no usable date.
"""

from __future__ import annotations

import calendar
import functools
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from detente.extract.date_patterns import PATTERNS, YEAR_WORDS
from detente.extract.prefilter import Screen

VAGUE_PAST = "past"
"""Marker for a time expression that places an act in the past without a usable date."""
SINCE = "since"
"""Marker for "since 2021": the start of a state (held since), never the date of an act; dropped."""
UNTIL = "until"
"""Marker for "until January 2026": the end of a measure, never the date of an act; dropped."""
SAME_DAY = "same-day"
"""Marker for "on the same day": the date of the act reported just before (resolved by events)."""
SAME_MONTH = "same-month"
"""Marker for "that month": the month of the act reported just before (resolved by events)."""
# --- releases: a day after / before the act told just before ---
DAY_AFTER = "day-after"
"""Marker for "a day later", "the next day": the day after the act reported just before."""
DAY_BEFORE = "day-before"
"""Marker for "a day earlier", "the day before": the day before the act reported just before."""
# --- dates: a counted span after / before the act told just before ---
SHIFT = "shift:"
"""Prefix of a marker for "three months later", "two weeks earlier": ``shift:<n>:<unit>`` with a
signed count of days, months or years from the act reported just before (resolved by events)."""

# A day-month date with no year that would fall more than this many days after publication is taken to
# be in the previous year ("on December 30" in an article of January 3).
FUTURE_SLACK_DAYS = 14

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip


@dataclass(frozen=True)
class TimeExpr:
    """A time expression found in a sentence."""

    start: int
    """Character offset in the sentence."""
    end: int
    """End offset in the sentence."""
    value: str
    """Resolved date, or :data:`VAGUE_PAST`."""
    kind: str
    """Which pattern found it."""


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")[:3] if name.lower() not in MONTHS else name.lower()]


def _year_for(month: int, day: int | None, pub: date) -> int:
    """The year of a month (and day) given without one: the latest not after publication (a month
    alone starting after it is last year's: "in July" in a June article)."""
    candidate = date(pub.year, month, min(day or 1, 28))
    if candidate > pub + timedelta(days=FUTURE_SLACK_DAYS if day else 0):
        return pub.year - 1
    return pub.year


def _shift_month(pub: date, months: int) -> str:
    index = pub.year * 12 + pub.month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


# Units of a counted span, in days, months or years.
SPAN_UNITS = {"day": ("d", 1), "week": ("d", 7), "month": ("m", 1), "year": ("y", 1)}


def small_count(n: str) -> int:
    """A small count in words or digits ("seven", "12")."""
    return YEAR_WORDS.get(n.lower()) or int(n)


def _shift_marker(g: dict[str, str]) -> str:
    """ "three months later" -> ``shift:3:m``; "two weeks earlier" -> ``shift:-14:d``."""
    unit, size = SPAN_UNITS[g["unit"].lower()]
    sign = -1 if g["dir"].lower() in ("earlier", "before") else 1
    return f"{SHIFT}{sign * size * small_count(g['n'])}:{unit}"


def shifted(anchor: str | None, marker: str) -> str | None:
    """The date a ``shift:`` marker names from the date told before it, as precise as both allow
    ("a week later" than a month is that month); with no anchor, an earlier span is a vague past
    and a later one no date."""
    _, n, unit = marker.split(":")
    count = int(n)
    if anchor is None or anchor == VAGUE_PAST:
        return VAGUE_PAST if count < 0 else None
    if unit == "y":
        return str(int(anchor[:4]) + count)
    if unit == "m":
        if len(anchor) < 7:
            return anchor
        return _shift_month(date(int(anchor[:4]), int(anchor[5:7]), 1), count)
    return shift_day(anchor, count)


def _years_ago(n: str, today: bool, pub: date) -> str:
    """ "A year ago today" is the same day a year before publication; "two years ago" a year."""
    years = small_count(n)
    if today:
        return _day(
            pub.year - years, pub.month, min(pub.day, 28) if pub.month == 2 else pub.day
        ) or str(pub.year - years)
    return str(pub.year - years)


def _months_ago(n: str, today: bool, pub: date) -> str:
    """ "Two months ago" is that month; "twelve months ago today" that day (the month's last day
    when it is shorter)."""
    ago = _shift_month(pub, -small_count(n))
    if not today:
        return ago
    year, mon = int(ago[:4]), int(ago[5:])
    return _day(year, mon, min(pub.day, calendar.monthrange(year, mon)[1])) or ago


def _resolve(kind: str, m: re.Match[str], pub: date | None) -> str | None:
    g = m.groupdict()
    if kind == "iso":
        return _day(int(g["year"]), int(g["m"]), int(g["day"]))
    if kind in ("mdy", "dmy"):
        return _day(int(g["year"]), _month(g["mon"]), int(g["day"]))
    if kind == "my":
        return f"{int(g['year']):04d}-{_month(g['mon']):02d}"
    if kind == "year":
        return g["year"]
    if kind == "vague":
        return VAGUE_PAST
    if kind == "shift":
        return _shift_marker(g)
    if kind == "since":
        return SINCE
    if kind == "until":
        return UNTIL
    if kind in ("same", "samepart"):
        return SAME_DAY
    if kind == "samemonth":
        return SAME_MONTH
    if kind in ("dayafter", "daybefore"):
        return DAY_AFTER if kind == "dayafter" else DAY_BEFORE
    if pub is None:
        return None
    if kind in ("md", "dm"):
        month, day = _month(g["mon"]), int(g["day"])
        return _day(_year_for(month, day, pub), month, day)
    if kind in ("mdrel", "dmrel"):
        return _day(pub.year - (g["rel"].lower() == "last"), _month(g["mon"]), int(g["day"]))
    if kind == "mrel":
        return f"{pub.year - (g['rel'].lower() == 'last'):04d}-{_month(g['mon']):02d}"
    if kind == "daysbefore":
        month, day = _month(g["mon"] or g["dmon"]), int(g["day"] or g["dday"])
        year = int(g["year"]) if g["year"] else _year_for(month, day, pub)
        return f"{year:04d}-{month:02d}"
    if kind == "m":
        month = _month(g["mon"])
        return f"{_year_for(month, None, pub):04d}-{month:02d}"
    if kind == "monthsago":
        return _months_ago(g["n"], bool(g["today"]), pub)
    if kind == "yearsago":
        if g["month"]:  # "five years ago this month"
            return f"{pub.year - small_count(g['n']):04d}-{pub.month:02d}"
        return _years_ago(g["n"], bool(g["today"] or g["exact"]), pub)  # "exactly a year ago"
    if kind == "wdlastweek":
        monday = pub - timedelta(days=pub.weekday() + 7)
        return (monday + timedelta(days=WEEKDAYS[g["wd"].lower()])).isoformat()
    if kind == "daysago":
        return (pub - timedelta(days=small_count(g["n"]))).isoformat()
    if kind == "weeksago":
        weeks = small_count(g["n"]) if g["n"] else 2  # "a fortnight ago"
        return (pub - timedelta(days=7 * weeks)).isoformat()
    if kind in ("wd", "lastwd"):
        back = (pub.weekday() - WEEKDAYS[g["wd"].lower()]) % 7
        if kind == "lastwd" and back == 0:
            back = 7
        return (pub - timedelta(days=back)).isoformat()
    simple = {
        "yesterday": (pub - timedelta(days=1)).isoformat(),
        "today": pub.isoformat(),
        "lastweek": (pub - timedelta(days=7)).strftime("%Y-%m"),
        "lastmonth": _shift_month(pub, -1),
        "thismonth": pub.strftime("%Y-%m"),
        "lastyear": str(pub.year - 1),
        "thisyear": str(pub.year),
    }
    return simple.get(kind)


# The patterns screened at once: most sentences hold no piece of most of them.
SCREEN = Screen(*(pattern for _, pattern in PATTERNS))


def find(text: str, published: str | None) -> list[TimeExpr]:
    """Time expressions in ``text`` that can date an act, non-overlapping, in text order."""
    return list(_find(text, published))


# Remembered (a new list each time; the expressions are frozen): an article's opening sentences
# are read when they are parsed and again for the story's day (opening_days), other stretches by
# the background and week-day stages. One article's worth is enough.
@functools.lru_cache(maxsize=1024)
def _find(text: str, published: str | None) -> tuple[TimeExpr, ...]:
    pub = date.fromisoformat(published) if published else None
    taken: list[tuple[int, int]] = []
    found: list[TimeExpr] = []
    seen = SCREEN.read(text)
    for kind, pattern in PATTERNS:
        for m in seen.finditer(pattern, text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            value = _resolve(kind, m, pub)
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            if kind != "my" or not _names_no_act(text, m):
                found.append(TimeExpr(m.start(), m.end(), value, kind))
    kept = sorted((t for t in found if t.value not in (SINCE, UNTIL)), key=lambda t: t.start)
    if any(t.kind != "samepart" for t in kept):  # "On Thursday, ... crossed that evening"
        kept = [t for t in kept if t.kind != "samepart"]
    kept = [t for t in kept if t.kind != "samepart" or not _RELATIVE.search(text, 0, t.start)]
    return tuple(_restated(text, kept))


# A relative clause that a part of the day stands in: "ten Americans, who landed that night".
_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,;]*$", re.I)


# Times that count from another ("three days later", "last week", "a year ago") and times that
# name a calendar day or month themselves.
RELATIVE_KINDS = frozenset(
    {"shift", "lastweek", "lastmonth", "thismonth", "vague", "yearsago", "monthsago", "lastyear",
     "dayafter", "daybefore", "samemonth", "daysago", "weeksago"}
)  # fmt: skip
CALENDAR_KINDS = frozenset({"iso", "mdy", "dmy", "md", "dm", "my", "mdrel", "dmrel"})
_APPOSED = re.compile(r",?\s+(?:on|in)\s+(?:the\s+)?", re.I)


def _restated(text: str, times: list[TimeExpr]) -> list[TimeExpr]:
    """The times without a relative one that a calendar date right after it restates ("Three days
    later, on December 23", "last week, on October 15", "a year ago, in September 2010": the
    date); a day without a year after "N years ago" is in that year ("A year ago, on 28
    September"); a weekday after a counted day restates it ("ten days ago, on Thursday")."""
    out: list[TimeExpr] = []
    for i, t in enumerate(times):
        after = times[i + 1] if i + 1 < len(times) else None
        before = times[i - 1] if i else None
        if (
            t.kind == "wd"
            and before is not None
            and before.kind in ("daysago", "weeksago")
            and _APPOSED.fullmatch(text, before.end, t.start) is not None
        ):
            continue  # "ten days ago, on Thursday the 14th": the counted day, not this week's
        if (
            after is None
            or t.kind not in RELATIVE_KINDS
            or after.kind not in CALENDAR_KINDS
            or _APPOSED.fullmatch(text, t.end, after.start) is None
        ):
            out.append(t)
        elif t.kind == "yearsago" and after.kind in ("md", "dm") and is_date(t.value):
            times[i + 1] = replace(after, value=t.value[:4] + after.value[4:])
    return out


# A month and year used as the attribute of a noun ("jailed after the July 2021 protests", "since
# the May 2023 coup") dates that noun, not an act of the sentence, unless the noun is such an act
# ("the March 2021 swap").
_ATTRIBUTE_BEFORE = re.compile(r"\bthe\s+$", re.I)
_ATTRIBUTE_NOUN = re.compile(r"\s+(?P<noun>[a-z]+)")
ACT_NOUNS = frozenset(
    {"swap", "swaps", "exchange", "exchanges", "release", "releases", "deal", "pardon",
     "pardons", "amnesty", "trade", "handover", "sanctions", "designations", "designation",
     "listing", "listings", "delisting", "delistings", "package", "licence", "license", "waiver",
     "agreement", "accord", "decree", "clemency", "transfer"}
)  # fmt: skip


def _names_no_act(text: str, m: re.Match[str]) -> bool:
    """Whether a month and year is the attribute of a noun that names no act ("the July 2021
    protests")."""
    noun = _ATTRIBUTE_NOUN.match(text, m.end())
    return (
        noun is not None
        and noun.group("noun") not in ACT_NOUNS
        and _ATTRIBUTE_BEFORE.search(text, 0, m.start()) is not None
    )


def days_between(earlier: str | None, later: str | None) -> int | None:
    """Days from ``earlier`` to ``later`` when both are days, else None."""
    if earlier is None or later is None or len(earlier) != 10 or len(later) != 10:
        return None
    try:
        return (date.fromisoformat(later) - date.fromisoformat(earlier)).days
    except ValueError:
        return None


def shift_day(value: str | None, days: int) -> str | None:
    """A resolved date moved by whole days; a month or a year stays as it is."""
    if value is None or len(value) != 10:
        return value
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def is_date(value: str | None) -> bool:
    """Whether a resolved value is a date (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``), not a marker."""
    return value is not None and value[:1].isdigit()


def at_least_month(value: str | None) -> bool:
    """Whether a resolved value is a date known at least to the month (``YYYY-MM`` or a day)."""
    return is_date(value) and value is not None and len(value) >= len("YYYY-MM")


def months_between(a: str | None, b: str | None) -> int | None:
    """Whole months between two dates both known at least to the month, else None."""
    if not (is_date(a) and is_date(b)) or a is None or b is None or min(len(a), len(b)) < 7:
        return None
    return abs((int(a[:4]) - int(b[:4])) * 12 + int(a[5:7]) - int(b[5:7]))


def compatible(a: str | None, b: str | None) -> bool:
    """Whether two resolved dates can denote the same act (equal, or one contains the other)."""
    if a is None or b is None:
        return True
    if VAGUE_PAST in (a, b):
        return a == b
    return a.startswith(b) or b.startswith(a)


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible dates."""
    if a is None or a == VAGUE_PAST:
        return b if b != VAGUE_PAST else a
    if b is None or b == VAGUE_PAST:
        return a
    return a if len(a) >= len(b) else b

"""Timelines: month-by-month releases, sanctions actions and stock estimates, with yearly totals.

With an actor, a timeline covers releases *by* that state, sanctions imposed or eased *by or on* it,
and estimates of people *it* holds. Each canonical event counts once, in the month of its reconciled
date; an event dated only to a year goes to a row for that year (period ``YYYY``), placed after its
December. The stock of a period is the estimate with the latest ``as_of`` (the publication date when
the text gives none) in it, then the one most documents repeat, then the larger number.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable

from detente.aggregate.persons import NameResolver
from detente.aggregate.queries import Source, canonical_events, in_range, view_of
from detente.model import (
    CanonicalEvent,
    EventType,
    Filter,
    Stock,
    StoredStock,
    Timeline,
    TimelineRow,
)

log = logging.getLogger(__name__)


def _period(value: str | None) -> str | None:
    if not value:
        return None
    return value[:7] if len(value) >= 7 else value[:4]


def _periods(found: Iterable[str]) -> list[str]:
    """Every month from the first to the last one found, each year row after its December."""
    found = set(found)
    years = sorted({p[:4] for p in found})
    months = sorted(p for p in found if len(p) == 7)
    out: list[str] = []
    if months:
        year, month = int(months[0][:4]), int(months[0][5:])
        last = (int(months[-1][:4]), int(months[-1][5:]))
        while (year, month) <= last:
            out.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    for year_text in years:
        if year_text in found:
            later = [i for i, p in enumerate(out) if p[:4] > year_text]
            out.insert(later[0] if later else len(out), year_text)
    return out


def _stock_choice(stocks: list[StoredStock]) -> Stock:
    repeats = Counter((s.count, s.count_qualifier, s.as_of) for s in stocks)

    def rank(s: StoredStock) -> tuple[str, int, int]:
        return (
            s.as_of or s.document.published or "",
            repeats[s.count, s.count_qualifier, s.as_of],
            s.count or 0,
        )

    best = max(stocks, key=rank)
    return Stock.model_validate(best.model_dump(exclude={"document"}))


def _add(row: TimelineRow, event: CanonicalEvent) -> None:
    if event.type == EventType.RELEASE:
        row.releases += 1
        if event.count is None:
            row.releases_without_count += 1
        else:
            row.people_released += event.count
    elif event.type == EventType.SANCTIONS_IMPOSED:
        row.sanctions_imposed += 1
    else:
        row.sanctions_eased += 1


def _concerns(event: CanonicalEvent, actor: str | None) -> bool:
    if actor is None:
        return True
    if event.type == EventType.RELEASE:
        return event.actor == actor
    return actor in (event.actor, event.target)


def timeline(
    source: Source, flt: Filter | None = None, names: NameResolver | None = None
) -> Timeline:
    """The timeline for ``flt.actor`` (all states when None) within ``[flt.since, flt.until]``."""
    flt = flt or Filter()
    actor = flt.actor.upper() if flt.actor else None
    dated = Filter(since=flt.since, until=flt.until)
    events = [e for e in canonical_events(source, dated, names) if _concerns(e, actor)]
    stocks = [
        s
        for s in view_of(source).stocks(Filter(actor=actor))
        if in_range(s.as_of or s.document.published, flt.since, flt.until)
    ]
    by_period: dict[str, list[CanonicalEvent]] = defaultdict(list)
    for event in events:
        if (period := _period(event.date)) is not None:
            by_period[period].append(event)
    stock_periods: dict[str, list[StoredStock]] = defaultdict(list)
    for stock in stocks:
        if (period := _period(stock.as_of or stock.document.published)) is not None:
            stock_periods[period].append(stock)
    rows: list[TimelineRow] = []
    totals: dict[str, tuple[int, int]] = {}
    for period in _periods([*by_period, *stock_periods]):
        row = TimelineRow(period=period)
        for event in by_period.get(period, []):
            _add(row, event)
        if stock_periods.get(period):
            row.stock = _stock_choice(stock_periods[period])
        releases, people = totals.get(period[:4], (0, 0))
        totals[period[:4]] = (releases + row.releases, people + row.people_released)
        row.year_releases, row.year_people_released = totals[period[:4]]
        rows.append(row)
    return Timeline(actor=actor, rows=rows)

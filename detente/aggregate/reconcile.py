"""Reconciling the reports of one happening into a :class:`~detente.model.CanonicalEvent`.

Rules (also in docs/aggregate.md), each counting *sources* — documents, with near-duplicate copies
counted once:

- **count**: among the (count, qualifier) pairs reported, exact beats approximate, then more
  sources beat fewer, then the report closest to the event (smallest delay between the event date
  and publication) beats later background, then the smaller number. The other pairs are kept in
  ``also_reported`` with their source counts.
- **date**: the most precise date (day, then month, then year), then the one most sources give,
  then the earliest.
- **category, destination, renewal**: the value most sources give (nulls ignored), then the first in
  sort order.
- **persons**: every person named by any report, spellings resolved to one name each; **entities**
  likewise by their ASCII form; **sectors**: the union.
- **sources / first_reported / last_reported**: distinct near-duplicate groups; earliest and latest
  publication dates.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from detente.aggregate.dedupe import date_period
from detente.aggregate.persons import NameResolver, ascii_key
from detente.model import (
    SECTORS,
    CanonicalEvent,
    CountQualifier,
    Mention,
    ReportedCount,
    StoredEvent,
)

log = logging.getLogger(__name__)

T = TypeVar("T")
_FAR = 10**6  # delay used when the event or publication date is unknown


@dataclass(frozen=True)
class Report:
    """One stored event with the near-duplicate group of its document."""

    event: StoredEvent
    group: str


def _delay(report: Report) -> int:
    event, published = date_period(report.event.date), date_period(report.event.document.published)
    if event is None or published is None:
        return _FAR
    return max(0, published[0] - event[0])


def _majority(values: list[tuple[str, T | None]]) -> T | None:
    """The value with the most distinct groups (``values`` are (group, value) pairs)."""
    groups: dict[T, set[str]] = defaultdict(set)
    for group, value in values:
        if value is not None:
            groups[value].add(group)
    if not groups:
        return None
    return min(groups, key=lambda v: (-len(groups[v]), str(v)))


def _counts(reports: Sequence[Report]) -> tuple[ReportedCount | None, list[ReportedCount]]:
    groups: dict[tuple[int, CountQualifier], set[str]] = defaultdict(set)
    delays: dict[tuple[int, CountQualifier], int] = {}
    for r in reports:
        if r.event.count is None:
            continue
        pair = (r.event.count, CountQualifier(r.event.count_qualifier or "exact"))
        groups[pair].add(r.group)
        delays[pair] = min(delays.get(pair, _FAR), _delay(r))
    ranked = sorted(
        groups,
        key=lambda p: (p[1] != CountQualifier.EXACT, -len(groups[p]), delays[p], p[0], p[1]),
    )
    counted = [
        ReportedCount(count=c, count_qualifier=q, sources=len(groups[c, q])) for c, q in ranked
    ]
    return (counted[0], counted[1:]) if counted else (None, [])


def reconciled_date(dated: Iterable[tuple[str | None, str]]) -> str | None:
    """The date rule of the module docstring over (date, near-duplicate group) pairs."""
    groups: dict[str, set[str]] = defaultdict(set)
    for date, group in dated:
        if date:
            groups[date].add(group)
    return best_date({date: len(found) for date, found in groups.items()})


def best_date(sources: Mapping[str, int]) -> str | None:
    """The date rule over date → number of near-duplicate groups giving it."""
    if not sources:
        return None
    return min(sources, key=lambda d: (-len(d), -sources[d], d))


def _persons(reports: Sequence[Report], names: NameResolver) -> list[str]:
    spellings = [p for r in reports for p in r.event.persons]
    if not spellings:
        return []
    representative = names.groups(spellings)
    members: dict[str, list[str]] = defaultdict(list)
    for spelling in spellings:
        members[representative[spelling]].append(spelling)
    ordered = sorted(members.values(), key=lambda group: (-len(group), sorted(group)[0]))
    return [names.display_name(group) for group in ordered]


def _entities(reports: Sequence[Report]) -> list[str]:
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for r in reports:
        for entity in r.event.entities:
            spellings[ascii_key(entity)][entity] += 1
    chosen = [min(c, key=lambda s: (-c[s], s)) for c in spellings.values()]
    return sorted(chosen)


def _sectors(reports: Sequence[Report]) -> list[str]:
    found = {s for r in reports for s in r.event.sectors}
    return sorted(found, key=lambda s: (SECTORS.index(s) if s in SECTORS else len(SECTORS), s))


def _mention(r: Report) -> Mention:
    e = r.event
    return Mention(
        key=e.key,
        document=e.document,
        source_group=r.group,
        date=e.date,
        count=e.count,
        count_qualifier=e.count_qualifier,
        persons=e.persons,
        evidence=e.evidence,
    )


def reconcile(cluster_id: str, reports: Sequence[Report], names: NameResolver) -> CanonicalEvent:
    """The canonical event of a cluster from all its reports (see the module docstring)."""
    ordered = sorted(reports, key=lambda r: (r.event.document.published or "9999", r.event.key))
    first = ordered[0].event
    count, others = _counts(ordered)
    published = sorted(p for r in ordered if (p := r.event.document.published))
    pairs = [(r.group, r.event) for r in ordered]
    return CanonicalEvent(
        id=cluster_id,
        type=first.type,
        actor=first.actor,
        target=first.target,
        count=count.count if count else None,
        count_qualifier=count.count_qualifier if count else None,
        count_sources=count.sources if count else 0,
        also_reported=others,
        category=_majority([(g, e.category) for g, e in pairs]),
        persons=_persons(ordered, names),
        entities=_entities(ordered),
        sectors=_sectors(ordered),
        destination=_majority([(g, e.destination) for g, e in pairs]),
        date=reconciled_date((r.event.date, r.group) for r in ordered),
        renewal=_majority([(g, e.renewal) for g, e in pairs]),
        cameo=first.cameo,
        plover=first.plover,
        confidence=max(r.event.confidence for r in ordered),
        evidence=first.evidence,
        sources=len({r.group for r in ordered}),
        first_reported=published[0] if published else None,
        last_reported=published[-1] if published else None,
        mentions=[_mention(r) for r in ordered],
    )

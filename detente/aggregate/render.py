"""Renderers for the aggregate layer: canonical events, deals, people and timelines (no I/O).

Untrusted article text goes through :func:`detente.render.one_line` (terminal) and the shared JSON
and CSV helpers (escaping, CSV-injection guard).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import cast

from detente.model import (
    CanonicalDeal,
    CanonicalEvent,
    Person,
    ReportedCount,
    Timeline,
    TimelineRow,
)
from detente.render import (
    EVIDENCE_INDENT,
    QUALIFIER_WORDS,
    RecordFormat,
    _csv,
    _dumps,
    _quote,
    _source_line,
    deal_summary,
    one_line,
    records_json,
    side_phrase,
)

log = logging.getLogger(__name__)

CSV_CANONICAL_COLUMNS: tuple[str, ...] = (
    "id", "type", "actor", "target", "date", "count", "count_qualifier", "count_sources",
    "also_reported", "category", "persons", "entities", "sectors", "destination", "renewal",
    "sources", "mentions", "first_reported", "last_reported",
)  # fmt: skip
CSV_DEAL_COLUMNS: tuple[str, ...] = ("id", "date", "summary", "events", "sources", "documents")
CSV_PERSON_COLUMNS: tuple[str, ...] = ("id", "name", "spellings", "releases", "events")
CSV_TIMELINE_COLUMNS: tuple[str, ...] = (
    "period", "releases", "people_released", "releases_without_count", "sanctions_imposed",
    "sanctions_eased", "stock", "stock_qualifier", "stock_source", "stock_as_of",
    "year_releases", "year_people_released",
)  # fmt: skip


def reported(count: ReportedCount) -> str:
    """``123`` / ``120 at_least`` with ``(N sources)``."""
    qualifier = "" if count.count_qualifier in (None, "exact") else f" {count.count_qualifier}"
    noun = "source" if count.sources == 1 else "sources"
    return f"{count.count}{qualifier} ({count.sources} {noun})"


def count_line(event: CanonicalEvent) -> str:
    """``count: 123 (3 sources); also reported: 120 at_least (1 source)``, or ``count: unknown``."""
    if event.count is None:
        return "count: unknown"
    chosen = ReportedCount(
        count=event.count, count_qualifier=event.count_qualifier, sources=event.count_sources
    )
    text = f"count: {reported(chosen)}"
    if event.also_reported:
        text += "; also reported: " + ", ".join(reported(c) for c in event.also_reported)
    return text


def canonical_line(event: CanonicalEvent) -> str:
    """One line: date, actor, what happened, then the sources."""
    head = f"{one_line(event.date or '?')}  {one_line(event.actor or '?')}: {side_phrase(event)}"
    span = f"first {event.first_reported or '?'}, last {event.last_reported or '?'}"
    noun = "source" if event.sources == 1 else "sources"
    return f"{head}  [{event.sources} {noun}, {len(event.mentions)} reports; {span}]"


def canonical_text(events: Sequence[CanonicalEvent]) -> str:
    """Canonical events with their reconciled count and every report."""
    lines: list[str] = []
    for event in events:
        lines += [f"{one_line(event.id)}  {canonical_line(event)}"]
        if event.type == "release":
            lines.append(f"{EVIDENCE_INDENT}{count_line(event)}")
        for mention in event.mentions:
            lines += _quote(mention.evidence)
            lines.append(_source_line(mention.document))
    return "\n".join(lines) + "\n" if lines else "(no events)\n"


def _join(values: Sequence[str]) -> str:
    return "; ".join(values)


def _canonical_row(e: CanonicalEvent) -> dict[str, object]:
    row = e.model_dump(mode="json", include=set(CSV_CANONICAL_COLUMNS))
    row["also_reported"] = _join([reported(c) for c in e.also_reported])
    for name in ("persons", "entities", "sectors"):
        row[name] = _join(row[name])
    row["mentions"] = _join([m.key for m in e.mentions])
    return row


def deals_text(deals: Sequence[CanonicalDeal]) -> str:
    """The canonical deal ledger: date, what each side gave, and the sources."""
    lines: list[str] = []
    for deal in deals:
        noun = "source" if deal.sources == 1 else "sources"
        lines.append(
            f"{one_line(deal.date or '?')}  {deal_summary(deal.events)}  [{deal.sources} {noun}]"
        )
        for report in deal.reports:
            lines += [*_quote(report.evidence), _source_line(report.document)]
    return "\n".join(lines) + "\n" if lines else "(no deals)\n"


def _deal_row(d: CanonicalDeal) -> dict[str, object]:
    return {
        "id": d.id,
        "date": d.date,
        "summary": deal_summary(d.events),
        "events": _join([e.id for e in d.events]),
        "sources": d.sources,
        "documents": _join([r.document.source for r in d.reports]),
    }


def persons_text(people: Sequence[Person]) -> str:
    """People with each release they were part of, and the sources naming them."""
    lines: list[str] = []
    for p in people:
        also = [s for s in p.spellings if s != p.name]
        lines.append(
            f"{one_line(p.name)} ({one_line(p.id)})"
            + (f"  also: {one_line(', '.join(also))}" if also else "")
        )
        for r in p.releases:
            noun = "source" if r.sources == 1 else "sources"
            lines.append(
                f"{EVIDENCE_INDENT}{one_line(r.date or '?')}  released by {one_line(r.actor or '?')}  [{r.sources} {noun}]  {one_line(r.event)}"
            )
            lines += [
                f"{EVIDENCE_INDENT * 2}{one_line(d.title or d.source)} ({one_line(d.published or '?')})"
                for d in r.documents
            ]
    return "\n".join(lines) + "\n" if lines else "(no persons)\n"


def _person_row(p: Person) -> dict[str, object]:
    return {
        "id": p.id,
        "name": p.name,
        "spellings": _join(p.spellings),
        "releases": len(p.releases),
        "events": _join([r.event for r in p.releases]),
    }


def _timeline_row(row: TimelineRow) -> dict[str, object]:
    data: dict[str, object] = row.model_dump(mode="json")
    stock = cast(dict[str, object], data.pop("stock") or {})
    data.update(
        stock=stock.get("count"),
        stock_qualifier=stock.get("count_qualifier"),
        stock_source=stock.get("source"),
        stock_as_of=stock.get("as_of"),
    )
    return data


def timeline_text(tl: Timeline) -> str:
    """An aligned month-by-month table with the running totals of each year."""
    head = f"{'period':<8}{'releases':>9}{'people':>8}{'imposed':>8}{'eased':>6}{'held (estimate)':>24}{'year rel.':>10}{'year ppl':>9}"
    lines = [f"timeline: {tl.actor or 'all states'}", head]
    for r in tl.rows:
        held = ""
        if r.stock is not None and r.stock.count is not None:
            held = f"{QUALIFIER_WORDS.get(str(r.stock.count_qualifier or 'exact'), '')}{r.stock.count:,}"
        people = f"{r.people_released:,}" + ("+" if r.releases_without_count else "")
        lines.append(
            f"{r.period:<8}{r.releases:>9}{people:>8}{r.sanctions_imposed:>8}{r.sanctions_eased:>6}"
            f"{one_line(held):>24}{r.year_releases:>10}{r.year_people_released:>9,}"
        )
    if not tl.rows:
        lines.append("(nothing in this range)")
    lines.append("people: sum of reconciled counts; '+' = some releases have no known number")
    return "\n".join(lines) + "\n"


def render_canonical(events: Sequence[CanonicalEvent], fmt: RecordFormat) -> str:
    """Canonical events as ``text``, ``json`` or ``csv``."""
    if fmt == "csv":
        return _csv(CSV_CANONICAL_COLUMNS, (_canonical_row(e) for e in events))
    return records_json(events) if fmt == "json" else canonical_text(events)


def render_canonical_deals(deals: Sequence[CanonicalDeal], fmt: RecordFormat) -> str:
    """Canonical deals as ``text``, ``json`` or ``csv``."""
    if fmt == "csv":
        return _csv(CSV_DEAL_COLUMNS, (_deal_row(d) for d in deals))
    return records_json(deals) if fmt == "json" else deals_text(deals)


def render_persons(people: Sequence[Person], fmt: RecordFormat) -> str:
    """People as ``text``, ``json`` or ``csv``."""
    if fmt == "csv":
        return _csv(CSV_PERSON_COLUMNS, (_person_row(p) for p in people))
    return records_json(people) if fmt == "json" else persons_text(people)


def render_timeline(tl: Timeline, fmt: RecordFormat) -> str:
    """A timeline as ``text``, ``json`` or ``csv``."""
    if fmt == "csv":
        return _csv(CSV_TIMELINE_COLUMNS, (_timeline_row(r) for r in tl.rows))
    return _dumps(tl.model_dump(mode="json"), 2) + "\n" if fmt == "json" else timeline_text(tl)

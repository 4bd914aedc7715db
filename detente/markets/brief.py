"""The brief: headline deals, releases and sanctions, exposure, event study and stocks over a
period, every statement footnoted to its source articles, list records or knowledge-base notes.

The brief states no number of people that is not a stored count: the figures come from the
canonical events (reconciled counts) and the stored stock estimates, and each statement cites
the documents that report them. Confidence is given in words, not invented figures.
"""

from __future__ import annotations

import logging
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from detente.errors import ConfigError
from detente.markets.exposure import deal_exposure
from detente.markets.impact import impact_of
from detente.markets.kb import load_exposure
from detente.markets.study import Design
from detente.model import (
    Brief,
    BriefLine,
    CanonicalDeal,
    CanonicalEvent,
    Citation,
    DocumentRef,
    EventType,
    ExposureBase,
    Filter,
    StoredStock,
    StudyModel,
)
from detente.render import deal_summary, one_line, side_phrase
from detente.store import Store

log = logging.getLogger(__name__)

_RELATIVE = re.compile(r"(\d+)d")
E_BAD_SINCE = "invalid --since {value!r} (expected YYYY-MM-DD or a number of days such as 7d)"
# Confidence in words: the brief states no figure that is not in the store or the price file.
CONFIDENCE_WORDS = ((0.7, "high"), (0.45, "medium"), (0.0, "low"))
ARROWS = {"up": "↑", "down": "↓"}


@dataclass(frozen=True)
class BriefOptions:
    """What the brief covers."""

    since: str | None = None
    actor: str | None = None
    prices: Path | None = None
    market: str | None = None
    window: tuple[int, int] = (-5, 5)
    estimation: tuple[int, int] = (-250, -30)
    chart: bool = True


def resolve_since(value: str | None, today: date | None = None) -> str | None:
    """``7d`` → the date seven days before today; a date stays as it is."""
    if value is None:
        return None
    if match := _RELATIVE.fullmatch(value):
        return ((today or date.today()) - timedelta(days=int(match.group(1)))).isoformat()
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return value
    raise ConfigError(E_BAD_SINCE.format(value=value))


class Notes:
    """Footnote numbers, one per distinct source."""

    def __init__(self) -> None:
        self.items: dict[tuple[str, str], Citation] = {}

    def _add(self, kind: str, ref: str, label: str, detail: str | None) -> int:
        key = (kind, ref)
        if key not in self.items:
            self.items[key] = Citation(
                n=len(self.items) + 1, kind=kind, ref=ref, label=label, detail=detail
            )
        return self.items[key].n

    def document(self, doc: DocumentRef) -> int:
        """Footnote of a source article."""
        detail = ", ".join(p for p in (doc.source, doc.published) if p)
        return self._add("document", doc.id, doc.title or doc.source, detail)

    def event(self, event: CanonicalEvent) -> list[int]:
        """Footnotes of every report of a canonical event (documents, or the list record)."""
        cites = [self.document(m.document) for m in event.mentions]
        if event.official and event.record:
            cites.append(
                self._add("list", event.record, event.record, ", ".join(event.programmes) or None)
            )
        return sorted(set(cites))

    def knowledge(self, note: str) -> int:
        """Footnote of a knowledge-base source note."""
        return self._add("knowledge", note, note, "detente exposure knowledge base")

    def prices(self, path: Path) -> int:
        """Footnote of the user's price file."""
        return self._add("prices", str(path), path.name, "price file supplied by the user")


def _concerns(event: CanonicalEvent, actor: str | None) -> bool:
    if actor is None:
        return True
    return event.actor == actor or (event.type != EventType.RELEASE and event.target == actor)


def _figures(events: Sequence[CanonicalEvent]) -> list[int]:
    return [e.count for e in events if e.type == EventType.RELEASE and e.count is not None]


def deal_lines(deals: Sequence[CanonicalDeal], notes: Notes) -> list[BriefLine]:
    """One headline per deal: date, what each side gave, the reporting articles."""
    lines = []
    for deal in deals:
        cites = {notes.document(r.document) for r in deal.reports}
        for event in deal.events:
            cites.update(notes.event(event))
        text = f"{deal.date or 'undated'}: {deal_summary(deal.events)}"
        lines.append(BriefLine(text=text, figures=_figures(deal.events), cites=sorted(cites)))
    return lines


def event_lines(events: Sequence[CanonicalEvent], notes: Notes) -> list[BriefLine]:
    """One row per release or sanctions action."""
    return [
        BriefLine(
            text=f"{e.date or 'undated'} | {one_line(e.actor or '?')} | {e.type} | {side_phrase(e)}",
            figures=_figures([e]),
            cites=notes.event(e),
        )  # fmt: skip
        for e in events
    ]


def _confidence(value: float) -> str:
    return next(word for floor, word in CONFIDENCE_WORDS if value >= floor)


def exposure_lines(
    deals: Sequence[CanonicalDeal], kb: ExposureBase, notes: Notes
) -> list[BriefLine]:
    """Per deal and commodity: the direction, the rule, the companies and expected reactions."""
    lines = []
    for deal in deals:
        found = deal_exposure(deal, kb)
        for line in (i for i in found.items if i.ticker is None):
            companies = [
                i
                for i in found.items
                if i.ticker and i.event == line.event and i.commodity == line.commodity
            ]
            names = ", ".join(
                f"{c.ticker} {ARROWS[c.expected or 'up']} ({c.role})" for c in companies
            )
            text = (f"{deal.id} ({deal.date or 'undated'}): {line.commodity} {line.direction.replace('_', ' ')} "
                    f"— rule {line.rule}, {_confidence(line.confidence)} confidence"
                    + (f"; companies: {names}" if names else ""))  # fmt: skip
            sources = {s for item in (line, *companies) for s in item.sources}
            lines.append(BriefLine(text=text, cites=[notes.knowledge(s) for s in sorted(sources)]))
    return lines


def stock_lines(stocks: Sequence[StoredStock], notes: Notes) -> list[BriefLine]:
    """The latest estimate per country, cited to every article that gives that same estimate."""
    by_country: dict[str, list[StoredStock]] = {}
    for stock in stocks:
        if stock.country and stock.count is not None:
            by_country.setdefault(stock.country, []).append(stock)
    lines = []
    for country, found in sorted(by_country.items()):
        best = max(found, key=lambda s: (s.as_of or s.document.published or "", s.count or 0))
        same = [s for s in found if (s.count, s.as_of) == (best.count, best.as_of)]
        qualifier = {"approx": "about ", "at_least": "at least ", "at_most": "at most "}.get(
            str(best.count_qualifier), ""
        )
        who = f" according to {one_line(best.source)}" if best.source else ""
        when = best.as_of or best.document.published or "undated"
        text = f"{country}: {qualifier}{best.count:,} still held{who} (as of {when})"
        lines.append(BriefLine(text=text, figures=[best.count or 0],
                               cites=sorted({notes.document(s.document) for s in same})))  # fmt: skip
    return lines


def _chart(store: Store, flt: Filter) -> str | None:
    from detente.aggregate import timeline
    from detente.aggregate.plot import plot_timeline

    tl = timeline(store, flt)
    if not tl.rows:
        return None
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "timeline.svg"
        plot_timeline(tl, path)
        return path.read_text(encoding="utf-8")


def build_brief(store: Store, options: BriefOptions, kb: ExposureBase | None = None,
                now: datetime | None = None) -> Brief:  # fmt: skip
    """Gather the brief's statements from the store (and the price file, when given)."""
    from detente.aggregate import canonical_events, deals

    kb = kb or load_exposure()
    now = now or datetime.now(UTC)
    since = resolve_since(options.since, now.date())
    actor = options.actor.upper() if options.actor else None
    notes = Notes()
    found_deals = deals(store, Filter(actor=actor, since=since))
    events = [e for e in canonical_events(store, Filter(since=since)) if _concerns(e, actor)]
    stocks = store.view().stocks(Filter(actor=actor, since=since))
    brief = Brief(
        as_of=now.isoformat(timespec="seconds"), since=since, actor=actor,
        deals=deal_lines(found_deals, notes), events=event_lines(events, notes),
        exposure=exposure_lines(found_deals, kb, notes), stocks=stock_lines(stocks, notes),
        chart_svg=_chart(store, Filter(actor=actor, since=since)) if options.chart else None,
    )  # fmt: skip
    if options.prices is not None:
        model = StudyModel.MARKET if options.market else StudyModel.MEAN
        design = Design(model, options.market, options.window, options.estimation)
        brief.impact = impact_of(events, options.prices, design, kb)
        brief.impact_cite = notes.prices(options.prices)
    brief.citations = sorted(notes.items.values(), key=lambda c: c.n)
    return brief

"""``detente impact``: event studies of the tickers each stored sanctions event exposes."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from detente.markets.exposure import exposure_of
from detente.markets.kb import load_exposure
from detente.markets.prices import read_prices
from detente.markets.study import Design, Pair, run_study
from detente.model import CanonicalEvent, EventType, ExposureBase, Filter, Impact
from detente.store import Store

log = logging.getLogger(__name__)

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
SANCTIONS = (EventType.SANCTIONS_EASED, EventType.SANCTIONS_IMPOSED)


def study_pairs(events: Iterable[CanonicalEvent], kb: ExposureBase) -> list[Pair]:
    """One pair per event and exposed ticker; the expected reaction when all its rows agree.

    Events dated only to a month or year cannot be placed on a trading day and are skipped
    (logged)."""
    pairs: list[Pair] = []
    for event in events:
        if event.type not in SANCTIONS:
            continue
        found = exposure_of([(event.id, event)], kb)
        expected: dict[str, set[str | None]] = {}
        for item in found.items:
            if item.ticker is not None:
                expected.setdefault(item.ticker, set()).add(item.expected)
        if expected and not (event.date and _DAY.fullmatch(event.date)):
            log.warning("%s: date %r is not a day; not studied", event.id, event.date)
            continue
        for ticker, signs in sorted(expected.items()):
            sign = next(iter(signs)) if len(signs) == 1 else None
            pairs.append(Pair(event.id, event.date or "", ticker, sign))
    return pairs


def impact_of(
    events: Sequence[CanonicalEvent], prices: Path, design: Design, kb: ExposureBase
) -> Impact:
    """The event study of these canonical events over a price file."""
    frame = read_prices(prices)
    results, aggregates = run_study(frame, study_pairs(events, kb), design)
    return Impact(
        model=design.model,
        market=design.market,
        window=list(design.window),
        estimation=list(design.estimation),
        prices=str(prices),
        results=results,
        aggregates=aggregates,
    )


def impact(
    store: Store, prices: Path, design: Design, flt: Filter | None = None,
    kb: ExposureBase | None = None,
) -> Impact:  # fmt: skip
    """The event study of the stored canonical sanctions events matching ``flt``."""
    from detente.aggregate import canonical_events

    return impact_of(canonical_events(store, flt), prices, design, kb or load_exposure())

"""Exposure of a stored event or deal: resolve the id, apply the rules to its sanctions events.

Ids: a canonical deal (``deal:<event id>``), a canonical event id, or any stored event key
(``<document prefix>:e2``), which resolves to its canonical event when the store is clustered
(the aggregate layer), else to the document-level event itself.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from detente.errors import ConfigError
from detente.markets.kb import load_exposure
from detente.markets.rules import event_exposure
from detente.model import CanonicalDeal, CanonicalEvent, Event, Exposure, ExposureBase, ExposureItem
from detente.store import Store

log = logging.getLogger(__name__)

DEAL_PREFIX = "deal:"
E_NO_RECORD = "no stored event or deal {ident!r} (see 'detente canonical' or 'detente deals')"


def exposure_of(
    events: Sequence[tuple[str, Event]], kb: ExposureBase, ident: str = "", kind: str = "event"
) -> Exposure:
    """The exposure of some events (id, event): each commodity row, then its companies."""
    items: list[ExposureItem] = []
    notes: list[str] = []
    for event_id, event in events:
        found, why = event_exposure(event_id, event, kb)
        items.extend(found)
        notes.extend(why)
    items.sort(key=lambda i: (i.event, i.commodity, i.ticker is not None, i.ticker or ""))
    return Exposure(id=ident, kind=kind, events=[i for i, _ in events], items=items, notes=notes)


def deal_exposure(deal: CanonicalDeal, kb: ExposureBase) -> Exposure:
    """The exposure of a canonical deal: that of its sanctions events."""
    return exposure_of([(e.id, e) for e in deal.events], kb, deal.id, "deal")


def find_record(store: Store, ident: str) -> CanonicalDeal | CanonicalEvent | Event:
    """The deal or event with this id (see the module docstring); ConfigError if none."""
    from detente.aggregate import canonical_events, deal

    if ident.startswith(DEAL_PREFIX):
        found = deal(store, ident)
        if found is None:
            raise ConfigError(E_NO_RECORD.format(ident=ident))
        return found
    for event in canonical_events(store):
        if event.id == ident or any(m.key == ident for m in event.mentions):
            return event
    stored = store.view().event(ident)
    if stored is None:
        raise ConfigError(E_NO_RECORD.format(ident=ident))
    return stored


def exposure(store: Store, ident: str, kb: ExposureBase | None = None) -> Exposure:
    """The exposure of a stored deal or event, by id."""
    kb = kb or load_exposure()
    record = find_record(store, ident)
    if isinstance(record, CanonicalDeal):
        result = deal_exposure(record, kb)
    else:
        key = record.id if isinstance(record, CanonicalEvent) else getattr(record, "key", ident)
        result = exposure_of([(key, record)], kb, ident, "event")
    return result.model_copy(update={"id": ident})

"""Tests for detente.store.sql: exchanges paged in the database, and the document lookup."""

from __future__ import annotations

import pytest

from detente.errors import ConfigError
from detente.model import (
    Analysis,
    Deal,
    Document,
    DocumentRef,
    Event,
    EventType,
    Exchange,
    Filter,
)
from detente.store import Store

_USA_EASED = ("sanctions_eased", "USA")
# document letter, published, [(type, actor, date)]; events are e1, e2, ... in this order.
_SPECS = [
    ("d", "2025-06-02", [("release", "BLR", None), (*_USA_EASED, None)]),
    (
        "c",
        "2025-06-01",
        [("release", "BLR", "2025-05"), ("release", "IRN", None), (*_USA_EASED, None)],
    ),
    ("b", "2025-05-20", [("release", "BLR", "2025-05-20"), (*_USA_EASED, "2025-05-20")]),
    ("a", "2025-05-21", [("release", "RUS", "2025-05"), ("release", "USA", "2025")]),
]


def _documents() -> list[tuple[Document, Analysis]]:
    found = []
    for letter, published, specs in _SPECS:
        doc = Document(id=letter * 64, source=f"{letter}.txt", text="text", published=published)
        events = [
            Event(id=f"e{i}", type=EventType(kind), actor=actor, date=date)
            for i, (kind, actor, date) in enumerate(specs, start=1)
        ]
        ids = [e.id for e in events]
        # One exchange of all events and, with three events, one of the last two.
        exchanges = [Exchange(events=ids)] + ([Exchange(events=ids[1:])] if len(ids) > 2 else [])
        ref = DocumentRef(id=doc.id, source=doc.source, published=published)
        found.append((doc, Analysis(document=ref, events=events, exchanges=exchanges)))
    return found


@pytest.fixture
def trades(store: Store) -> Store:
    for doc, analysis in _documents():
        assert store.add(doc, analysis)
    return store


def _reference_order(deals: list[Deal]) -> list[tuple[bool, str, str]]:
    keys = []
    for deal in deals:
        dates = [e.date for e in deal.events if e.date]
        keys.append((not dates, min(dates) if dates else "", deal.document.id))
    return keys


def _pages(store: Store, flt: Filter, limit: int) -> list[Deal]:
    found: list[Deal] = []
    after = None
    while True:
        page = store.view().exchanges(flt, after=after, limit=limit)
        found += [deal for _, deal in page]
        if len(page) < limit:
            return found
        after = page[-1][0]


@pytest.mark.parametrize("limit", [1, 2, 3, 100])
@pytest.mark.parametrize("flt", [Filter(), Filter(actor="BLR"), Filter(since="2025-05-21")])
def test_exchange_pages_concatenate_to_the_full_listing(
    trades: Store, flt: Filter, limit: int
) -> None:
    full = trades.view().deals(flt)
    assert _pages(trades, flt, limit) == full
    assert _reference_order(full) == sorted(_reference_order(full))


def test_exchanges_are_ordered_by_earliest_date_undated_last(trades: Store) -> None:
    deals = trades.view().deals()
    firsts = [min((e.date for e in d.events if e.date), default=None) for d in deals]
    assert firsts == ["2025", "2025-05", "2025-05-20", None, None]
    assert len(trades.view().deals(Filter(actor="IRN"))) == 2


@pytest.mark.parametrize("cursor", ["", "x|y", "2025-13-99|d|1", "2025|d|x", "a|b|c|d"])
def test_bad_exchange_cursor_is_a_config_error(trades: Store, cursor: str) -> None:
    with pytest.raises(ConfigError):
        trades.view().exchanges(after=cursor, limit=1)


def test_has_document_looks_up_one_id(trades: Store) -> None:
    assert trades.view().has_document("a" * 64)
    assert not trades.view().has_document("e" * 64)

"""Tests for detente.aggregate.deals: the deal index, pages built alone, one deal by id."""

from __future__ import annotations

from collections import defaultdict

import pytest

from detente.aggregate import canonical_events, deal, deal_page, deals, deals_with
from detente.aggregate.dedupe import Components
from detente.errors import ConfigError
from detente.model import CanonicalDeal, EventType, Filter
from detente.store import Store


def _from_everything(store: Store) -> dict[str, tuple[str | None, list[str], list[str]]]:
    """Deal id → (date, canonical event ids, reporting documents), computed the slow way: every
    canonical event reconciled and every stored exchange resolved (the former implementation)."""
    canon = {c.id: c for c in canonical_events(store)}
    cluster_of = {m.key: c.id for c in canon.values() for m in c.mentions}
    parts = Components()
    stored = store.view().deals()
    for report in stored:
        ids = [cluster_of[e.key] for e in report.events]
        for other in ids[1:]:
            parts.union(ids[0], other)
    members: dict[str, set[str]] = defaultdict(set)
    documents: dict[str, list[str]] = defaultdict(list)
    for report in stored:
        root = parts.find(cluster_of[report.events[0].key])
        members[root].update(cluster_of[e.key] for e in report.events)
        documents[root].append(report.document.id)
    found = {}
    for root, ids in members.items():
        dates = [d for i in ids if (d := canon[i].date)]
        found[f"deal:{root}"] = (
            max(dates) if dates else None,
            sorted(ids),
            sorted(documents[root]),
        )
    return found


def _summary(found: list[CanonicalDeal]) -> dict[str, tuple[str | None, list[str], list[str]]]:
    return {
        d.id: (d.date, sorted(e.id for e in d.events), sorted(r.document.id for r in d.reports))
        for d in found
    }


def test_deals_agree_with_the_full_computation(agg_store: Store) -> None:
    found = deals(agg_store)
    assert found and _summary(found) == _from_everything(agg_store)
    assert [d.id for d in found] == [
        d.id for d in sorted(found, key=lambda d: (d.date is None, d.date or "", d.id))
    ]


@pytest.mark.parametrize("limit", [1, 2, 50])
@pytest.mark.parametrize(
    "flt",
    [
        Filter(),
        Filter(actor="BLR"),
        Filter(type=EventType.SANCTIONS_EASED),
        Filter(until="2025-10"),
    ],
)
def test_pages_concatenate_to_the_full_listing(agg_store: Store, flt: Filter, limit: int) -> None:
    pages: list[CanonicalDeal] = []
    after = None
    while True:
        page, after = deal_page(agg_store, flt, after=after, limit=limit)
        assert len(page) <= limit
        pages += page
        if after is None:
            break
    assert pages == deals(agg_store, flt)


def test_unknown_cursor_is_a_config_error(agg_store: Store) -> None:
    with pytest.raises(ConfigError):
        deal_page(agg_store, after="deal:nothing", limit=1)


def test_one_deal_by_id(agg_store: Store) -> None:
    for found in deals(agg_store):
        assert deal(agg_store, found.id) == found
    assert deal(agg_store, "deal:nothing") is None


def test_deals_with_an_event(agg_store: Store) -> None:
    everything = deals(agg_store)
    assert everything
    for event in canonical_events(agg_store):
        expected = [d for d in everything if any(e.id == event.id for e in d.events)]
        assert deals_with(agg_store, event.id) == expected
    assert deals_with(agg_store, "no-such-event") == []

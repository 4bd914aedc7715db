"""Library functions: canonical events (reconciled fields), deals across sources, people."""

from __future__ import annotations

from detente.aggregate import canonical_events, deals, event_clusters, person, persons
from detente.aggregate.queries import in_range
from detente.model import EventType, Filter
from detente.store import Store

from .conftest import Docs, key


def _december(store: Store):  # noqa: ANN202
    (event,) = [e for e in canonical_events(store, Filter(actor="BLR")) if e.date == "2025-12-13"]
    return event


def test_canonical_release_reconciles_reports(agg_store: Store, agg_docs: Docs) -> None:
    event = _december(agg_store)
    assert (event.count, event.count_qualifier, event.count_sources) == (123, "exact", 2)
    assert [(c.count, c.count_qualifier, c.sources) for c in event.also_reported] == [
        (120, "at_least", 1)
    ]
    assert event.sources == 3 and len(event.mentions) == 4  # wire + syndicated copy count once
    assert (event.first_reported, event.last_reported) == ("2025-12-13", "2026-01-20")
    assert event.persons == ["Ales Bialiatski", "Maria Kalesnikava"]
    assert event.id == min(m.key for m in event.mentions)
    assert event.id == event_clusters(agg_store)[key(agg_docs, "vilnius-dec", "e1")]


def test_background_mention_joins_september_event(agg_store: Store) -> None:
    (event,) = canonical_events(agg_store, Filter(actor="BLR", since="2025-09", until="2025-09"))
    assert event.date == "2025-09-11"  # the precise date beats the month of the background mention
    assert event.count == 52 and [c.count for c in event.also_reported] == [50]


def test_filters(agg_store: Store) -> None:
    assert {
        e.type for e in canonical_events(agg_store, Filter(type=EventType.SANCTIONS_IMPOSED))
    } == {"sanctions_imposed"}
    renewals = canonical_events(agg_store, Filter(actor="EU", target="RUS"))
    assert [e.date for e in renewals] == ["2024-07-22", "2025-01-27"]
    assert canonical_events(agg_store, Filter(actor="USA", since="2026")) == []


def test_in_range() -> None:
    assert in_range("2025-09", "2025-09-15", None)
    assert not in_range("2025-09-14", "2025-09-15", None)
    assert in_range("2025", None, "2025-01")
    assert not in_range(None, "2025", None) and in_range(None, None, None)


def test_deal_reported_by_several_articles_is_one_deal(agg_store: Store) -> None:
    found = deals(agg_store, Filter(actor="BLR"))
    assert [d.date for d in found] == ["2025-09-11", "2025-12-13"]
    december = found[1]
    assert [(e.type, e.actor) for e in december.events] == [
        ("release", "BLR"),
        ("sanctions_eased", "USA"),
    ]
    assert len(december.reports) == 3 and december.sources == 2
    assert deals(agg_store, Filter(actor="EU")) == []
    assert [d.date for d in deals(agg_store, Filter(since="2025-10"))] == ["2025-12-13"]


def test_person_record_across_spellings(agg_store: Store) -> None:
    people = {p.id: p for p in persons(agg_store)}
    assert set(people) == {"ales-bialiatski", "maria-kalesnikava", "siarhei-tsikhanouski"}
    record = person(agg_store, "Maria Kolesnikova")
    assert record is not None and record.id == "maria-kalesnikava"
    assert record.spellings == ["Maria Kalesnikava", "Maria Kolesnikova"]
    (release,) = record.releases
    assert release.date == "2025-12-13" and release.sources == 2 and len(release.documents) == 3
    assert person(agg_store, "siarhei-tsikhanouski") == people["siarhei-tsikhanouski"]
    assert person(agg_store, "Nobody Atall") is None

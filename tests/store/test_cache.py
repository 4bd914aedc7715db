"""Tests for detente.store.cache: event pages read through the cache of decoded events."""

from __future__ import annotations

from sqlalchemy import delete

from detente.model import Analysis, Document, DocumentRef, Event, EventType, Filter
from detente.store import Store
from detente.store.cache import EventCache
from detente.store.tables import documents


def _article(count: int) -> tuple[Document, Analysis]:
    doc = Document(
        id="f" * 64, source="f.txt", text="Belarus frees prisoners.", published="2025-05-02"
    )
    event = Event(id="e1", type=EventType.RELEASE, actor="BLR", date="2025-05-01", count=count)
    ref = DocumentRef(id=doc.id, source=doc.source, published=doc.published)
    return doc, Analysis(document=ref, events=[event])


def test_cached_pages_equal_full_reads(filled: Store) -> None:
    view = filled.view()
    everything = view.events()
    for limit in (1, 3, 500):
        first = view.events(limit=limit)
        assert first == everything[:limit]
        assert view.events(limit=limit) == first  # now from the cache
    assert view.events(Filter(actor="BLR"), limit=500) == view.events(Filter(actor="BLR"))


def test_a_changed_copy_does_not_change_the_cache(filled: Store) -> None:
    first = filled.view().events(limit=1)[0]
    first.persons.append("Someone Else")
    first.actor = "XXX"
    assert filled.view().events(limit=1) == filled.view().events()[:1]


def test_a_document_stored_again_is_read_again(store: Store) -> None:
    doc, analysis = _article(14)
    assert store.add(doc, analysis)
    assert [e.count for e in store.view().events(limit=5)] == [14]
    with store.engine.begin() as conn:  # events go with their document (ON DELETE CASCADE)
        conn.execute(delete(documents).where(documents.c.id == doc.id))
    assert store.add(*_article(15))
    assert [e.count for e in store.view().events(limit=5)] == [15]


def test_least_recently_used_entries_go_first(filled: Store) -> None:
    events = filled.view().events()[:3]
    cache = EventCache(size=2)
    for n, event in enumerate(events):
        cache.put((event.key, n), event)
    assert cache.get((events[0].key, 0)) is None
    assert cache.get((events[2].key, 2)) == events[2]

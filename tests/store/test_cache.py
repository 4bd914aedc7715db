"""Tests for detente.store.cache: event pages read through the cache of decoded events, and the
store generation every committed write bumps."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update

from detente.model import Analysis, Document, DocumentRef, Event, EventType, Filter
from detente.store import Store, open_store
from detente.store.cache import EventCache
from detente.store.tables import documents, events


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


# --- store generation ---------------------------------------------------------------------


def test_every_committed_write_bumps_the_generation_once(store: Store) -> None:
    start = store.generation()
    assert store.add(*_article(14))
    assert store.generation() == start + 1  # one transaction, however many rows it wrote
    assert not store.add(*_article(14))  # already stored: nothing written
    assert store.generation() == start + 1
    with store.engine.begin() as conn:  # other layers write through the engine directly
        conn.execute(update(events).values(count=15))
    assert store.generation() == start + 2


def test_reads_do_not_bump_the_generation(filled: Store) -> None:
    start = filled.generation()
    filled.view().events()
    with filled.engine.begin() as conn:  # a transaction that only reads commits nothing
        conn.execute(select(func.count()).select_from(events))
    assert filled.generation() == start


def test_a_rolled_back_write_does_not_bump_the_generation(filled: Store) -> None:
    start = filled.generation()
    with pytest.raises(RuntimeError), filled.engine.begin() as conn:
        conn.execute(delete(events))
        raise RuntimeError("abandon")
    assert filled.generation() == start
    assert filled.view().events()  # the delete was rolled back too
    with filled.engine.begin() as conn:  # and the next transaction starts clean
        conn.execute(select(func.count()).select_from(events))
    assert filled.generation() == start


def test_the_bump_commits_with_the_write(store: Store) -> None:
    with store.engine.connect() as conn:
        conn.execute(update(events).values(count=1))
        before = store.generation()  # read on another connection: nothing committed yet
        conn.commit()
    assert store.generation() == before + 1


def test_the_generation_is_read_while_every_pooled_connection_is_busy(
    shared_db_url: str,
) -> None:
    with open_store(shared_db_url) as store:
        start = store.generation()
        busy = [store.engine.connect() for _ in range(15)]  # SQLAlchemy's pool: 5 + 10 overflow
        try:
            assert store.generation() == start  # on its own connection: no wait
        finally:
            for conn in busy:
                conn.close()
        store.close()  # and after the store's connections are released, it reconnects
        assert store.add(*_article(3))
        assert store.generation() == start + 1


# --- scopes -------------------------------------------------------------------------------


def test_a_scoped_write_bumps_the_scopes_of_its_actors_and_targets(store: Store) -> None:
    wanted = ("BLR", "RUS", "USA")
    assert store.generations(wanted) == (0, 0, 0, 0)  # "*" first, then each scope
    doc, analysis = _article(14)
    eased = Event(id="e2", type=EventType.SANCTIONS_EASED, actor="usa", target="BLR")
    assert store.add(doc, analysis.model_copy(update={"events": [*analysis.events, eased]}))
    assert store.generations(wanted) == (0, 1, 0, 1)  # BLR (actor and target) once, USA
    assert store.generations() == (store.generation(),)


def test_a_write_nobody_scoped_bumps_every_scope(store: Store) -> None:
    assert store.add(*_article(14))
    with store.engine.begin() as conn:  # another layer, through the engine: reach unknown
        conn.execute(update(events).values(count=15))
    assert store.generations(("BLR", "RUS")) == (1, 1, 0)


def test_a_transaction_partly_scoped_bumps_every_scope(store: Store) -> None:
    with store.writer() as writer:
        writer.add(*_article(14))
        writer._conn.execute(update(events).values(count=15))  # outside the scoped part
    assert store.generations(("BLR",)) == (1, 0)

"""Tests for detente.store.sql: writing, re-ingesting, rolling back and querying the store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event as sa_event
from sqlalchemy import func, select, text

from detente.errors import ConfigError, StoreError
from detente.lists.snapshots import save_corroborations
from detente.model import (
    Analysis,
    Corroboration,
    Document,
    DocumentRef,
    Event,
    EventType,
    Exchange,
    Filter,
    OfficialMatch,
    Stock,
    StoredEvent,
)
from detente.store import Store, event_key, open_store
from detente.store.tables import documents, events, exchange_events, exchanges, metadata, stocks

Docs = dict[str, tuple[Document, Analysis]]


def _labels(found: Sequence[StoredEvent]) -> list[str]:
    """``<slug>:<local id>`` for stored events, the slug taken from the document source."""
    return [f"{e.document.source.removesuffix('.txt')}:{e.id}" for e in found]


def _counts(store: Store) -> dict[str, int]:
    with store.engine.connect() as conn:
        return {
            table.name: conn.scalar(select(func.count()).select_from(table)) or 0
            for table in (documents, events, exchanges, exchange_events, stocks)
        }


def _doc(text_: str, source: str = "made.txt") -> Document:
    return Document(id=Document.content_id(text_), source=source, text=text_)


def _analysis(doc: Document, **parts: Any) -> Analysis:
    return Analysis(document=DocumentRef(id=doc.id, source=doc.source), **parts)


# --- writing ---------------------------------------------------------------------------------


def test_round_trip_keeps_every_event_field(store: Store, docs: Docs) -> None:
    doc, analysis = docs["minsk-september"]
    assert store.add(doc, analysis) is True
    stored = store.view().events()
    assert [e.key for e in stored] == [f"{doc.id[:12]}:e1", f"{doc.id[:12]}:e2"]
    for got, want in zip(stored, analysis.events, strict=True):
        stored_only = {"key", "document", "corroboration"}  # StoredEvent's own fields
        assert Event.model_validate(got.model_dump(exclude=stored_only)) == want
        assert got.document == analysis.document
    assert store.view().document(doc.id) == doc


def test_every_event_field_has_a_column() -> None:
    columns = set(events.c.keys())
    assert set(Event.model_fields) - {"id"} <= columns
    assert set(Stock.model_fields) <= set(stocks.c.keys())
    assert set(Document.model_fields) <= set(documents.c.keys())


def test_event_key_uses_twelve_hex_digits() -> None:
    assert event_key("0123456789abcdef" * 4, "e7") == "0123456789ab:e7"


def test_re_ingest_returns_false_and_changes_nothing(store: Store, docs: Docs) -> None:
    doc, analysis = docs["minsk-december"]
    assert store.add(doc, analysis) is True
    before = _counts(store)
    assert before == {
        "documents": 1,
        "events": 3,
        "exchanges": 1,
        "exchange_events": 2,
        "stocks": 1,
    }
    # Same id, different analysis: still refused, the first analysis stays.
    assert store.add(doc, _analysis(doc)) is False
    assert _counts(store) == before


def test_writer_sees_its_own_documents(store: Store, docs: Docs) -> None:
    doc, analysis = docs["brussels-renewal"]
    with store.writer() as writer:
        assert writer.add(doc, analysis) is True
        assert writer.add(doc, analysis) is False
    assert _counts(store)["documents"] == 1


def test_failed_add_rolls_back_the_whole_document(store: Store, docs: Docs) -> None:
    doc, analysis = docs["minsk-september"]
    broken = analysis.model_copy(
        update={"exchanges": [Exchange(events=["e1", "e9"])]}  # e9 does not exist
    )
    with pytest.raises(StoreError) as caught:
        store.add(doc, broken)
    message = str(caught.value)
    assert message.startswith("cannot write to the store: document " + doc.id[:12])
    assert "\n" not in message
    assert _counts(store) == dict.fromkeys(_counts(store), 0)
    # The store is still usable and the document can be stored once fixed.
    assert store.add(doc, analysis) is True
    assert _counts(store)["events"] == 2


def test_failed_document_does_not_undo_others_in_the_writer(store: Store, docs: Docs) -> None:
    good, good_analysis = docs["minsk-december"]
    bad, bad_analysis = docs["brussels-renewal"]
    duplicate = Event(id="e1", type=EventType.RELEASE, actor="RUS")
    broken = bad_analysis.model_copy(update={"events": [*bad_analysis.events, duplicate]})
    with store.writer() as writer:
        assert writer.add(good, good_analysis)
        with pytest.raises(StoreError):
            writer.add(bad, broken)
    assert [d.id for d in store.view().documents()] == [good.id]
    assert _counts(store)["events"] == 3


def test_error_in_writer_body_rolls_back(store: Store, docs: Docs) -> None:
    with pytest.raises(RuntimeError), store.writer() as writer:
        writer.add(*docs["minsk-september"])
        raise RuntimeError("boom")
    assert store.view().documents() == []


def test_analysis_of_another_document_is_refused(store: Store, docs: Docs) -> None:
    doc, _ = docs["minsk-september"]
    _, other = docs["minsk-december"]
    with pytest.raises(StoreError, match="analysis is of another document"):
        store.add(doc, other)
    assert store.view().documents() == []


def test_document_without_id_is_refused(store: Store) -> None:
    doc = Document(id="", source="x.txt", text="Some text.")
    with pytest.raises(StoreError, match="x.txt: the document has no id"):
        store.add(doc, _analysis(doc))


def test_file_store_persists_and_uses_wal_and_foreign_keys(tmp_path: Path, docs: Docs) -> None:
    url = f"sqlite:///{tmp_path / 'persist.db'}"
    with open_store(url) as first:
        first.add(*docs["minsk-september"])
    with open_store(url) as second:
        assert len(second.view().events()) == 2
        with second.engine.connect() as conn:
            assert conn.scalar(text("PRAGMA journal_mode")) == "wal"
            assert conn.scalar(text("PRAGMA foreign_keys")) == 1


# --- reading ---------------------------------------------------------------------------------


def test_events_are_ordered_by_date_document_and_local_id(filled: Store) -> None:
    assert _labels(filled.view().events()) == [
        "brussels-renewal:e1",  # 2025
        "brussels-renewal:e2",  # 2025-02-24
        "minsk-december:e3",  # 2025-09
        "minsk-september:e1",  # 2025-09-11
        "minsk-september:e2",
        "minsk-december:e1",  # 2025-12-13
        "minsk-december:e2",
        "brussels-renewal:e3",  # undated: last
    ]


def test_local_ids_sort_in_document_order_not_as_text(store: Store) -> None:
    doc = _doc("Eleven releases on one day.")
    made = [
        Event(id=f"e{i}", type=EventType.RELEASE, actor="BLR", date="2025-01-01")
        for i in range(1, 12)
    ]
    store.add(doc, _analysis(doc, events=made))
    assert [e.id for e in store.view().events()] == [f"e{i}" for i in range(1, 12)]


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filter(actor="EU"), ["brussels-renewal:e1", "brussels-renewal:e2"]),
        (Filter(actor="usa"), ["minsk-september:e2", "minsk-december:e2"]),
        (Filter(target="RUS"), ["brussels-renewal:e2"]),
        (
            Filter(type=EventType.RELEASE, actor="BLR"),
            ["minsk-december:e3", "minsk-september:e1", "minsk-december:e1"],
        ),
        (Filter(actor="EU", target="BLR"), ["brussels-renewal:e1"]),
        (Filter(actor="CHN"), []),
    ],
)
def test_events_filter_on_actor_target_type(
    filled: Store, flt: Filter, expected: list[str]
) -> None:
    assert _labels(filled.view().events(flt)) == expected


@pytest.mark.parametrize(
    ("since", "until", "expected"),
    [
        # A month-precision date overlaps a day-precision bound inside that month.
        (
            "2025-09-15",
            None,
            ["brussels-renewal:e1", "minsk-december:e3", "minsk-december:e1", "minsk-december:e2"],
        ),
        # A day-precision date is compared with the bound's month.
        (
            None,
            "2025-09",
            [
                "brussels-renewal:e1",
                "brussels-renewal:e2",
                "minsk-december:e3",
                "minsk-september:e1",
                "minsk-september:e2",
            ],
        ),
        # Only the year-precision event overlaps October-November.
        ("2025-10", "2025-11", ["brussels-renewal:e1"]),
        (
            "2025-09-11",
            "2025-09-11",
            [
                "brussels-renewal:e1",
                "minsk-december:e3",
                "minsk-september:e1",
                "minsk-september:e2",
            ],
        ),
        ("2025-02-25", "2025-09-10", ["brussels-renewal:e1", "minsk-december:e3"]),
        ("2024-12-31", "2025-01-01", ["brussels-renewal:e1"]),
        ("2026", None, []),
        (None, "2024", []),
    ],
)
def test_events_date_range_overlaps_on_coarser_precision(
    filled: Store, since: str | None, until: str | None, expected: list[str]
) -> None:
    found = filled.view().events(Filter(since=since, until=until))
    assert _labels(found) == expected


@pytest.mark.parametrize("bad", ["2025-13", "Sept 2025", "25-09-01", "2025-02-30", "2025-9"])
def test_bad_filter_date_is_a_config_error(filled: Store, bad: str) -> None:
    with pytest.raises(ConfigError, match="invalid date"):
        filled.view().events(Filter(since=bad))


def test_deals_resolve_their_events(filled: Store, docs: Docs) -> None:
    deals = filled.view().deals()
    assert [_labels(d.events) for d in deals] == [
        ["minsk-september:e1", "minsk-september:e2"],
        ["minsk-december:e1", "minsk-december:e2"],
    ]
    september = deals[0]
    doc, analysis = docs["minsk-september"]
    assert september.document == analysis.document
    assert september.evidence == analysis.exchanges[0].evidence
    assert september.events[1].entities == ["Belavia"]
    assert september.events[0].key == event_key(doc.id, "e1")


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filter(actor="USA"), ["minsk-september", "minsk-december"]),
        # Each criterion may be met by a different event of the deal.
        (Filter(actor="BLR", target="BLR"), ["minsk-september", "minsk-december"]),
        (
            Filter(type=EventType.SANCTIONS_EASED, actor="BLR"),
            ["minsk-september", "minsk-december"],
        ),
        (Filter(since="2025-10"), ["minsk-december"]),
        (Filter(until="2025-09"), ["minsk-september"]),
        (Filter(type=EventType.SANCTIONS_IMPOSED), []),
        (Filter(actor="EU"), []),
    ],
)
def test_deals_filter_on_any_of_their_events(
    filled: Store, flt: Filter, expected: list[str]
) -> None:
    assert [d.document.source.removesuffix(".txt") for d in filled.view().deals(flt)] == expected


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (Filter(), [1100, 1000]),
        (Filter(actor="blr"), [1100, 1000]),
        (Filter(actor="RUS"), []),
        (Filter(since="2025-09-20"), [1100, 1000]),  # as_of 2025-09 overlaps
        (Filter(since="2025-10"), [1000]),
        (Filter(until="2025-09-01"), [1100]),
    ],
)
def test_stocks_filter_on_country_and_as_of(
    filled: Store, flt: Filter, expected: list[int]
) -> None:
    found = filled.view().stocks(flt)
    assert [s.count for s in found] == expected


def test_stocks_keep_their_fields_and_document(filled: Store, docs: Docs) -> None:
    first = filled.view().stocks()[0]
    _, analysis = docs["minsk-september"]
    assert Stock.model_validate(first.model_dump(exclude={"document"})) == analysis.stocks[0]
    assert first.document == analysis.document


def test_documents_by_publication_date(filled: Store, docs: Docs) -> None:
    undated = _doc("An undated note about a release.", source="note.txt")
    filled.add(undated, _analysis(undated))
    refs = filled.view().documents()
    assert [r.source for r in refs] == [
        "brussels-renewal.txt",
        "minsk-september.txt",
        "minsk-december.txt",
        "note.txt",
    ]
    assert refs[0] == docs["brussels-renewal"][1].document
    assert filled.view().document("0" * 64) is None


def test_empty_store_reads_empty(store: Store) -> None:
    view = store.view()
    assert (view.events(), view.deals(), view.stocks(), view.documents()) == ([], [], [], [])


def test_reading_a_broken_store_is_a_store_error(store: Store) -> None:
    with store.engine.begin() as conn:
        metadata.drop_all(conn)
    with pytest.raises(StoreError, match="^cannot read the store: "):
        store.view().events()


# --- pages and document filter (used by the API) ---------------------------------------------


@pytest.mark.parametrize("size", [1, 2, 3, 100])
@pytest.mark.parametrize("flt", [Filter(), Filter(type=EventType.RELEASE), Filter(since="2025-09")])
def test_event_pages_follow_the_full_order(filled: Store, size: int, flt: Filter) -> None:
    view = filled.view()
    whole = view.events(flt)
    paged: list[StoredEvent] = []
    after = None
    while page := view.events(flt, after=after, limit=size):
        assert len(page) <= size
        paged += page
        after = page[-1].key
    assert [e.key for e in paged] == [e.key for e in whole]
    assert any(e.date is None for e in view.events())  # the undated tail is paged too


def test_event_page_after_unknown_key_is_a_config_error(filled: Store) -> None:
    with pytest.raises(ConfigError, match="invalid page cursor 'nope:e1'"):
        filled.view().events(after="nope:e1", limit=2)


def test_events_filter_on_document(filled: Store, docs: Docs) -> None:
    doc, analysis = docs["minsk-december"]
    found = filled.view().events(Filter(document=doc.id))
    assert sorted(e.id for e in found) == sorted(e.id for e in analysis.events)
    assert filled.view().events(Filter(document="0" * 64)) == []


def test_event_by_key(filled: Store) -> None:
    for stored in filled.view().events():
        assert filled.view().event(stored.key) == stored
    assert filled.view().event("nope:e1") is None


def test_actors_are_the_distinct_actors_of_the_events(filled: Store) -> None:
    from detente.aggregate import canonical_events

    stored = {e.actor for e in filled.view().events() if e.actor}
    assert len(stored) > 1
    assert filled.view().actors() == sorted(stored)
    assert filled.view().actors() == sorted({e.actor for e in canonical_events(filled) if e.actor})


def test_a_corroborated_page_is_one_statement(filled: Store) -> None:
    view = filled.view()
    news = [e for e in view.events() if e.type == EventType.SANCTIONS_IMPOSED][0]
    match = OfficialMatch(event_key=news.key, status=Corroboration.CONFIRMED, reasons=["name"])
    save_corroborations(filled, [match])
    statements: list[str] = []

    def count(conn: Any, cursor: Any, statement: str, *rest: Any) -> None:
        if statement != "BEGIN":  # SQLite's own, issued by the engine (detente.store.engine)
            statements.append(statement)

    sa_event.listen(filled.engine, "before_cursor_execute", count)
    try:
        for _ in range(2):  # decoded, then from the cache of decoded events
            page = view.events(Filter(actor=news.actor), limit=50, corroborated=True)
            assert len(statements) == 1
            statements.clear()
            assert [e for e in page if e.corroboration] == [
                news.model_copy(update={"corroboration": match})
            ]
    finally:
        sa_event.remove(filled.engine, "before_cursor_execute", count)
    plain = view.events(Filter(actor=news.actor), limit=50)
    assert [e.model_copy(update={"corroboration": None}) for e in page] == plain

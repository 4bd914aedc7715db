"""Snapshots: idempotent, one transaction each; diffs; official events in the shared timeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from detente.aggregate import ensure_clustered, event_clusters, recluster
from detente.errors import ConfigError, InputError
from detente.lists.diff import changes, diff
from detente.lists.snapshots import import_list, latest_entries, snapshots
from detente.model import ChangeKind, EventType, Filter
from detente.store import Store
from detente.store.tables import list_entries, list_snapshots

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"
HISTORIES = [
    ("ofac-sdn", ["ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn/sdn-2025-09-12.xml"], "90002"),
    (
        "ofac-adv",
        ["ofac-adv/sdn_advanced-2025-09-01.xml", "ofac-adv/sdn_advanced-2025-09-12.xml"],
        "90002",
    ),
    ("eu", ["eu/eu-2025-09-01.xml", "eu/eu-2025-09-15.xml"], "EU.9002.02"),
    ("uk", ["uk/ConList-2025-09-01.csv", "uk/ConList-2025-09-20.csv"], "14002"),
    ("ftm", ["ftm/entities-2025-09-01.ftm.json", "ftm/entities-2025-09-20.ftm.json"], "os-belavia"),
]


def _counts(store: Store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        return (
            conn.scalar(select(func.count()).select_from(list_snapshots)) or 0,
            conn.scalar(select(func.count()).select_from(list_entries)) or 0,
        )


@pytest.mark.parametrize(("fmt", "files", "airline"), HISTORIES)
def test_delisting_becomes_an_official_eased_event(store: Store, fmt, files, airline):
    for i, name in enumerate(files):
        import_list(store, FIXTURES / name, fmt, as_of=f"2025-09-{10 * i + 1:02d}")
    result = diff(store, fmt)
    removed = [c for c in result.changes if c.kind == ChangeKind.REMOVED]
    assert [c.entry_id for c in removed] == [airline]
    events = store.view().events(Filter(type=EventType.SANCTIONS_EASED))
    assert len(events) == 1
    event = events[0]
    assert event.official and event.record == f"{result.source}:{airline}"
    assert event.target == "BLR" and event.date == "2025-09-11" and event.programmes
    doc = store.view().document(event.document.id)
    assert (
        doc is not None
        and doc.text[event.evidence[0].start : event.evidence[0].end] == event.evidence[0].text
    )


def test_import_is_idempotent_by_content(store: Store):
    first = import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn")
    again = import_list(
        store, FIXTURES / "ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn", as_of="2030-01-01"
    )
    assert first.created and not again.created and again.snapshot == first.snapshot
    assert _counts(store) == (1, 4)


def test_malformed_file_leaves_nothing_behind(store: Store, tmp_path: Path):
    bad = tmp_path / "sdn.xml"
    good = (FIXTURES / "ofac-sdn/sdn-2025-09-01.xml").read_text(encoding="utf-8")
    bad.write_text(
        good.replace("</sdnList>", "<sdnEntry><uid>9</uid></sdnEntry></sdnList>"), encoding="utf-8"
    )
    with pytest.raises(InputError, match=r"record 9: missing <lastName>"):
        import_list(store, bad, "ofac-sdn")
    assert _counts(store) == (0, 0)


def test_duplicate_record_id_is_an_error(store: Store, tmp_path: Path):
    shutil.copytree(FIXTURES / "ofac-csv-1", tmp_path / "csv")
    sdn = tmp_path / "csv" / "sdn.csv"
    lines = sdn.read_text(encoding="utf-8").splitlines(keepends=True)
    sdn.write_text("".join([lines[0], lines[0]]), encoding="utf-8")
    with pytest.raises(InputError, match="duplicate record id '90001'"):
        import_list(store, sdn, "ofac-csv")
    assert _counts(store) == (0, 0)


def test_amendments_and_dates(store: Store):
    import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn")
    import_list(store, FIXTURES / "ofac-csv-2/sdn.csv", "ofac-csv", as_of="2025-09-12")
    result = diff(store, "ofac", "2025-09-05", "2025-09-30")
    amended = {c.entry_id: c for c in result.changes if c.kind == ChangeKind.AMENDED}
    assert amended["90001"].programmes_added == ["RUSSIA-EO14024"]
    assert amended["90003"].aliases_added == ["LUKASCHENKO, Alexander"]
    assert [c.kind for c in changes(store, "ofac", since="2025-09-12")].count("removed") == 1
    with pytest.raises(ConfigError, match="no snapshot of the 'ofac' list on or before 2025-08-01"):
        diff(store, "ofac", "2025-08-01")


def test_inserted_snapshot_replaces_the_events_of_the_pair_it_splits(store: Store):
    import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn")
    import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-12.xml", "ofac-sdn", as_of="2025-09-30")
    assert len(store.view().events()) == 1
    import_list(store, FIXTURES / "ofac-csv-2/sdn.csv", "ofac-csv", as_of="2025-09-12")
    events = store.view().events()
    assert [(e.type, e.date) for e in events] == [("sanctions_eased", "2025-09-12")]
    assert [s.as_of for s in snapshots(store, "ofac")] == ["2025-09-01", "2025-09-12", "2025-09-30"]


def test_inserted_snapshot_leaves_canonical_events_as_a_rebuild_would(store: Store):
    import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn")
    import_list(store, FIXTURES / "ofac-sdn/sdn-2025-09-12.xml", "ofac-sdn", as_of="2025-09-30")
    first = event_clusters(store)
    assert set(first) == {e.key for e in store.view().events()}  # clustered as stored
    import_list(store, FIXTURES / "ofac-csv-2/sdn.csv", "ofac-csv", as_of="2025-09-12")
    kept = event_clusters(store)
    assert set(kept) == {e.key for e in store.view().events()} != set(first)
    assert ensure_clustered(store) is False
    recluster(store)
    assert event_clusters(store) == kept


def test_latest_entries_include_delisted_with_date(store: Store):
    import_list(store, FIXTURES / "eu/eu-2025-09-01.xml", "eu")
    import_list(store, FIXTURES / "eu/eu-2025-09-15.xml", "eu")
    active = {e.entry_id: e for e in latest_entries(store, "eu")}
    every = {e.entry_id: e for e in latest_entries(store, "eu", include_delisted=True)}
    assert "EU.9002.02" not in active
    assert every["EU.9002.02"].delisted_on == "2025-09-15"
    assert every["EU.9001.01"].delisted_on is None

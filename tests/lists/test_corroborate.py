"""Corroboration: Belavia-style listing → delisting histories confirm, contradict or leave news events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.lists.corroborate import corroborate, with_corroboration
from detente.lists.snapshots import import_list
from detente.model import Analysis, Document, DocumentRef, Event, EventType, Evidence, Filter
from detente.render import render_events
from detente.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"
NEWS = FIXTURES / "screening" / "news.jsonl"
# (format, snapshot files dated 2025-09-01 and 2025-09-12, record of the delisted airline)
HISTORIES = [
    ("ofac-sdn", ["ofac-sdn/sdn-2025-09-01.xml", "ofac-sdn/sdn-2025-09-12.xml"], "ofac", "90002"),
    ("ofac-adv", ["ofac-adv/sdn_advanced-2025-09-01.xml", "ofac-adv/sdn_advanced-2025-09-12.xml"],
     "ofac", "90002"),
    ("uk", ["uk/ConList-2025-09-01.csv", "uk/ConList-2025-09-20.csv"], "uk", "14002"),
]  # fmt: skip


def add_news(store: Store) -> dict[str, str]:
    """Store the news fixture (one event per article); return event key by first entity/sector."""
    keys = {}
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = item["text"]
        doc = Document(id=Document.content_id(text), source=f"news:{item['published']}",
                       title=text[:40], published=item["published"], text=text)  # fmt: skip
        ref = DocumentRef(id=doc.id, source=doc.source, title=doc.title, published=doc.published)
        event = Event(
            id="e1", evidence=[Evidence(text=text, start=0, end=len(text))], **item["event"]
        )
        store.add(doc, Analysis(document=ref, events=[event]))
        keys[(event.entities or event.sectors)[0]] = f"{doc.id[:12]}:e1"
    return keys


def _history(store: Store, fmt: str, files: list[str], dates=("2025-09-01", "2025-09-12")) -> None:
    for name, day in zip(files, dates, strict=True):
        import_list(store, FIXTURES / name, fmt, as_of=day)


@pytest.mark.parametrize(("fmt", "files", "source", "airline"), HISTORIES)
def test_delisting_confirms_the_news_that_reports_it(store: Store, fmt, files, source, airline):
    _history(store, fmt, files)
    keys = add_news(store)
    actor = "GBR" if source == "uk" else "USA"
    results = {m.event_key: m for m in corroborate(store, window_days=14)}
    belavia = results[keys["Belavia"]]
    if actor == "USA":
        assert belavia.status == "confirmed"
        assert (belavia.source, belavia.entry_id) == (source, airline)
        assert belavia.snapshot_date == "2025-09-12" and belavia.score is not None
        assert {"direction", "target", "date window"} <= set(belavia.reasons)
        official = store.view().events(Filter(type=EventType.SANCTIONS_EASED))
        assert belavia.official_event in {e.key for e in official if e.official}
    else:  # a US announcement is not confirmed by the UK list
        assert belavia.status != "confirmed"
    aviation = results[keys["aviation"]]  # "Britain eased sanctions on Belarusian aviation"
    assert aviation.status == ("confirmed" if actor == "GBR" else "unconfirmed")


def test_news_of_a_delisting_that_did_not_happen_is_contradicted(store: Store):
    _history(store, "ofac-sdn", HISTORIES[0][1])
    keys = add_news(store)
    results = {m.event_key: m for m in corroborate(store, window_days=7)}
    potash = results[keys["Belaruskali"]]  # said lifted on 2025-08-20; still listed 2025-09-01
    assert potash.status == "contradicted"
    assert (potash.source, potash.entry_id, potash.snapshot_date) == ("ofac", "90001", "2025-09-01")
    assert "still listed" in potash.reasons
    tractor = results[keys["Minsk Tractor Works"]]  # said listed on 2025-08-04; never listed
    assert tractor.status == "contradicted" and tractor.reasons == ["not listed"]


def test_window_decides_and_unrelated_news_stays_unconfirmed(store: Store):
    _history(store, "ofac-sdn", HISTORIES[0][1])
    keys = add_news(store)
    wide = {m.event_key: m.status for m in corroborate(store, window_days=60)}
    assert wide[keys["Belaruskali"]] == "unconfirmed"  # no snapshot 60 days after the news yet
    assert wide[keys["shipping"]] == "unconfirmed"  # EU, Iran: no EU list stored
    narrow = {m.event_key: m.status for m in corroborate(store, window_days=0)}
    assert narrow[keys["Belavia"]] == "confirmed"  # 2025-09-11 lies inside (09-01, 09-12]


def test_status_is_shown_by_events_output(store: Store):
    _history(store, "ofac-sdn", HISTORIES[0][1])
    keys = add_news(store)
    corroborate(store)
    events = with_corroboration(store, store.view().events())
    by_key = {e.key: e for e in events}
    assert by_key[keys["Belavia"]].corroboration is not None
    assert all(e.corroboration is None for e in events if e.official)
    text = render_events(events, "text")
    assert "official lists: confirmed by ofac:90002 (2025-09-12)" in text
    csv_text = render_events(events, "csv")
    assert csv_text.splitlines()[0].endswith(",corroboration")
    data = json.loads(render_events(events, "json"))
    statuses = {e["key"]: (e["corroboration"] or {}).get("status") for e in data}
    assert statuses[keys["Belavia"]] == "confirmed"


def test_no_lists_means_unconfirmed(store: Store):
    keys = add_news(store)
    assert {m.status for m in corroborate(store)} == {"unconfirmed"}
    assert len(keys) == 5

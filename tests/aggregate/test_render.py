"""Renderers: the count line with disagreements, CSV/JSON shapes, escaping of untrusted text."""

from __future__ import annotations

import csv
import io
import json

from detente.aggregate import canonical_events, deals, persons, timeline
from detente.aggregate.render import (
    count_line,
    render_canonical,
    render_canonical_deals,
    render_persons,
    render_timeline,
)
from detente.model import CanonicalEvent, Filter, ReportedCount
from detente.store import Store


def test_count_line() -> None:
    event = CanonicalEvent(
        id="x", type="release", actor="BLR", count=123, count_qualifier="exact", count_sources=3,
        also_reported=[ReportedCount(count=120, count_qualifier="at_least", sources=1)],
    )  # fmt: skip
    assert count_line(event) == "count: 123 (3 sources); also reported: 120 at_least (1 source)"
    assert count_line(CanonicalEvent(id="y", type="release", actor="BLR")) == "count: unknown"


def test_formats(agg_store: Store) -> None:
    events = canonical_events(agg_store, Filter(actor="BLR"))
    assert "also reported: 120 at_least (1 source)" in render_canonical(events, "text")
    assert [e["id"] for e in json.loads(render_canonical(events, "json"))] == [e.id for e in events]
    rows = list(csv.DictReader(io.StringIO(render_canonical(events, "csv"))))
    assert rows[-1]["count"] == "123" and rows[-1]["sources"] == "3"
    ledger = render_canonical_deals(deals(agg_store), "text")
    assert (
        "BLR: released 123 political prisoners (incl. Ales Bialiatski, Maria Kalesnikava)" in ledger
    )
    assert "USA: eased sanctions on BLR (potash; Belaruskali)  [2 sources]" in ledger
    assert list(csv.DictReader(io.StringIO(render_canonical_deals(deals(agg_store), "csv"))))[0][
        "id"
    ]
    people = render_persons(persons(agg_store), "csv")
    assert "maria-kalesnikava" in people
    tl = json.loads(render_timeline(timeline(agg_store, Filter(actor="BLR")), "json"))
    assert tl["actor"] == "BLR" and tl["rows"][-1]["year_people_released"] == 189


def test_empty_outputs() -> None:
    assert render_canonical([], "text") == "(no events)\n"
    assert render_canonical_deals([], "text") == "(no deals)\n"
    assert render_persons([], "text") == "(no persons)\n"


def test_untrusted_text_is_cleaned(agg_store: Store) -> None:
    event = canonical_events(agg_store, Filter(actor="BLR"))[0]
    evil = event.model_copy(update={"persons": ["Evil\x1b[31m Name"]})
    assert "\x1b" not in render_canonical([evil], "text")
    row = next(
        csv.DictReader(
            io.StringIO(render_canonical([evil.model_copy(update={"persons": ["=cmd()"]})], "csv"))
        )
    )
    assert row["persons"].startswith("'=")

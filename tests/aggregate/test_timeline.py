"""Timelines: months, running totals per year, stock estimates, year-only rows."""

from __future__ import annotations

from detente.aggregate import timeline
from detente.aggregate.timeline import _periods
from detente.model import Filter
from detente.store import Store


def test_months_and_running_totals(agg_store: Store) -> None:
    tl = timeline(agg_store, Filter(actor="blr"))
    assert tl.actor == "BLR"
    rows = {r.period: r for r in tl.rows}
    assert [r.period for r in tl.rows] == [f"2025-{m:02d}" for m in range(6, 13)]
    assert (rows["2025-09"].releases, rows["2025-09"].people_released) == (1, 52)
    assert rows["2025-09"].sanctions_eased == 1  # sanctions on BLR count for BLR
    assert (rows["2025-12"].year_releases, rows["2025-12"].year_people_released) == (3, 189)
    assert rows["2025-12"].stock is not None and rows["2025-12"].stock.count == 1100
    assert rows["2025-07"].releases == 0 and rows["2025-07"].year_people_released == 14


def test_all_states_and_range(agg_store: Store) -> None:
    tl = timeline(agg_store, Filter(since="2024-07", until="2025-01"))
    assert tl.rows[0].period == "2024-07" and tl.rows[-1].period == "2025-01"
    assert sum(r.sanctions_imposed for r in tl.rows) == 2
    assert tl.rows[-1].year_releases == 0  # the running total restarts each year


def test_year_rows_follow_december() -> None:
    assert _periods(["2025-11", "2025", "2026-01", "2024"]) == [
        "2024",
        "2025-11",
        "2025-12",
        "2025",
        "2026-01",
    ]
    assert _periods([]) == []

"""Tests for detente.web.chart: bars, sanctions markers and the stock line of a timeline."""

from __future__ import annotations

from detente.model import Stock, Timeline, TimelineRow
from detente.web.chart import MARKER, Chart, timeline_chart


def _row(period: str, **fields: object) -> TimelineRow:
    return TimelineRow(period=period, **fields)  # type: ignore[arg-type]


def _held(count: int) -> Stock:
    return Stock(country="BLR", count=count, source="Viasna")


TL = Timeline(
    actor="BLR",
    rows=[
        _row("2025-09", releases=1, people_released=52, sanctions_eased=1, stock=_held(1150)),
        _row("2025-10"),
        _row("2025-11", sanctions_imposed=1, sanctions_eased=1),
        _row("2025-12", releases=1, people_released=123, stock=_held(1110)),
        _row("2025", releases=1, releases_without_count=1),
    ],
)


def _chart() -> Chart:
    chart = timeline_chart(TL)
    assert chart is not None
    return chart


def test_bars_are_proportional_and_stand_on_the_axis() -> None:
    chart = _chart()
    assert [b.label for b in chart.bars] == [
        "2025-09: 52 people released",
        "2025-12: 123 people released",
    ]
    september, december = chart.bars
    assert december.height == chart.bottom - chart.top  # the largest fills the plot
    assert abs(september.height / december.height - 52 / 123) < 1e-9
    assert all(abs(b.y + b.height - chart.bottom) < 1e-9 for b in chart.bars)
    assert september.x < december.x


def test_one_slot_per_month_and_year_rows_left_out() -> None:
    chart = _chart()
    slot = (chart.right - chart.left) / 4
    september, december = chart.bars
    assert abs((december.x - september.x) - 3 * slot) < 1e-9
    assert [t.text for t in chart.months] == ["2025-09", "2025-10", "2025-11", "2025-12"]


def test_markers_point_up_for_imposed_and_down_for_eased() -> None:
    chart = _chart()
    assert [(m.kind, m.label) for m in chart.markers] == [
        ("eased", "2025-09: 1 sanctions eased"),
        ("imposed", "2025-11: 1 sanctions imposed"),
        ("eased", "2025-11: 1 sanctions eased"),
    ]
    for marker in chart.markers:
        (tip_x, tip_y), *base = [tuple(map(float, p.split(","))) for p in marker.points.split()]
        assert all(abs(y - base[0][1]) < 1e-9 for _, y in base)
        assert (tip_y < base[0][1]) == (marker.kind == "imposed")
        assert abs(base[1][0] - base[0][0] - 2 * MARKER) < 1e-9


def test_stock_line_on_its_own_axis() -> None:
    chart = _chart()
    assert [d.label for d in chart.dots] == [
        "2025-09: about 1,150 still held",
        "2025-12: about 1,110 still held",
    ]
    assert chart.dots[0].y == chart.top  # the largest estimate at the top of the right axis
    assert chart.line == " ".join(f"{d.x:.1f},{d.y:.1f}" for d in chart.dots)
    assert [t.text for t in chart.held] == ["0", "575", "1,150"]
    assert [t.text for t in chart.people] == ["0", "61", "123"]


def test_no_monthly_rows_no_chart() -> None:
    assert timeline_chart(Timeline(rows=[_row("2025", releases=1)])) is None
    quiet = timeline_chart(Timeline(rows=[_row("2025-01")]))
    assert quiet is not None and not quiet.bars and not quiet.dots and quiet.line == ""

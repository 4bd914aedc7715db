"""The timeline chart as geometry for an inline SVG (drawn server-side: no script, no CDN).

Bars are people released per month (left axis), triangles mark sanctions actions (up: imposed,
down: eased) and the line is the estimated number still held (right axis). Rows dated only to a
year are left out of the chart (they stay in the table under it).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from detente.model import Timeline, TimelineRow

log = logging.getLogger(__name__)

WIDTH, HEIGHT = 720, 280
"""The SVG viewBox; the stylesheet scales it to the page width (phones included)."""
LEFT, RIGHT, TOP, BOTTOM = 48, 56, 24, 36
"""Margins: axis labels left and right, markers above the plot, month labels below."""
MARKER = 6.0
"""Half-width of a sanctions marker, in viewBox units."""


@dataclass(frozen=True)
class Bar:
    """People released in one month."""

    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass(frozen=True)
class Marker:
    """Sanctions actions of one month: a triangle (``imposed`` points up, ``eased`` down)."""

    kind: str
    points: str
    label: str


@dataclass(frozen=True)
class Tick:
    """An axis label at a position (x for the month axis, y for the value axes)."""

    at: float
    text: str


@dataclass(frozen=True)
class Dot:
    """One stock estimate on the line."""

    x: float
    y: float
    label: str


@dataclass
class Chart:
    """Everything the SVG template draws."""

    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM
    bars: list[Bar] = field(default_factory=list)
    markers: list[Marker] = field(default_factory=list)
    line: str = ""
    dots: list[Dot] = field(default_factory=list)
    months: list[Tick] = field(default_factory=list)
    people: list[Tick] = field(default_factory=list)
    held: list[Tick] = field(default_factory=list)


def _triangle(x: float, y: float, up: bool) -> str:
    tip, base = (y - MARKER, y + MARKER) if up else (y + MARKER, y - MARKER)
    return f"{x:.1f},{tip:.1f} {x - MARKER:.1f},{base:.1f} {x + MARKER:.1f},{base:.1f}"


def _markers(row: TimelineRow, x: float) -> list[Marker]:
    found = []
    if row.sanctions_imposed:
        label = f"{row.period}: {row.sanctions_imposed} sanctions imposed"
        found.append(Marker("imposed", _triangle(x, TOP - MARKER - 2, up=True), label))
    if row.sanctions_eased:
        y = TOP - MARKER - 2 + (2 * MARKER + 2 if row.sanctions_imposed else 0)
        label = f"{row.period}: {row.sanctions_eased} sanctions eased"
        found.append(Marker("eased", _triangle(x, y, up=False), label))
    return found


def _value_ticks(top_value: int, scale: float, bottom: float) -> list[Tick]:
    if top_value <= 0:
        return [Tick(bottom, "0")]
    return [Tick(bottom - v * scale, f"{v:,}") for v in (0, top_value // 2, top_value)]


def timeline_chart(tl: Timeline) -> Chart | None:
    """The chart of a timeline's monthly rows; None when it has none."""
    rows = [r for r in tl.rows if len(r.period) == 7]
    if not rows:
        return None
    chart = Chart()
    slot = (chart.right - chart.left) / len(rows)
    span = chart.bottom - chart.top
    most_people = max(r.people_released for r in rows)
    held = [(i, r.stock.count) for i, r in enumerate(rows) if r.stock and r.stock.count]
    most_held = max((count for _, count in held), default=0)
    people_scale = span / most_people if most_people else 0.0
    held_scale = span / most_held if most_held else 0.0
    every = max(1, len(rows) // 8)  # about eight month labels whatever the range
    for i, row in enumerate(rows):
        x = chart.left + slot * (i + 0.5)
        if row.people_released:
            height = row.people_released * people_scale
            label = f"{row.period}: {row.people_released:,} people released"
            bar = Bar(x - slot * 0.4, chart.bottom - height, slot * 0.8, height, label)
            chart.bars.append(bar)
        chart.markers.extend(_markers(row, x))
        if i % every == 0:
            chart.months.append(Tick(x, row.period))
    for i, count in held:
        x, y = chart.left + slot * (i + 0.5), chart.bottom - count * held_scale
        chart.dots.append(Dot(x, y, f"{rows[i].period}: about {count:,} still held"))
    chart.line = " ".join(f"{d.x:.1f},{d.y:.1f}" for d in chart.dots)
    chart.people.extend(_value_ticks(most_people, people_scale, chart.bottom))
    chart.held.extend(_value_ticks(most_held, held_scale, chart.bottom) if held else [])
    return chart

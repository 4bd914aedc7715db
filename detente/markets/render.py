"""Text and JSON renderings of exposures and event studies (no I/O)."""

from __future__ import annotations

import logging
from typing import Literal

from detente.model import CarResult, Exposure, Impact
from detente.render import _dumps, one_line

log = logging.getLogger(__name__)

MarketFormat = Literal["text", "json"]
MARKET_FORMATS: tuple[str, ...] = ("text", "json")
ARROW = {"up": "↑", "down": "↓"}


def exposure_text(exp: Exposure) -> str:
    """One line per commodity, then its companies, with rule, confidence and basis."""
    lines = [f"{exp.kind} {one_line(exp.id)}: {len(exp.events)} event(s)"]
    for item in exp.items:
        basis = "; ".join(one_line(b) for b in item.basis)
        if item.ticker is None:
            lines.append(
                f"  {item.commodity}: {item.direction}  [{item.rule}, {item.confidence:.2f}] ({basis})"
            )
        else:
            lines.append(
                f"    {item.ticker} ({item.exchange}) {one_line(item.name)}: {item.role}, expected "
                f"{ARROW.get(item.expected or '', '?')} {item.expected}  [{item.rule}, {item.confidence:.2f}]"
            )
    if not exp.items:
        lines.append("  nothing in the knowledge base touches it")
    lines.extend(f"  note: {one_line(n)}" for n in exp.notes)
    return "\n".join(lines) + "\n"


def render_exposure(exp: Exposure, fmt: MarketFormat) -> str:
    """``text`` or ``json``."""
    return _dumps(exp.model_dump(mode="json"), 2) + "\n" if fmt == "json" else exposure_text(exp)


def _num(value: float | None, spec: str) -> str:
    return "-" if value is None else format(value, spec)


def car_row(r: CarResult) -> str:
    """One row: event, ticker, day 0, expected, CAR, t, p and flags."""
    head = (
        f"{r.event:<20} {r.ticker:<9} {r.trading_date or '-':<10} {r.expected or '-':<5} "
        f"{_num(r.car, '+.4f'):>8} {_num(r.t, '+.2f'):>6} {_num(r.p_value, '.3f'):>6}"
    )
    return head + ("  " + "; ".join(r.flags) if r.flags else "")


def impact_text(result: Impact) -> str:
    """A table of CARs per event and ticker, then the aggregates."""
    market = f", market {result.market}" if result.market else ""
    lines = [
        f"event study: {result.model} model{market}, window {result.window}, "
        f"estimation {result.estimation}, prices {result.prices}",
        f"{'event':<20} {'ticker':<9} {'day 0':<10} {'exp.':<5} {'CAR':>8} {'t':>6} {'p':>6}",
        *(car_row(r) for r in result.results),
    ]
    if result.aggregates:
        lines.append("aggregate (pooled t):")
        lines.extend(
            f"  {a.group:<16} n={a.n:<3} CAAR {a.caar:+.4f}  t {_num(a.t, '+.2f')}  p {_num(a.p_value, '.3f')}"
            for a in result.aggregates
        )
    if not result.results:
        lines.append("no stored sanctions event exposes a ticker")
    return "\n".join(lines) + "\n"


def render_impact(result: Impact, fmt: MarketFormat) -> str:
    """``text`` or ``json``."""
    return (
        _dumps(result.model_dump(mode="json"), 2) + "\n" if fmt == "json" else impact_text(result)
    )

"""Synthetic price series for tests and the demo: a market factor, betas, noise, injected jumps.

These are NOT market data. ``samples/prices.csv`` is made by :func:`demo_prices` (seeded), so a
test can check that the bundled file is exactly what this code produces.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

log = logging.getLogger(__name__)

MARKET = "MKT"
DAILY_MARKET_VOL = 0.01
DAILY_DRIFT = 0.0002
START_PRICE = 100.0


@dataclass(frozen=True)
class Series:
    """How to draw one ticker: beta to the market, idiosyncratic daily volatility."""

    beta: float = 1.0
    vol: float = 0.01


@dataclass(frozen=True)
class Spec:
    """A synthetic price file: business days from ``start`` to ``end``, tickers, jumps, gaps."""

    start: str
    end: str
    tickers: Mapping[str, Series]
    jumps: Mapping[tuple[str, str], float] = field(default_factory=dict)
    """(ticker, YYYY-MM-DD) → log-return added on that day."""
    gaps: Sequence[tuple[str, str]] = ()
    """(ticker, YYYY-MM-DD) rows left out (missing prices)."""
    seed: int = 0


def synthetic_prices(spec: Spec) -> pd.DataFrame:
    """Long ``date,ticker,close`` rows (the market is ticker :data:`MARKET`), by date and ticker."""
    rng = np.random.default_rng(spec.seed)
    days = pd.bdate_range(spec.start, spec.end)
    market = rng.normal(DAILY_DRIFT, DAILY_MARKET_VOL, len(days))
    returns = {MARKET: market}
    for ticker, series in spec.tickers.items():
        returns[ticker] = series.beta * market + rng.normal(0.0, series.vol, len(days))
    index = {d.strftime("%Y-%m-%d"): i for i, d in enumerate(days)}
    for (ticker, day), size in spec.jumps.items():
        returns[ticker][index[day]] += size
    rows = []
    for ticker, r in returns.items():
        closes = START_PRICE * np.exp(np.cumsum(r))
        rows.append(pd.DataFrame({"date": days.strftime("%Y-%m-%d"), "ticker": ticker,
                                  "close": np.round(closes, 4)}))  # fmt: skip
    out = pd.concat(rows, ignore_index=True)
    if spec.gaps:
        drop = pd.MultiIndex.from_tuples([(d, t) for t, d in spec.gaps])
        out = out[~pd.MultiIndex.from_frame(out[["date", "ticker"]]).isin(drop)]
    return out.sort_values(["date", "ticker"], kind="stable").reset_index(drop=True)


DEMO = Spec(
    start="2024-06-03",
    end="2026-01-30",
    tickers={
        **{t: Series(beta=0.9) for t in ("NTR", "MOS", "SDF", "ICL", "SQM", "YAR")},
        **{t: Series(beta=1.2) for t in ("BA", "AIR", "ERJ", "SAF", "AER", "AL")},
        **{t: Series(beta=1.0) for t in ("CVX", "CNQ", "VLO", "FRO", "REP", "ENI", "MAU")},
    },
    jumps={
        ("NTR", "2025-12-15"): -0.08,
        ("MOS", "2025-12-15"): -0.06,
        ("AER", "2025-09-11"): 0.06,
        ("CVX", "2025-07-25"): 0.05,
    },
    gaps=(("SDF", "2025-12-16"), ("SDF", "2025-12-17"), ("ERJ", "2025-09-12")),
    seed=20251213,
)
"""The demo prices: synthetic, with jumps injected on the demo's event days."""


def demo_prices() -> pd.DataFrame:
    """The rows of ``samples/prices.csv``."""
    return synthetic_prices(DEMO)

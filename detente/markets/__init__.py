"""detente markets: what a deal moves — exposure from a cited knowledge base, event studies on
user-supplied prices, and a cited brief.

>>> kb = load_exposure()                                   # doctest: +SKIP
>>> exposure(store, "deal:13f36951f345:e1", kb)             # doctest: +SKIP
>>> impact(store, Path("prices.csv"), Design(market="MKT"))   # doctest: +SKIP
"""

from __future__ import annotations

import logging
import typing

from detente.lazy import lazy_getattr

if typing.TYPE_CHECKING:
    from detente.markets.exposure import deal_exposure, exposure, exposure_of
    from detente.markets.impact import impact, impact_of
    from detente.markets.kb import load_exposure
    from detente.markets.prices import read_prices
    from detente.markets.study import Design, Pair, run_study

log = logging.getLogger(__name__)

# Names load on first use: statsmodels and scipy cost seconds, and the CLI imports this package.
__getattr__ = lazy_getattr(__name__, {
    "detente.markets.exposure": ("deal_exposure", "exposure", "exposure_of"),
    "detente.markets.impact": ("impact", "impact_of"),
    "detente.markets.kb": ("load_exposure",),
    "detente.markets.prices": ("read_prices",),
    "detente.markets.study": ("Design", "Pair", "run_study"),
})  # fmt: skip

__all__ = [
    "Design",
    "Pair",
    "deal_exposure",
    "exposure",
    "exposure_of",
    "impact",
    "impact_of",
    "load_exposure",
    "read_prices",
    "run_study",
]

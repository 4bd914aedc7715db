"""detente markets: what a deal moves — exposure from a cited knowledge base, event studies on
user-supplied prices, and a cited brief.

>>> kb = load_exposure()                                   # doctest: +SKIP
>>> exposure(store, "deal:13f36951f345:e1", kb)             # doctest: +SKIP
>>> impact(store, Path("prices.csv"), Design(market="MKT"))   # doctest: +SKIP
"""

from __future__ import annotations

import logging

from detente.markets.exposure import deal_exposure, exposure, exposure_of
from detente.markets.impact import impact, impact_of
from detente.markets.kb import load_exposure
from detente.markets.prices import read_prices
from detente.markets.study import Design, Pair, run_study

log = logging.getLogger(__name__)

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

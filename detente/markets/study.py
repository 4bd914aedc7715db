"""Event studies: abnormal returns and CARs of tickers around event dates (MacKinlay 1997).

Returns are daily log returns on the trading calendar (the market's days, or every date in the
file without a market). A return needs both closes, so a missing price leaves its own and the
next day's return missing: such days are counted and flagged, never filled. Day 0 is the first
trading day on or after the event date (flagged when it moves). Normal returns:

* ``market`` — OLS of the stock's returns on the market's over the estimation window
  (statsmodels); the CAR's variance includes the estimation error of the parameters:
  ``L·s² + 1ᵀ X_w Cov(β) X_wᵀ 1`` (Campbell, Lo and MacKinlay 1997, ch. 4).
* ``mean`` — the same with a constant only.
* ``adjusted`` — the market's return; variance ``L·s²`` with ``s²`` the variance of the
  market-adjusted returns over the estimation window.

t-statistics use Student's t with the residual degrees of freedom (scipy). Overlapping event
windows of one ticker, and events inside another event's estimation window, are flagged.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats

from detente.errors import ConfigError
from detente.model import CarAggregate, CarResult, StudyModel

log = logging.getLogger(__name__)

# Below this many estimation returns the normal-return model is too noisy to test against.
MIN_ESTIMATION_DAYS = 30
E_NO_MARKET = "the {model} model needs --market TICKER (or use --model mean)"
E_MARKET_MISSING = "market ticker {ticker!r} is not in the price file"
E_WINDOW = "invalid {what} {value!r}: expected START,END with START <= END"
E_ESTIMATION_OVERLAP = "the estimation window must end before the event window starts"


@dataclass(frozen=True)
class Pair:
    """One ticker to study around one event."""

    event: str
    date: str
    ticker: str
    expected: str | None = None


@dataclass(frozen=True)
class Design:
    """Model and windows of a study, in trading days relative to day 0."""

    model: StudyModel = StudyModel.MARKET
    market: str | None = None
    window: tuple[int, int] = (-5, 5)
    estimation: tuple[int, int] = (-250, -30)

    def check(self, columns: Sequence[str]) -> None:
        """ConfigError if the windows or the market do not fit the price file."""
        for what, (a, b) in (("window", self.window), ("estimation", self.estimation)):
            if a > b:
                raise ConfigError(E_WINDOW.format(what=what, value=f"{a},{b}"))
        if self.estimation[1] >= self.window[0]:
            raise ConfigError(E_ESTIMATION_OVERLAP)
        if self.model != StudyModel.MEAN and not self.market:
            raise ConfigError(E_NO_MARKET.format(model=self.model.value))
        if self.market and self.market not in columns:
            raise ConfigError(E_MARKET_MISSING.format(ticker=self.market))


def log_returns(prices: pd.DataFrame, market: str | None) -> pd.DataFrame:
    """Daily log returns on the trading calendar; NaN where either close is missing."""
    calendar = prices if market is None else prices[prices[market].notna()]
    return np.log(calendar).diff().iloc[1:]


def _fit(
    y: np.ndarray, x: np.ndarray | None, model: StudyModel
) -> tuple[np.ndarray, float, np.ndarray, int]:
    """Estimated (params, s², Cov(params), residual dof); params are (const[, beta])."""
    exog = np.ones((len(y), 1)) if model == StudyModel.MEAN else sm.add_constant(x)
    res = sm.OLS(y, exog).fit()
    return np.asarray(res.params), float(res.scale), np.asarray(res.cov_params()), int(res.df_resid)


def _car(est: pd.DataFrame, win: pd.DataFrame, model: StudyModel) -> tuple[np.ndarray, float, int]:
    """Abnormal returns over the window, the CAR's variance and the degrees of freedom."""
    y_w = win["r"].to_numpy()
    if model == StudyModel.ADJUSTED:
        diff = (est["r"] - est["m"]).to_numpy()
        ar = y_w - win["m"].to_numpy()
        return ar, len(ar) * float(np.var(diff, ddof=1)), len(diff) - 1
    x_est = None if model == StudyModel.MEAN else est["m"].to_numpy()
    params, s2, cov, dof = _fit(est["r"].to_numpy(), x_est, model)
    if model == StudyModel.MEAN:
        x_w = np.ones((len(win), 1))
    else:
        x_w = np.column_stack([np.ones(len(win)), win["m"].to_numpy()])
    ar = y_w - x_w @ params
    ones = x_w.sum(axis=0)
    return ar, len(ar) * s2 + float(ones @ cov @ ones), dof


def _frame(returns: pd.DataFrame, ticker: str, market: str | None) -> pd.DataFrame:
    frame = pd.DataFrame({"r": returns[ticker]})
    frame["m"] = returns[market] if market else np.nan
    return frame


def study_pair(pair: Pair, returns: pd.DataFrame, design: Design) -> CarResult:
    """The CAR of one ticker around one event (or a row saying why it was not computed)."""
    out = CarResult(
        event=pair.event, ticker=pair.ticker, event_date=pair.date, expected=pair.expected
    )
    if pair.ticker not in returns.columns:
        return out.model_copy(update={"flags": ["no prices for this ticker in the file"]})
    dates = returns.index
    zero = int(dates.searchsorted(pd.Timestamp(pair.date)))
    lo, hi = zero + design.estimation[0], zero + design.window[1]
    if zero >= len(dates) or lo < 0 or hi >= len(dates):
        return out.model_copy(
            update={"flags": ["the price file does not cover the estimation and event windows"]}
        )
    flags = []
    day0 = dates[zero].strftime("%Y-%m-%d")
    if day0 != pair.date:
        flags.append(f"day 0 moved from {pair.date} (not a trading day) to {day0}")
    frame = _frame(returns, pair.ticker, design.market)
    needed = ["r"] if design.model == StudyModel.MEAN else ["r", "m"]
    est = frame.iloc[zero + design.estimation[0] : zero + design.estimation[1] + 1].dropna(
        subset=needed
    )
    win_all = frame.iloc[zero + design.window[0] : zero + design.window[1] + 1]
    win = win_all.dropna(subset=needed)
    if len(win) < len(win_all):
        missing = [int(dates.get_loc(d)) - zero for d in win_all.index.difference(win.index)]
        flags.append(
            f"{len(missing)} missing returns in the event window (days {', '.join(map(str, sorted(missing)))})"
        )
    if len(est) < MIN_ESTIMATION_DAYS or win.empty:
        flags.append(
            f"too few returns: {len(est)} in the estimation window, {len(win)} in the event window"
        )
        return out.model_copy(
            update={"trading_date": day0, "flags": flags, "estimation_days": len(est)}
        )
    ar, var, dof = _car(est, win, design.model)
    car = float(ar.sum())
    se = float(np.sqrt(var))
    t = car / se
    return out.model_copy(
        update={
            "trading_date": day0, "estimation_days": len(est), "window_days": len(win),
            "car": car, "se": se, "t": t, "p_value": float(2 * stats.t.sf(abs(t), dof)),
            "days": [int(dates.get_loc(d)) - zero for d in win.index],
            "path": [float(v) for v in np.cumsum(ar)], "flags": flags,
        }
    )  # fmt: skip


def _overlaps(results: list[CarResult], returns: pd.DataFrame, design: Design) -> list[CarResult]:
    """Flag windows of one ticker that overlap, and events inside another's estimation window."""
    dates = returns.index
    pos = {
        r.trading_date: int(dates.searchsorted(pd.Timestamp(r.trading_date)))
        for r in results
        if r.trading_date
    }
    by_ticker: dict[str, list[CarResult]] = defaultdict(list)
    for r in results:
        if r.trading_date:
            by_ticker[r.ticker].append(r)
    flagged = {}
    for rows in by_ticker.values():
        for r in rows:
            extra = []
            z = pos[r.trading_date or ""]
            for other in rows:
                if other is r or other.event == r.event:
                    continue
                oz = pos[other.trading_date or ""]
                span = design.window[1] - design.window[0]
                if abs(oz - z) <= span:
                    extra.append(f"event window overlaps that of {other.event}")
                elif (
                    z + design.estimation[0] <= oz + design.window[1]
                    and oz + design.window[0] <= z + design.estimation[1]
                ):
                    extra.append(f"estimation window contains the window of {other.event}")
            if extra:
                flagged[id(r)] = r.model_copy(update={"flags": [*r.flags, *extra]})
    return [flagged.get(id(r), r) for r in results]


def aggregate(results: Sequence[CarResult]) -> list[CarAggregate]:
    """CAAR with a pooled t over all computed pairs, over pairs signed by their expected
    direction, and per ticker with several events."""
    done = [r for r in results if r.car is not None and r.se is not None]
    groups: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for r in done:
        assert r.car is not None and r.se is not None
        groups["all"].append((r.car, r.se))
        if r.expected in ("up", "down"):
            groups["as expected"].append((r.car if r.expected == "up" else -r.car, r.se))
        groups[f"ticker:{r.ticker}"].append((r.car, r.se))
    out = []
    for name, pairs in groups.items():
        if name.startswith("ticker:") and len(pairs) < 2:
            continue
        cars = np.array([c for c, _ in pairs])
        t = float(cars.sum() / np.sqrt(sum(se**2 for _, se in pairs)))
        out.append(CarAggregate(group=name, n=len(pairs), caar=float(cars.mean()), t=t,
                                p_value=float(2 * stats.norm.sf(abs(t)))))  # fmt: skip
    return out


def run_study(
    prices: pd.DataFrame, pairs: Sequence[Pair], design: Design
) -> tuple[list[CarResult], list[CarAggregate]]:
    """CARs of every pair (computed or flagged), with overlap flags, and their aggregates."""
    design.check(list(prices.columns))
    returns = log_returns(prices, design.market)
    results = [study_pair(pair, returns, design) for pair in pairs]
    results = _overlaps(results, returns, design)
    return results, aggregate(results)

"""Event-study estimator on synthetic prices with known injected jumps (and without)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from detente.errors import ConfigError
from detente.markets.study import Design, Pair, aggregate, log_returns, run_study
from detente.markets.synthetic import MARKET, Series, Spec, synthetic_prices
from detente.model import CarResult, StudyModel

JUMP = 0.05
EVENT_DAY = "2024-06-04"  # a Tuesday


def _wide(spec: Spec) -> pd.DataFrame:
    long = synthetic_prices(spec)
    wide = long.pivot(index="date", columns="ticker", values="close")
    wide.index = pd.to_datetime(wide.index)
    return wide


def _spec(seed: int, jump: float = JUMP, **kw: object) -> Spec:
    return Spec(start="2023-01-02", end="2024-09-30", tickers={"X": Series(beta=1.3, vol=0.006)},
                jumps={("X", EVENT_DAY): jump} if jump else {}, seed=seed, **kw)  # type: ignore[arg-type]  # fmt: skip


def _design(model: StudyModel) -> Design:
    return Design(model=model, market=None if model == StudyModel.MEAN else MARKET, window=(-1, 1))


@pytest.mark.parametrize("model", list(StudyModel))
def test_recovers_an_injected_jump(model: StudyModel) -> None:
    results, _ = run_study(_wide(_spec(seed=7)), [Pair("e1", EVENT_DAY, "X", "up")], _design(model))
    r = results[0]
    assert r.car is not None and r.se is not None and r.t is not None and r.p_value is not None
    assert abs(r.car - JUMP) < 3 * r.se
    # The mean model leaves the market's own moves (beta 1.3) in the abnormal returns: noisier.
    assert r.t > (1.5 if model == StudyModel.MEAN else 3.0)
    assert r.days == [-1, 0, 1] and r.path[-1] == pytest.approx(r.car)
    assert r.path[1] - r.path[0] == pytest.approx(JUMP, abs=3 * r.se)


def test_market_model_recovers_beta_free_jump_precisely() -> None:
    cars = []
    for seed in range(20):
        results, _ = run_study(
            _wide(_spec(seed=seed)), [Pair("e1", EVENT_DAY, "X")], _design(StudyModel.MARKET)
        )
        cars.append(results[0].car)
    assert np.mean(cars) == pytest.approx(JUMP, abs=0.005)


def test_no_jump_is_not_significant_at_the_nominal_rate() -> None:
    rejected = 0
    runs = 200
    for seed in range(runs):
        results, _ = run_study(
            _wide(_spec(seed=1000 + seed, jump=0.0)),
            [Pair("e1", EVENT_DAY, "X")],
            _design(StudyModel.MARKET),
        )
        assert results[0].p_value is not None
        rejected += results[0].p_value < 0.05
    assert 0.01 <= rejected / runs <= 0.10  # about 5 % false positives, as a valid test gives


def test_weekend_event_moves_to_next_trading_day() -> None:
    results, _ = run_study(
        _wide(_spec(seed=3)), [Pair("e1", "2024-06-01", "X")], _design(StudyModel.MARKET)
    )
    assert results[0].trading_date == "2024-06-03"
    assert "day 0 moved from 2024-06-01 (not a trading day) to 2024-06-03" in results[0].flags


def test_missing_prices_are_flagged_not_filled() -> None:
    spec = _spec(seed=5, gaps=(("X", "2024-06-05"),))
    results, _ = run_study(_wide(spec), [Pair("e1", EVENT_DAY, "X")], _design(StudyModel.MARKET))
    r = results[0]
    # A missing close removes its own return and the next day's.
    assert r.days == [-1, 0] and r.window_days == 2
    assert "1 missing returns in the event window (days 1)" in r.flags


def test_overlapping_windows_and_contaminated_estimation_are_flagged() -> None:
    pairs = [
        Pair("e1", EVENT_DAY, "X"),
        Pair("e2", "2024-06-05", "X"),
        Pair("e3", "2024-08-20", "X"),
    ]
    results, _ = run_study(
        _wide(_spec(seed=5)), pairs, Design(market=MARKET, window=(-1, 1), estimation=(-60, -10))
    )
    flags = {r.event: r.flags for r in results}
    assert "event window overlaps that of e2" in flags["e1"]
    assert "event window overlaps that of e1" in flags["e2"]
    assert "estimation window contains the window of e1" in flags["e3"]
    assert all(r.car is not None for r in results)  # reported, not dropped


@pytest.mark.parametrize(
    ("pair", "flag"),
    [
        (Pair("e1", EVENT_DAY, "NOPE"), "no prices for this ticker"),
        (Pair("e1", "2023-02-01", "X"), "does not cover"),
        (Pair("e1", "2030-01-01", "X"), "does not cover"),
    ],
)
def test_uncomputable_pairs_are_reported(pair: Pair, flag: str) -> None:
    results, _ = run_study(_wide(_spec(seed=1)), [pair], _design(StudyModel.MARKET))
    assert results[0].car is None and flag in results[0].flags[0]


def test_aggregate_signs_by_expected_direction() -> None:
    rows = [
        CarResult(event="a", ticker="X", event_date="d", expected="up", car=0.04, se=0.01),
        CarResult(event="b", ticker="X", event_date="d", expected="down", car=-0.02, se=0.01),
        CarResult(event="c", ticker="Y", event_date="d", car=None, flags=["no prices"]),
    ]
    groups = {a.group: a for a in aggregate(rows)}
    assert groups["all"].n == 2 and groups["all"].caar == pytest.approx(0.01)
    assert groups["as expected"].caar == pytest.approx(0.03)
    assert groups["as expected"].t == pytest.approx(0.06 / np.sqrt(2 * 0.01**2))
    assert groups["ticker:X"].n == 2 and "ticker:Y" not in groups


@pytest.mark.parametrize(
    ("design", "message"),
    [
        (Design(model=StudyModel.MARKET), "needs --market"),
        (Design(market="NOPE"), "not in the price file"),
        (Design(market=MARKET, window=(2, 1)), "invalid window"),
        (Design(market=MARKET, estimation=(-10, 0)), "must end before"),
    ],
)
def test_bad_design_is_a_config_error(design: Design, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        run_study(_wide(_spec(seed=1)), [], design)


def test_returns_need_both_closes() -> None:
    prices = pd.DataFrame({"X": [100.0, np.nan, 110.0, 121.0], MARKET: [1.0, 1.0, 1.0, 1.0]},
                          index=pd.bdate_range("2024-01-01", periods=4))  # fmt: skip
    r = log_returns(prices, MARKET)["X"]
    assert r.isna().tolist() == [True, True, False]
    assert r.iloc[2] == pytest.approx(np.log(1.1))

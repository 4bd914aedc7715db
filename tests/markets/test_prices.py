"""Price files: CSV and Parquet, adjusted closes, one-line errors naming the row."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from detente.errors import InputError
from detente.markets.prices import read_prices
from detente.markets.synthetic import demo_prices

FIXTURES = Path(__file__).parent.parent / "fixtures" / "markets"
SAMPLES = Path(__file__).parent.parent.parent / "samples"


def test_adjusted_close_is_preferred_and_gaps_stay_missing() -> None:
    wide = read_prices(FIXTURES / "adjusted.csv")
    assert list(wide.columns) == ["AAA", "BBB"]
    assert wide["AAA"].tolist() == [5.0, 5.5]
    assert np.isnan(wide.loc["2024-01-03", "BBB"])


def test_parquet_reads_like_csv(tmp_path: Path) -> None:
    path = tmp_path / "prices.parquet"
    demo_prices().to_parquet(path)
    assert read_prices(path).equals(read_prices(SAMPLES / "prices.csv"))


def test_bundled_demo_prices_are_what_the_generator_makes() -> None:
    text = (SAMPLES / "prices.csv").read_text(encoding="utf-8")
    assert text == demo_prices().to_csv(index=False)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("dup.csv", "row 3: second price for AAA on that date"),
        ("bad-date.csv", "row 3: invalid date '2024-13-02'"),
        ("bad-close.csv", "row 3: close '-1' is not a positive number"),
        ("bad-columns.csv", "missing column(s) date, close"),
        ("nothing.csv", "no such file"),
        ("adjusted.txt", "expected .csv or .parquet"),
    ],
)
def test_bad_price_file_gets_one_line(name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        read_prices(FIXTURES / name)
    assert message in str(info.value) and "\n" not in str(info.value)

"""Price files: ``date,ticker,close`` rows (CSV or Parquet) read into one column per ticker.

An ``adj_close`` (or ``adjusted_close``) column is used instead of ``close`` when present.
Nothing is fetched: the user supplies the file. Problems get one line naming the file and row.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pandas as pd

from detente.errors import InputError

log = logging.getLogger(__name__)

PRICE_SUFFIXES = (".csv", ".parquet")
CLOSE_COLUMNS = ("adj_close", "adjusted_close", "close")
E_PRICE_SUFFIX = "unsupported price file (expected .csv or .parquet)"
E_PRICE_COLUMNS = "missing column(s) {columns} (expected date,ticker,close)"
E_PRICE_ROW = "row {row}: {problem}"
E_PRICE_EMPTY = "no price rows"
E_PRICE_READ = "cannot read: {problem}"
# CSV rows are numbered as in the file (the header is line 1); Parquet rows from 1.
_CSV_FIRST_ROW = 2


def _frame(path: Path) -> tuple[pd.DataFrame, int]:
    suffix = path.suffix.lower()
    if suffix not in PRICE_SUFFIXES:
        raise InputError(str(path), E_PRICE_SUFFIX)
    try:
        if suffix == ".csv":
            return pd.read_csv(path, dtype=str, keep_default_na=False), _CSV_FIRST_ROW
        return pd.read_parquet(path), 1
    except FileNotFoundError:
        raise InputError(str(path), "no such file") from None
    except (OSError, ValueError, pd.errors.ParserError) as exc:
        problem = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(str(path), E_PRICE_READ.format(problem=problem)) from None


def _first_bad(mask: pd.Series, first: int) -> int:
    return int(mask.to_numpy().nonzero()[0][0]) + first


def read_prices(path: Path) -> pd.DataFrame:
    """Closing prices: a date index (sorted) and one column per ticker, NaN where missing."""
    raw, first = _frame(path)
    raw.columns = [str(c).strip().lower() for c in raw.columns]
    close = next((c for c in CLOSE_COLUMNS if c in raw.columns), None)
    missing = [c for c in ("date", "ticker") if c not in raw.columns] + ([] if close else ["close"])
    if missing:
        raise InputError(str(path), E_PRICE_COLUMNS.format(columns=", ".join(missing)))
    if raw.empty:
        raise InputError(str(path), E_PRICE_EMPTY)
    dates = pd.to_datetime(raw["date"].astype(str).str.strip(), format="%Y-%m-%d", errors="coerce")
    if dates.isna().any():
        row = _first_bad(dates.isna(), first)
        problem = f"invalid date {raw['date'].iloc[row - first]!r} (expected YYYY-MM-DD)"
        raise InputError(str(path), E_PRICE_ROW.format(row=row, problem=problem))
    tickers = raw["ticker"].astype(str).str.strip()
    if (tickers == "").any():
        row = _first_bad(tickers == "", first)
        raise InputError(str(path), E_PRICE_ROW.format(row=row, problem="empty ticker"))
    values = pd.to_numeric(raw[close], errors="coerce")
    bad = values.isna() | (values <= 0)
    if bad.any():
        row = _first_bad(bad, first)
        problem = f"{close} {raw[close].iloc[row - first]!r} is not a positive number"
        raise InputError(str(path), E_PRICE_ROW.format(row=row, problem=problem))
    frame = pd.DataFrame({"date": dates, "ticker": tickers, "close": values.astype(float)})
    dup = frame.duplicated(["date", "ticker"])
    if dup.any():
        row = _first_bad(dup, first)
        problem = f"second price for {frame['ticker'].iloc[row - first]} on that date"
        raise InputError(str(path), E_PRICE_ROW.format(row=row, problem=problem))
    wide = frame.pivot(index="date", columns="ticker", values="close").sort_index()
    wide.columns.name = None
    log.info("%s: %d dates, %d tickers", path, len(wide), len(wide.columns))
    return wide

"""Filter and paging conditions: dates of mixed precision, exchange paging keys."""

from __future__ import annotations

import pytest

from detente.errors import ConfigError
from detente.store.filters import check_date, exchange_key, parse_exchange_key


@pytest.mark.parametrize("value", ["2025", "2025-09", "2025-09-14", "2024-02-29"])
def test_dates_of_each_precision(value):
    assert check_date(value) == value


@pytest.mark.parametrize("value", ["25-09", "2025-13", "2025-02-30", "2023-02-29", "soon"])
def test_bad_dates_are_one_line_config_errors(value):
    with pytest.raises(ConfigError, match=value):
        check_date(value)


@pytest.mark.parametrize("first_date", ["2025-09-11", None])
def test_exchange_keys_round_trip(first_date):
    key = exchange_key(first_date, "3f2a9c", 2)
    assert parse_exchange_key(key) == (first_date, "3f2a9c", 2)


@pytest.mark.parametrize("key", ["2025-09-11|3f2a9c", "2025-09-11|3f2a9c|two", "2025-99|3f2a9c|1"])
def test_malformed_exchange_keys_are_bad_cursors(key):
    with pytest.raises(ConfigError, match="cursor"):
        parse_exchange_key(key)

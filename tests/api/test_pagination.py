"""Tests for detente.api.pagination: cursors and pages of lists."""

from __future__ import annotations

import pytest

from detente.api.pagination import decode_cursor, encode_cursor, page_by_offset, page_of_list
from detente.errors import ConfigError

ITEMS = [f"k{i}" for i in range(7)]


@pytest.mark.parametrize("key", ["a", "906c9877ba96:e12", "ünï/+=?&", "12"])
def test_cursor_round_trip(key: str) -> None:
    cursor = encode_cursor(key)
    assert cursor.isascii() and "=" not in cursor and "/" not in cursor and "+" not in cursor
    assert decode_cursor(cursor) == key


@pytest.mark.parametrize("bad", ["!!", "a", "////"])
def test_bad_cursor_is_a_config_error(bad: str) -> None:
    with pytest.raises(ConfigError, match="invalid page cursor"):
        decode_cursor(bad)


@pytest.mark.parametrize("limit", [1, 2, 3, 7, 10])
@pytest.mark.parametrize("keyed", [True, False])
def test_pages_cover_the_list_once(limit: int, keyed: bool) -> None:
    seen: list[str] = []
    cursor = None
    while True:
        if keyed:
            got = page_of_list(ITEMS, cursor, limit, key=lambda item: item)
        else:
            got = page_by_offset(ITEMS, cursor, limit)
        assert len(got.items) <= limit
        seen += got.items
        if got.next is None:
            break
        cursor = got.next
    assert seen == ITEMS


def test_unknown_key_or_bad_offset_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        page_of_list(ITEMS, encode_cursor("missing"), 2, key=lambda item: item)
    with pytest.raises(ConfigError):
        page_by_offset(ITEMS, encode_cursor("k1"), 2)

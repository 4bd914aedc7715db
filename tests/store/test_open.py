"""Tests for opening a store from a URL (detente.store.open_store, detente.store.engine)."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import StoreError
from detente.store import open_store


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("nosuchdb://somewhere/db", "unknown database dialect 'nosuchdb'"),
        ("not a url at all", "not a valid database URL"),
        ("sqlite:///{tmp}/missing/dir/store.db", "directory '{tmp}/missing/dir' does not exist"),
        ("sqlite:///{tmp}", "unable to open database file"),
    ],
)
def test_bad_url_is_a_one_line_store_error(tmp_path: Path, url: str, problem: str) -> None:
    url = url.format(tmp=tmp_path)
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert message == f"cannot open the store at {url!r}: {problem.format(tmp=tmp_path)}"


def test_unreachable_server_is_a_store_error_without_password() -> None:
    # Port 1 on loopback refuses connections; without a PostgreSQL driver this fails earlier,
    # on the missing driver. Either way: one line, StoreError, password hidden.
    url = "postgresql://detente:s3cret@127.0.0.1:1/detente"
    with pytest.raises(StoreError) as caught:
        open_store(url)
    message = str(caught.value)
    assert message.startswith("cannot open the store at 'postgresql://detente:***@127.0.0.1:1/")
    assert "s3cret" not in message
    assert "\n" not in message


def test_memory_store_shares_one_connection() -> None:
    with open_store("sqlite://") as store:
        assert store.view().documents() == []
    # Each open_store("sqlite://") is a fresh database.
    with open_store("sqlite:///:memory:") as store:
        assert store.view().events() == []

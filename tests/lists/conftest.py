"""Fixtures for the lists layer (``db_url``/``store`` come from tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"


@pytest.fixture
def lists_dir() -> Path:
    """tests/fixtures/lists."""
    return FIXTURES

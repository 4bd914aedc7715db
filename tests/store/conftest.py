"""Store fixtures: the fixture documents (``db_url`` and ``store`` are in tests/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from detente.model import Analysis, Document
from detente.store import Store

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "store"


@pytest.fixture(scope="session")
def docs() -> dict[str, tuple[Document, Analysis]]:
    """Every tests/fixtures/store/<slug>.json as (document, analysis), by slug."""
    loaded = {}
    for path in sorted(FIXTURES.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        loaded[path.stem] = (
            Document.model_validate(record["document"]),
            Analysis.model_validate(record["analysis"]),
        )
    return loaded


@pytest.fixture
def filled(store: Store, docs: dict[str, tuple[Document, Analysis]]) -> Store:
    """A store holding every fixture document."""
    for doc, analysis in docs.values():
        assert store.add(doc, analysis)
    return store

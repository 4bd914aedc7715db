"""Store fixtures: one store per test, on SQLite (memory and file) or on DETENTE_TEST_DB_URL."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from detente.model import Analysis, Document
from detente.store import Store, open_store
from detente.store.tables import metadata

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "store"
# Set to e.g. postgresql://detente:detente@localhost:5432/detente_test to run on PostgreSQL.
# The database is wiped before each test.
TEST_DB_URL = os.environ.get("DETENTE_TEST_DB_URL")


def _wipe(url: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            metadata.drop_all(conn)
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()


@pytest.fixture(params=["env"] if TEST_DB_URL else ["memory", "file"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database."""
    if request.param == "memory":
        return "sqlite://"
    if request.param == "file":
        return f"sqlite:///{tmp_path / 'store.db'}"
    assert TEST_DB_URL
    _wipe(TEST_DB_URL)
    return TEST_DB_URL


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An open, empty store."""
    opened = open_store(db_url)
    yield opened
    opened.close()


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

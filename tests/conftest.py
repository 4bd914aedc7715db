"""Fixtures shared by the whole test suite."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy import text

from detente.model import Analysis, Document
from detente.store import Store, open_store
from detente.store.engine import make_engine
from detente.store.tables import metadata

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor


@pytest.fixture(scope="session")
def spacy_extractor() -> Extractor:
    """One real Extractor (spaCy model loaded once) shared by every test of the session."""
    from detente.extract.pipeline import Extractor

    return Extractor()


# --- databases ----------------------------------------------------------------------------
# Every test that touches a store takes `db_url` (or `store`): on SQLite (in memory and in a
# file) by default, or only on the database at DETENTE_TEST_DB_URL, which is WIPED before each
# test. `make test` runs the suite a second time with a throwaway PostgreSQL server there
# (scripts/pg-run).
TEST_DB_URL = os.environ.get("DETENTE_TEST_DB_URL")
STORE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "store"
DB_FIXTURES = frozenset({"db_url", "shared_db_url"})
"""A test uses a database when these fixtures are among its (transitive) fixtures."""


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The long gates first (xdist hands test files out in collection order when its reordering by
    test count is off, as `make test` sets); and with DETENTE_TEST_DB_URL set, run only the tests
    that use a database (the others ran on the SQLite pass already, on the same code);
    DETENTE_TEST_DB_ALL=1 runs everything."""
    items.sort(key=lambda item: item.get_closest_marker("gate") is None)  # stable: order kept
    if not TEST_DB_URL or os.environ.get("DETENTE_TEST_DB_ALL") == "1":
        return
    uses_db = [bool(DB_FIXTURES & set(getattr(item, "fixturenames", ()))) for item in items]
    keep = [item for item, used in zip(items, uses_db, strict=True) if used]
    dropped = [item for item, used in zip(items, uses_db, strict=True) if not used]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def wipe_database(url: str) -> None:
    """Drop every table (of every layer) and the Alembic version table at ``url``."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                conn.execute(text("DROP SCHEMA public CASCADE"))
                conn.execute(text("CREATE SCHEMA public"))
            else:
                metadata.drop_all(conn)
                conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    finally:
        engine.dispose()


def _database(kind: str, tmp_path: Path) -> str:
    if kind == "memory":
        return "sqlite://"
    if kind == "file":
        return f"sqlite:///{tmp_path / 'store.db'}"
    assert TEST_DB_URL
    wipe_database(TEST_DB_URL)
    return TEST_DB_URL


@pytest.fixture(params=["env"] if TEST_DB_URL else ["memory", "file"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database."""
    return _database(request.param, tmp_path)


@pytest.fixture(params=["env"] if TEST_DB_URL else ["file"])
def shared_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A URL to an empty database that several engines or processes can open (no memory DB)."""
    return _database(request.param, tmp_path)


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
    for path in sorted(STORE_FIXTURES.glob("*.json")):
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

"""Tests for the Alembic migrations shipped in detente/store/migrations."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from detente.errors import StoreError
from detente.store import Store, open_store
from detente.store.engine import alembic_config, make_engine, migrate
from detente.store.tables import metadata


def _head() -> set[str]:
    heads = set(ScriptDirectory.from_config(alembic_config()).get_heads())
    assert heads
    return heads


def _revision(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def test_head_schema_matches_tables_py(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []


def test_open_store_migrates_to_head_and_is_idempotent(db_url: str, tmp_path: Path) -> None:
    if db_url == "sqlite://":
        db_url = f"sqlite:///{tmp_path / 'twice.db'}"
    with open_store(db_url) as store:
        assert _revision(store) == _head()
    with open_store(db_url) as store:
        assert _revision(store) == _head()
        assert store.view().documents() == []


def test_indexes_exist(store: Store) -> None:
    inspector = inspect(store.engine)
    event_indexes = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes("events")}
    assert event_indexes["ix_events_actor"] == ["actor"]
    assert event_indexes["ix_events_target"] == ["target"]
    assert event_indexes["ix_events_type_date"] == ["type", "date"]
    stock_indexes = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes("stocks")}
    assert stock_indexes["ix_stocks_country"] == ["country"]


def test_downgrade_to_base_and_upgrade_again(db_url: str) -> None:
    engine = make_engine(db_url)
    try:
        migrate(engine)
        config = alembic_config()
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.downgrade(config, "base")
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        migrate(engine)
        assert set(metadata.tables) <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_works_without_alembic_ini_in_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert not (tmp_path / "alembic.ini").exists()
    with open_store("sqlite:///relative.db") as store:
        assert _revision(store) == _head()
    assert (tmp_path / "relative.db").is_file()


def test_unknown_revision_in_database_is_a_store_error(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'future.db'}"
    open_store(url).close()
    engine = make_engine(url)
    with engine.begin() as conn:
        # One row per migration branch head: replace them all by one unknown revision.
        conn.execute(text("DELETE FROM alembic_version"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999')"))
    engine.dispose()
    with pytest.raises(StoreError, match=r"^cannot open the store at .*'9999'"):
        open_store(url)

"""Opening a database from a SQLAlchemy URL and migrating it to the current schema (Alembic)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from detente.errors import E_BAD_DB_URL, StoreError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
"""The Alembic script directory, shipped as package data."""

DEFAULT_DRIVERS = {"postgresql": "postgresql+psycopg"}
"""Driver used when a URL names only the database (SQLAlchemy would pick psycopg2, not installed)."""


def problem_text(exc: BaseException) -> str:
    """The first line of a database error, without SQLAlchemy's background links."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        exc = exc.orig
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]


def shown_url(url: URL) -> str:
    """The URL for messages: password hidden, default driver left implicit as the user wrote it."""
    base = url.get_backend_name()
    if DEFAULT_DRIVERS.get(base) == url.drivername:
        url = url.set(drivername=base)
    return url.render_as_string(hide_password=True)


def _bad(url: str, problem: str) -> StoreError:
    return StoreError(E_BAD_DB_URL.format(url=url, problem=problem))


def _is_sqlite_memory(url: URL) -> bool:
    return url.database in (None, "", ":memory:") and "uri" not in url.query


def _sqlite_options(url: URL, shown: str) -> dict[str, Any]:
    """Engine options for SQLite: one shared connection in memory, else check the directory."""
    if _is_sqlite_memory(url):
        return {"poolclass": StaticPool, "connect_args": {"check_same_thread": False}}
    database = url.database or ""
    if "uri" not in url.query:
        parent = Path(database).expanduser().resolve().parent
        if not parent.is_dir():
            raise _bad(shown, f"directory {str(parent)!r} does not exist")
    return {}


def _set_sqlite_pragmas(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy emit BEGIN itself (see _begin), so that SAVEPOINT and DDL are transactional.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
    finally:
        cursor.close()


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL; :class:`StoreError` when the URL cannot be used."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise _bad(url, "not a valid database URL") from None
    shown = shown_url(parsed)
    if parsed.drivername in DEFAULT_DRIVERS:
        parsed = parsed.set(drivername=DEFAULT_DRIVERS[parsed.drivername])
    sqlite = parsed.get_backend_name() == "sqlite"
    options = _sqlite_options(parsed, shown) if sqlite else {}
    try:
        engine = create_engine(parsed, **options)
    except NoSuchModuleError:
        raise _bad(shown, f"unknown database dialect {parsed.drivername!r}") from None
    except ImportError as exc:
        raise _bad(shown, f"database driver not installed ({exc})") from None
    except (ArgumentError, TypeError) as exc:
        raise _bad(shown, problem_text(exc)) from None
    if sqlite:
        event.listen(engine, "connect", _set_sqlite_pragmas)
        event.listen(engine, "begin", _begin)
    return engine


def alembic_config(url: str = "") -> Config:
    """An Alembic config built in code, pointing at the package's migrations directory."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    if url:
        # configparser interpolation: a literal % in the URL must be doubled.
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def migrate(engine: Engine, revision: str = "heads") -> None:
    """Upgrade the database to ``revision``; :class:`StoreError` when it cannot be reached.

    The default is every head: each layer (core, aggregate, lists, serve) keeps its own
    migration branch off the core schema, so layers can change their tables independently.
    """
    shown = shown_url(engine.url)
    config = alembic_config()
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except (SQLAlchemyError, CommandError) as exc:
        raise _bad(shown, problem_text(exc)) from exc
    log.debug("store at %s is at revision %s", shown, revision)

"""In-process caching support: decoded stored events, and the store generation (a counter every
committed write bumps) that lets the API cache whole answers without ever serving a stale one."""

from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.pool import StaticPool

from detente.model import StoredEvent

log = logging.getLogger(__name__)

EVENT_CACHE_SIZE = 20_000
"""Events kept decoded per open store (about 1 KB each): the pages read most stay decoded."""


class EventCache:
    """Recently read events by (key, ingestion time of their document), shared by the views of
    one store. A stored event never changes; a document deleted and stored again has a new
    ingestion time, so an entry can only be found for the row it was read from."""

    def __init__(self, size: int = EVENT_CACHE_SIZE) -> None:
        self._size = size
        self._entries: OrderedDict[tuple[str, Any], str] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[str, Any]) -> StoredEvent | None:
        """The cached event as a new object (callers may change it), or None."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
        return None if found is None else StoredEvent.model_validate_json(found)

    def put(self, key: tuple[str, Any], event: StoredEvent) -> None:
        """Remember an event read from the store, dropping the least recently used. Kept as
        JSON: parsing it again (pydantic, in Rust) is several times cheaper than decoding and
        validating the row, and gives each reader objects of its own."""
        if self._size <= 0:
            return
        text = event.model_dump_json()
        with self._lock:
            self._entries[key] = text
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)


GENERATION_BUMP = "UPDATE store_generation SET n = n + 1 WHERE id = 1"
_READS = ("SELECT", "PRAGMA", "EXPLAIN", "SHOW", "SET", "BEGIN", "SAVEPOINT", "RELEASE", "ROLLBACK")
_SCHEMA = ("CREATE", "DROP", "ALTER")
"""Statements that change no rows (schema changes are migrations', which run before a store is
opened): any other statement in a transaction makes its commit bump the generation (a needless
bump only costs a cache miss)."""
_DIRTY = "detente_writes"
_UNSCOPED = "detente_unscoped"
_SCOPES = "detente_scopes"
_SCOPING = "detente_scoping"
EVERY_SCOPE = "*"
"""The scope of writes whose reach is not known: its counter is part of every scoped answer."""
COUNTERS_READ = (
    "SELECT '' AS scope, n FROM store_generation WHERE id = 1 "
    "UNION ALL SELECT scope, n FROM store_scopes"
)
"""Every counter in one read (``''``: the store generation; scopes are a few hundred codes)."""
SCOPES_BUMP = (
    "INSERT INTO store_scopes (scope, n) VALUES {rows} "
    "ON CONFLICT (scope) DO UPDATE SET n = store_scopes.n + 1"
)


def _clear(conn: Connection) -> None:
    for name in (_DIRTY, _UNSCOPED, _SCOPES):
        conn.info.pop(name, None)


def _begin(conn: Connection) -> None:
    _clear(conn)


def _statement(
    conn: Connection, cursor: Any, statement: str, params: Any, context: Any, many: bool
) -> None:
    if not statement.lstrip()[:9].upper().startswith(_READS + _SCHEMA):
        conn.info[_DIRTY] = True
        if not conn.info.get(_SCOPING):
            conn.info[_UNSCOPED] = True


def _mark(dialect: Any) -> str:
    """The DBAPI parameter marker of a dialect (sqlite3: ``?``, psycopg: ``%s``)."""
    return "?" if dialect.paramstyle == "qmark" else "%s"


def _commit(conn: Connection) -> None:
    # Runs just before the DBAPI commit, inside the transaction: the bumps commit with the writes.
    # The one generation row first: concurrent writers queue on it, so the scope rows are always
    # updated by one transaction at a time (no deadlock between them).
    if conn.info.pop(_DIRTY, False):
        unscoped = conn.info.pop(_UNSCOPED, False)
        scopes = sorted({EVERY_SCOPE} if unscoped else conn.info.pop(_SCOPES, set()))
        cursor = conn.connection.cursor()
        try:
            cursor.execute(GENERATION_BUMP)
            if scopes:
                rows = ", ".join(f"({_mark(conn.dialect)}, 1)" for _ in scopes)
                cursor.execute(SCOPES_BUMP.format(rows=rows), scopes)
        finally:
            cursor.close()
    _clear(conn)


def _rollback(conn: Connection) -> None:
    _clear(conn)


def scope_names(codes: Iterable[str | None]) -> set[str]:
    """The scopes of these country codes (actors, targets): upper case, missing ones left out."""
    return {code.upper() for code in codes if code}


@contextmanager
def scoped(conn: Connection) -> Iterator[set[str]]:
    """Writes whose reach the caller states: add to the yielded set the scope (country code) of
    every actor and target whose answers the writes can change. Only the writes made inside bump
    just those scopes (with the store generation); any write of the transaction made outside
    makes it bump :data:`EVERY_SCOPE`, so a write nobody scoped invalidates every answer."""
    conn.info[_SCOPING] = conn.info.get(_SCOPING, 0) + 1
    try:
        yield conn.info.setdefault(_SCOPES, set())
    finally:
        conn.info[_SCOPING] -= 1


def track_writes(engine: Engine) -> None:
    """Make every transaction on ``engine`` that writes anything (any layer: events, deals,
    lists, markets) add 1 to ``store_generation`` in the same transaction, before it commits."""
    if not event.contains(engine, "commit", _commit):
        event.listen(engine, "begin", _begin)
        event.listen(engine, "before_cursor_execute", _statement)
        event.listen(engine, "commit", _commit)
        event.listen(engine, "rollback", _rollback)


@dataclass(frozen=True)
class Counters:
    """The store generation and the counter of every scope, as one read saw them."""

    generation: int
    scopes: Mapping[str, int]

    def of(self, scopes: Sequence[str] = ()) -> tuple[int, ...]:
        """``(generation,)``; with ``scopes``, the counters of ``*`` and of each scope."""
        if not scopes:
            return (self.generation,)
        return tuple(self.scopes.get(scope, 0) for scope in (EVERY_SCOPE, *scopes))


def _query(raw: Any) -> Counters:
    cursor = raw.cursor()
    try:
        cursor.execute(COUNTERS_READ)
        found = {str(scope): int(n) for scope, n in cursor.fetchall()}
    finally:
        cursor.close()
    return Counters(found.pop("", 0), found)


class GenerationReader:
    """Reads the store's generation on a connection of its own, detached from the pool: a
    server reads it for every cached request, and must not wait for a pooled connection that
    slow requests hold. Thread-safe; reconnects once after an error."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._raw: Any = None
        self._lock = threading.Lock()

    def __call__(self) -> Counters:
        """The counters now (one small read, in a transaction of its own)."""
        with self._lock:
            try:
                return self._read()
            except Exception:  # a dropped connection: one more try on a new one
                self._close()
                return self._read()

    def _read(self) -> Counters:
        if isinstance(self._engine.pool, StaticPool):  # in memory: the pool's one connection
            shared = self._engine.raw_connection()
            try:
                return _query(shared)
            finally:
                shared.close()
        if self._raw is None:
            raw = self._engine.raw_connection()
            raw.detach()
            if self._engine.dialect.name == "postgresql":  # each read sees the latest commit
                raw.dbapi_connection.autocommit = True  # type: ignore[union-attr]
            self._raw = raw
        return _query(self._raw)

    def _close(self) -> None:
        raw, self._raw = self._raw, None
        if raw is not None:
            try:
                raw.close()
            except Exception:
                log.debug("closing the generation connection failed", exc_info=True)

    def close(self) -> None:
        """Close the connection (a later read opens a new one)."""
        with self._lock:
            self._close()

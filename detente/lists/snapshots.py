"""Dated snapshots of the lists in the store: import (one transaction each), listing, latest entries."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import E_LIST_EMPTY, E_STORE_READ, E_STORE_WRITE, InputError, StoreError
from detente.lists.common import Meta
from detente.lists.formats import get_format
from detente.model import Identifier, ListEntry, ListSnapshot, OfficialMatch
from detente.store import Store
from detente.store.engine import problem_text
from detente.store.tables import corroborations, list_entries, list_snapshots

log = logging.getLogger(__name__)

BATCH = 2000  # entry rows per INSERT: large enough to amortise round trips, small enough for memory
HASH_CHUNK = 1 << 20
_ENTRY_FIELDS = tuple(name for name in ListEntry.model_fields if name != "source")


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the snapshot, and whether it was new."""

    snapshot: ListSnapshot
    created: bool


def content_hash(paths: Sequence[Path]) -> str:
    """SHA-256 over the bytes of the files (in the given order)."""
    digest = hashlib.sha256()
    for path in paths:
        with path.open("rb") as handle:
            while chunk := handle.read(HASH_CHUNK):
                digest.update(chunk)
    return digest.hexdigest()


def _snapshot(row: Any) -> ListSnapshot:
    return ListSnapshot.model_validate({name: row[name] for name in ListSnapshot.model_fields})


def _find(conn: Connection, source: str, digest: str) -> ListSnapshot | None:
    stmt = select(list_snapshots).where(
        list_snapshots.c.source == source, list_snapshots.c.content_hash == digest
    )
    row = conn.execute(stmt).mappings().first()
    return None if row is None else _snapshot(row)


def _entry_row(snapshot_id: int, entry: ListEntry) -> dict[str, Any]:
    return {**entry.model_dump(mode="json", exclude={"source"}), "snapshot_id": snapshot_id}


def _fill(conn: Connection, snapshot_id: int, path: Path, entries: Iterator[ListEntry]) -> int:
    """Insert the entries in batches; duplicates of an id are an error naming the record."""
    seen: set[str] = set()
    batch: list[dict[str, Any]] = []
    for entry in entries:
        if entry.entry_id in seen:
            raise InputError(str(path), f"duplicate record id {entry.entry_id!r}")
        seen.add(entry.entry_id)
        batch.append(_entry_row(snapshot_id, entry))
        if len(batch) >= BATCH:
            conn.execute(insert(list_entries), batch)
            batch.clear()
    if batch:
        conn.execute(insert(list_entries), batch)
    return len(seen)


def import_list(
    store: Store, path: Path, fmt: str, as_of: str | None = None, origin: str | None = None
) -> ImportResult:
    """Read a list file and store it as one snapshot, in one transaction; idempotent by content.

    ``as_of`` overrides the publication date found in the file (default: today, UTC).
    Official events of the list are refreshed afterwards (see :mod:`detente.lists.events`).
    """
    spec = get_format(fmt)
    files = spec.files(path)
    digest = content_hash(files)
    meta = Meta()
    try:
        with store.engine.begin() as conn:
            existing = _find(conn, spec.source, digest)
            if existing is not None:
                log.info("%s is already stored as snapshot %d", path, existing.id)
                return ImportResult(existing, created=False)
            values = {
                "source": spec.source, "format": fmt, "as_of": as_of or "", "entries": 0,
                "content_hash": digest, "origin": origin or str(path),
                "imported_at": datetime.now(UTC),
            }  # fmt: skip
            snapshot_id = conn.scalar(
                insert(list_snapshots).values(**values).returning(list_snapshots.c.id)
            )
            count = _fill(conn, int(snapshot_id or 0), path, spec.reader(path, meta))
            if not count:
                raise InputError(str(path), E_LIST_EMPTY)
            dated = as_of or meta.as_of or date.today().isoformat()
            conn.execute(
                update(list_snapshots)
                .where(list_snapshots.c.id == snapshot_id)
                .values(entries=count, as_of=dated)
            )
            row = conn.execute(select(list_snapshots).where(list_snapshots.c.id == snapshot_id))
            snapshot = _snapshot(row.mappings().one())
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_WRITE.format(problem=problem_text(exc))) from exc
    from detente.lists.events import refresh_events

    refresh_events(store, spec.source)
    return ImportResult(snapshot, created=True)


def _read(store: Store, stmt: Any) -> list[Any]:
    try:
        with store.engine.connect() as conn:
            return list(conn.execute(stmt).mappings().all())
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc


def snapshots(store: Store, source: str | None = None) -> list[ListSnapshot]:
    """Stored snapshots, by list, then date, then import order."""
    stmt = select(list_snapshots).order_by(
        list_snapshots.c.source, list_snapshots.c.as_of, list_snapshots.c.id
    )
    if source:
        stmt = stmt.where(list_snapshots.c.source == source)
    return [_snapshot(row) for row in _read(store, stmt)]


def entries(store: Store, snapshot: ListSnapshot) -> list[ListEntry]:
    """The entries of one snapshot, by record id."""
    stmt = (
        select(*(list_entries.c[name] for name in _ENTRY_FIELDS))
        .where(list_entries.c.snapshot_id == snapshot.id)
        .order_by(list_entries.c.entry_id)
    )
    # Rows were validated on the way in: construct without re-validating (diffs read 2 x 18k rows).
    return [
        ListEntry.model_construct(
            **{
                **row,
                "source": snapshot.source,
                "identifiers": [Identifier.model_construct(**i) for i in row["identifiers"]],
            }
        )
        for row in _read(store, stmt)
    ]


def latest_entries(
    store: Store, source: str | None = None, include_delisted: bool = False
) -> Iterator[ListEntry]:
    """Entries of the latest snapshot of each list; with ``include_delisted`` also dropped ones.

    A dropped entry is the last version of a record that an earlier snapshot held, with
    ``delisted_on`` set to the date of the first snapshot without it.
    """
    by_source: dict[str, list[ListSnapshot]] = {}
    for snap in snapshots(store, source):
        by_source.setdefault(snap.source, []).append(snap)
    for history in by_source.values():
        latest = entries(store, history[-1])
        yield from latest
        if include_delisted:
            yield from _dropped(store, history, {e.entry_id for e in latest})


def _dropped(store: Store, history: list[ListSnapshot], current: set[str]) -> Iterator[ListEntry]:
    """Records held by an earlier snapshot and absent from the latest, newest version first."""
    held_ids = [_ids(store, snap) for snap in history]
    done = set(current)
    for index in range(len(history) - 2, -1, -1):
        for entry in entries(store, history[index]):
            if entry.entry_id in done:
                continue
            done.add(entry.entry_id)
            gone = next(
                history[later]
                for later in range(index + 1, len(history))
                if entry.entry_id not in held_ids[later]
            )
            yield entry.model_copy(update={"delisted_on": entry.delisted_on or gone.as_of})


def _ids(store: Store, snapshot: ListSnapshot) -> set[str]:
    stmt = select(list_entries.c.entry_id).where(list_entries.c.snapshot_id == snapshot.id)
    return {row["entry_id"] for row in _read(store, stmt)}


def save_corroborations(store: Store, matches: Sequence[OfficialMatch]) -> None:
    """Store (replacing earlier ones) the corroboration of news events, in one transaction."""
    rows = [m.model_dump(mode="json") for m in matches]
    try:
        with store.engine.begin() as conn:
            keys = [m.event_key for m in matches]
            if keys:
                conn.execute(delete(corroborations).where(corroborations.c.event_key.in_(keys)))
                conn.execute(insert(corroborations), rows)
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_WRITE.format(problem=problem_text(exc))) from exc


def stored_corroborations(
    store: Store, keys: Collection[str] | None = None
) -> dict[str, OfficialMatch]:
    """The stored corroborations (all, or of the events with these keys), by news event key."""
    query = select(corroborations)
    if keys is not None:
        query = query.where(corroborations.c.event_key.in_(list(keys)))
    rows = _read(store, query)
    return {row["event_key"]: OfficialMatch.model_validate(dict(row)) for row in rows}

"""Differences between two snapshots of a list: entries added, removed and amended."""

from __future__ import annotations

import logging

from detente.errors import E_LIST_NO_SNAPSHOT, E_LIST_SAME_SNAPSHOT, ConfigError
from detente.lists.formats import list_name
from detente.lists.snapshots import entries, snapshots
from detente.model import ChangeKind, ListChange, ListDiff, ListEntry, ListSnapshot
from detente.store import Store
from detente.store.filters import check_date

log = logging.getLogger(__name__)

_KIND_ORDER = {ChangeKind.ADDED: 0, ChangeKind.REMOVED: 1, ChangeKind.AMENDED: 2}


def _active(items: list[ListEntry]) -> dict[str, ListEntry]:
    """Entries in force: publishers that keep ended listings mark them with ``delisted_on``."""
    return {e.entry_id: e for e in items if e.delisted_on is None}


def _change(kind: ChangeKind, entry: ListEntry, before: str, after: str) -> ListChange:
    return ListChange(
        source=entry.source, entry_id=entry.entry_id, kind=kind, name=entry.name, type=entry.type,
        from_date=before, to_date=after, programmes=entry.programmes, countries=entry.countries,
        listed_on=entry.listed_on,
    )  # fmt: skip


def _amendment(old: ListEntry, new: ListEntry, before: str, after: str) -> ListChange | None:
    gained = sorted(set(new.programmes) - set(old.programmes))
    lost = sorted(set(old.programmes) - set(new.programmes))
    old_names, new_names = {old.name, *old.aliases}, {new.name, *new.aliases}
    aliases_added = sorted(set(new.aliases) - old_names)
    aliases_removed = sorted(set(old.aliases) - new_names)
    renamed = old.name != new.name
    if not (gained or lost or aliases_added or aliases_removed or renamed):
        return None
    change = _change(ChangeKind.AMENDED, new, before, after)
    return change.model_copy(
        update={
            "programmes_added": gained, "programmes_removed": lost,
            "aliases_added": aliases_added, "aliases_removed": aliases_removed,
            "name_before": old.name if renamed else None,
        }
    )  # fmt: skip


def compare(
    old_entries: list[ListEntry], new_entries: list[ListEntry], before: str, after: str
) -> list[ListChange]:
    """Changes from one snapshot's entries to another's, by kind then record id."""
    old, new = _active(old_entries), _active(new_entries)
    changes = [_change(ChangeKind.ADDED, new[i], before, after) for i in new.keys() - old.keys()]
    changes += [_change(ChangeKind.REMOVED, old[i], before, after) for i in old.keys() - new.keys()]
    for entry_id in old.keys() & new.keys():
        amended = _amendment(old[entry_id], new[entry_id], before, after)
        if amended is not None:
            changes.append(amended)
    changes.sort(key=lambda c: (_KIND_ORDER[ChangeKind(c.kind)], c.entry_id))
    return changes


def diff_snapshots(store: Store, before: ListSnapshot, after: ListSnapshot) -> ListDiff:
    """The diff between two stored snapshots of one list."""
    changes = compare(entries(store, before), entries(store, after), before.as_of, after.as_of)
    return ListDiff(source=after.source, before=before, after=after, changes=changes)


def _on_or_before(history: list[ListSnapshot], when: str | None) -> int:
    """Index of the latest snapshot dated on or before ``when`` (any snapshot when None)."""
    indexes = [i for i, s in enumerate(history) if when is None or s.as_of[: len(when)] <= when]
    return indexes[-1] if indexes else -1


def diff(
    store: Store, source: str, from_date: str | None = None, to_date: str | None = None
) -> ListDiff:
    """Changes of a list between the snapshots in force at ``from_date`` and ``to_date``.

    ``to_date`` defaults to the latest snapshot; ``from_date`` to the one before ``to``.
    """
    name = list_name(source)
    history = snapshots(store, name)
    end = _on_or_before(history, check_date(to_date) if to_date else None)
    if end < 0:
        when = f"on or before {to_date}" if to_date else "in the store"
        raise ConfigError(E_LIST_NO_SNAPSHOT.format(source=name, when=when))
    start = _on_or_before(history, check_date(from_date)) if from_date else end - 1
    if start < 0 and from_date:
        raise ConfigError(E_LIST_NO_SNAPSHOT.format(source=name, when=f"on or before {from_date}"))
    if start < 0 or start >= end:
        raise ConfigError(E_LIST_SAME_SNAPSHOT.format(source=name, as_of=history[end].as_of))
    return diff_snapshots(store, history[start], history[end])


def changes(
    store: Store, source: str | None = None, since: str | None = None, until: str | None = None
) -> list[ListChange]:
    """Changes between consecutive snapshots whose later snapshot is dated in [since, until]."""
    found: list[ListChange] = []
    by_source: dict[str, list[ListSnapshot]] = {}
    for snap in snapshots(store, list_name(source) if source else None):
        by_source.setdefault(snap.source, []).append(snap)
    for history in by_source.values():
        for before, after in zip(history, history[1:], strict=False):
            if (since and after.as_of < since) or (until and after.as_of[: len(until)] > until):
                continue
            found.extend(diff_snapshots(store, before, after).changes)
    return found

"""Official events: each addition to a list is ``sanctions_imposed``, each removal ``sanctions_eased``.

For every pair of consecutive snapshots of a list, the change report is stored as a generated
document (source ``list:<list>:<from>..<to>``) whose events carry ``official: true``, the record
(``<list>:<id>``), its programmes and target country, with the report line as evidence. They live
in the same tables as news events, so ``detente events`` and every timeline show them.
"""

from __future__ import annotations

import logging

from sqlalchemy import delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from detente.aggregate import recluster, update_clusters
from detente.errors import E_STORE_WRITE, StoreError
from detente.extract import codes
from detente.lists.countries import programme_country
from detente.lists.diff import diff_snapshots
from detente.lists.formats import SOURCES
from detente.lists.snapshots import snapshots
from detente.model import (
    Analysis,
    ChangeKind,
    Document,
    DocumentRef,
    Event,
    EventType,
    Evidence,
    ListChange,
    ListDiff,
)
from detente.store import Store
from detente.store.engine import problem_text
from detente.store.sql import Writer
from detente.store.tables import documents, list_diffs

log = logging.getLogger(__name__)

EVENT_TYPES = {
    ChangeKind.ADDED: EventType.SANCTIONS_IMPOSED,
    ChangeKind.REMOVED: EventType.SANCTIONS_EASED,
}
SOURCE_PREFIX = "list:"


def change_line(change: ListChange) -> str:
    """One line of the change report."""
    head = f"{change.kind.capitalize()}: {change.name} [{change.source}:{change.entry_id}]"
    parts = []
    if change.programmes:
        parts.append("programmes " + ", ".join(change.programmes))
    if change.countries:
        parts.append("countries " + ", ".join(change.countries))
    for label, values in (
        ("programmes added", change.programmes_added),
        ("programmes removed", change.programmes_removed),
        ("aliases added", change.aliases_added),
        ("aliases removed", change.aliases_removed),
    ):
        if values:
            parts.append(f"{label}: " + "; ".join(values))
    if change.name_before:
        parts.append(f"formerly {change.name_before}")
    return head + (" - " + "; ".join(parts) if parts else "") + "."


def target(change: ListChange) -> str | None:
    """The country targeted: that of the first country programme, else the entry's first."""
    for programme in change.programmes:
        code = programme_country(programme)
        if code:
            return code
    return change.countries[0] if change.countries else None


def _date(change: ListChange) -> str:
    listed = change.listed_on
    if change.kind == ChangeKind.ADDED and listed and change.from_date < listed <= change.to_date:
        return listed
    return change.to_date


def report(diff: ListDiff) -> tuple[Document, Analysis]:
    """The change report of a diff as a document, with one official event per added/removed entry."""
    before, after = diff.before, diff.after
    header = (
        f"Official list changes, {diff.source}: snapshot of {before.as_of} "
        f"(sha256 {before.content_hash[:12]}) to snapshot of {after.as_of} "
        f"(sha256 {after.content_hash[:12]}): {len(diff.changes)} changes."
    )
    text, events = header, list[Event]()
    for change in diff.changes:
        line = change_line(change)
        start = len(text) + 1
        text += "\n" + line
        kind = EVENT_TYPES.get(ChangeKind(change.kind))
        if kind is None:
            continue
        cameo, plover = codes.run(kind)
        events.append(
            Event(
                id=f"e{len(events) + 1}", type=kind, actor=SOURCES.get(diff.source),
                target=target(change), entities=[change.name], date=_date(change),
                cameo=cameo, plover=plover, official=True,
                record=f"{change.source}:{change.entry_id}", programmes=change.programmes,
                evidence=[Evidence(text=line, start=start, end=start + len(line))],
            )
        )  # fmt: skip
    doc = Document(
        id=Document.content_id(text),
        source=f"{SOURCE_PREFIX}{diff.source}:{before.as_of}..{after.as_of}",
        title=f"{diff.source} list changes {before.as_of} to {after.as_of}",
        published=after.as_of,
        text=text,
    )
    ref = DocumentRef(id=doc.id, source=doc.source, title=doc.title, published=doc.published)
    return doc, Analysis(document=ref, events=events)


def refresh_events(store: Store, source: str) -> int:
    """Store the official events of every consecutive snapshot pair of a list; drop stale ones.

    Returns the number of pairs added. Pairs that are no longer consecutive (a snapshot was
    imported between them) lose their document and events; the canonical events and deals are
    then rebuilt (a dropped event may have been all of a canonical event in a deal), else each
    added document joins them in its own transaction, as an ingested article does.
    """
    history = snapshots(store, source)
    pairs = list(zip(history, history[1:], strict=False))
    wanted = {(a.id, b.id) for a, b in pairs}
    ids = [s.id for s in history]
    try:
        with store.engine.begin() as conn:
            stmt = select(list_diffs).where(list_diffs.c.to_snapshot.in_(ids))
            stored = {
                (r["from_snapshot"], r["to_snapshot"]): r["document_id"]
                for r in conn.execute(stmt).mappings()
            }
            dropped = [doc_id for pair, doc_id in stored.items() if pair not in wanted]
            for doc_id in dropped:
                conn.execute(delete(documents).where(documents.c.id == doc_id))
                conn.execute(delete(list_diffs).where(list_diffs.c.document_id == doc_id))
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_WRITE.format(problem=problem_text(exc))) from exc
    added = 0
    for before, after in pairs:
        if (before.id, after.id) in stored:
            continue
        doc, analysis = report(diff_snapshots(store, before, after))
        row = {"from_snapshot": before.id, "to_snapshot": after.id, "document_id": doc.id}
        try:
            with store.engine.begin() as conn:
                writer = Writer(conn)
                writer.add(doc, analysis)
                conn.execute(insert(list_diffs).values(**row))
                if not dropped:
                    update_clusters(writer, doc, analysis)
        except SQLAlchemyError as exc:
            raise StoreError(E_STORE_WRITE.format(problem=problem_text(exc))) from exc
        added += 1
    if dropped:
        recluster(store)
    return added

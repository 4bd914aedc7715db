"""Building full deals (reconciled canonical events, reports, sources) from deal index entries.

Used at ingest and by ``recluster`` to store each deal's JSON (:mod:`detente.aggregate.dealindex`),
and by :mod:`detente.aggregate.deals` when a caller brings its own name resolver. Reads on the
connection it is given, so it also sees what the current write transaction added.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, select

from detente.aggregate.persons import NameResolver
from detente.aggregate.reconcile import Report, reconcile
from detente.model import CanonicalDeal, CanonicalEvent, DealReport, DocumentRef
from detente.store.sql import chunks, events_with_keys
from detente.store.tables import (
    agg_documents,
    agg_event_clusters,
    documents,
    events,
    exchanges,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Cluster:
    """What the index keeps of a canonical event: its blocking fields and reconciled date."""

    type: str
    actor: str | None
    target: str | None
    date: str | None


@dataclass
class DealEntry:
    """One deal of the index: its id, date, canonical events and reporting exchanges."""

    id: str
    date: str | None = None
    clusters: dict[str, Cluster] = field(default_factory=dict)
    exchanges: list[int] = field(default_factory=list)


def _members(conn: Connection, ids: Sequence[str]) -> Iterator[Any]:
    """Rows (canonical id, near-duplicate group, event key) for every event of these clusters;
    an event not clustered yet is a cluster of its own (id = key, group = its document)."""
    for chunk in chunks(ids):
        yield from conn.execute(
            select(agg_event_clusters.c.cluster_id, agg_documents.c.group_id, events.c.key)
            .join(events, events.c.key == agg_event_clusters.c.event_key)
            .join(agg_documents, agg_documents.c.document_id == agg_event_clusters.c.document_id)
            .where(agg_event_clusters.c.cluster_id.in_(chunk))
        )
        yield from conn.execute(
            select(events.c.key, events.c.document_id, events.c.key)
            .outerjoin(agg_event_clusters, agg_event_clusters.c.event_key == events.c.key)
            .where(events.c.key.in_(chunk), agg_event_clusters.c.event_key.is_(None))
        )


def _canonical(
    conn: Connection, member: dict[str, tuple[str, str]], names: NameResolver
) -> dict[str, CanonicalEvent]:
    """The reconciled canonical events of these members (event key → (cluster id, group))."""
    reports: dict[str, list[Report]] = defaultdict(list)
    for event in events_with_keys(conn, sorted(member)):
        cid, group = member[event.key]
        reports[cid].append(Report(event=event, group=group))
    return {cid: reconcile(cid, found, names) for cid, found in reports.items()}


def _reports(conn: Connection, ids: Sequence[int]) -> dict[int, DealReport]:
    """The reporting document and evidence of each of these exchanges."""
    found: dict[int, DealReport] = {}
    for chunk in chunks(ids):
        stmt = (
            select(exchanges.c.id, exchanges.c.evidence, documents.c.id.label("doc"))
            .add_columns(documents.c.source, documents.c.title, documents.c.published)
            .join(documents, documents.c.id == exchanges.c.document_id)
            .where(exchanges.c.id.in_(chunk))
        )
        for row in conn.execute(stmt):
            ref = DocumentRef(
                id=row.doc, source=row.source, title=row.title, published=row.published
            )
            found[row.id] = DealReport(document=ref, evidence=row.evidence)
    return found


def build(
    conn: Connection, entries: Sequence[DealEntry], names: NameResolver
) -> list[CanonicalDeal]:
    """The full deals of these index entries (reconciled events, reports, sources)."""
    ids = sorted({c for e in entries for c in e.clusters})
    member = {row.key: (row[0], row[1]) for row in _members(conn, ids)}
    reports = _reports(conn, sorted({x for e in entries for x in e.exchanges}))
    canon = _canonical(conn, member, names)
    group_of = {m.document.id: m.source_group for c in canon.values() for m in c.mentions}
    built = []
    for entry in entries:
        chosen = sorted(
            (canon[cid] for cid in entry.clusters),
            key=lambda e: (e.type != "release", e.actor or "", e.id),
        )
        docs = sorted(
            (reports[x] for x in sorted(entry.exchanges)),
            key=lambda r: (r.document.published or "9999", r.document.id),
        )
        built.append(
            CanonicalDeal(
                id=entry.id,
                date=entry.date,
                events=chosen,
                sources=len({group_of.get(r.document.id, r.document.id) for r in docs}),
                reports=docs,
            )
        )
    return built

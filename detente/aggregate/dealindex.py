"""The stored deal index: which canonical events and exchanges form each deal, and its date.

A deal is a connected component of canonical events joined by stored exchanges (an exchange
links the canonical events of its events). The tables ``agg_deals``, ``agg_deal_clusters`` and
``agg_deal_exchanges`` hold the components with what listing a page needs: each deal's date (the
latest reconciled date of its canonical events) and each canonical event's blocking fields.

:func:`update` runs in the ingest transaction of one document, after its events are clustered:
the deals that touch a canonical event the document changed (grown, merged, or split because the
document tells apart two events a chain of reports had joined) are recomputed from their
exchanges, so a deal merges or splits as its canonical events do. :func:`rebuild` recomputes all of
them; both give the same tables (tests/aggregate/test_dealindex.py).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import Connection, delete, func, insert, literal, select

from detente.aggregate.dealbuild import Cluster, DealEntry, build
from detente.aggregate.dedupe import Components
from detente.aggregate.persons import NameResolver
from detente.aggregate.reconcile import best_date
from detente.model import DealSummary
from detente.store.cache import scope_names
from detente.store.sql import chunks
from detente.store.tables import (
    agg_deal_clusters,
    agg_deal_exchanges,
    agg_deals,
    agg_documents,
    agg_event_clusters,
    events,
    exchange_events,
    exchanges,
)

log = logging.getLogger(__name__)


def links(conn: Connection, ids: Collection[int] | None = None) -> dict[int, list[str]]:
    """Stored exchange id (all, or ``ids``) → the canonical event ids of its events, in order;
    an event not clustered yet counts as a canonical event of its own."""
    stmt = (
        select(
            exchange_events.c.exchange_id,
            func.coalesce(agg_event_clusters.c.cluster_id, exchange_events.c.event_key),
        )
        .outerjoin(
            agg_event_clusters, agg_event_clusters.c.event_key == exchange_events.c.event_key
        )
        .order_by(exchange_events.c.exchange_id, exchange_events.c.position)
    )
    parts = [stmt] if ids is None else [
        stmt.where(exchange_events.c.exchange_id.in_(chunk)) for chunk in chunks(sorted(ids))
    ]  # fmt: skip
    found: dict[int, list[str]] = defaultdict(list)
    for part in parts:
        for exchange_id, cid in conn.execute(part):
            found[exchange_id].append(cid)
    return found


def clusters(conn: Connection, ids: Sequence[str]) -> dict[str, Cluster]:
    """The blocking fields and reconciled date of each of these canonical events, from grouped
    rows: (canonical id, date, number of near-duplicate groups giving it)."""
    dated: dict[str, dict[str, int]] = defaultdict(dict)
    fields: dict[str, Any] = {}
    for chunk in chunks(ids):
        grouped = (
            select(
                agg_event_clusters.c.cluster_id,
                events.c.date,
                func.count(agg_documents.c.group_id.distinct()),
            )
            .join(events, events.c.key == agg_event_clusters.c.event_key)
            .join(agg_documents, agg_documents.c.document_id == agg_event_clusters.c.document_id)
            .where(agg_event_clusters.c.cluster_id.in_(chunk), events.c.date.is_not(None))
            .group_by(agg_event_clusters.c.cluster_id, events.c.date)
        )
        single = (  # an event not clustered yet is a cluster of its own
            select(events.c.key, events.c.date, literal(1))
            .outerjoin(agg_event_clusters, agg_event_clusters.c.event_key == events.c.key)
            .where(events.c.key.in_(chunk), agg_event_clusters.c.event_key.is_(None))
            .where(events.c.date.is_not(None))
        )
        for stmt in (grouped, single):
            for cid, date, sources in conn.execute(stmt):
                dated[cid][date] = sources
        # A canonical id is the key of one of its events (the smallest), which has its fields.
        blocking = select(events.c.key, events.c.type, events.c.actor, events.c.target)
        for row in conn.execute(blocking.where(events.c.key.in_(chunk))):
            fields[row.key] = row
    return {
        cid: Cluster(row.type, row.actor, row.target, best_date(dated[cid]))
        for cid, row in fields.items()
    }


def _store(conn: Connection, linked: dict[int, list[str]], names: NameResolver) -> int:
    """Insert the deals formed by these exchanges (their links), each with its JSON built now;
    the number of deals."""
    parts = Components()
    for ids in linked.values():
        for other in ids[1:]:
            parts.union(ids[0], other)
    fields = clusters(conn, sorted({cid for ids in linked.values() for cid in ids}))
    entries: dict[str, DealEntry] = {}
    for exchange_id, ids in linked.items():
        deal_id = f"deal:{parts.find(ids[0])}"
        entry = entries.setdefault(deal_id, DealEntry(id=deal_id))
        entry.clusters.update((cid, fields[cid]) for cid in ids)
        entry.exchanges.append(exchange_id)
    for entry in entries.values():
        dates = [d for c in entry.clusters.values() if (d := c.date)]
        entry.date = max(dates) if dates else None
    for chunk in chunks(list(entries.values())):
        _insert(conn, chunk, build(conn, chunk, names))
    return len(entries)


def _insert(conn: Connection, entries: Sequence[DealEntry], built: Sequence[Any]) -> None:
    """The rows of these deals (index entries and their built deals, in the same order)."""
    conn.execute(
        insert(agg_deals),
        [
            {
                "deal_id": e.id,
                "date": e.date,
                "body": deal.model_dump_json(),
                "summary": DealSummary.of(deal).model_dump_json(),
            }
            for e, deal in zip(entries, built, strict=True)
        ],
    )
    conn.execute(
        insert(agg_deal_clusters),
        [
            {"cluster_id": cid, "deal_id": e.id, **vars(c)}
            for e in entries
            for cid, c in sorted(e.clusters.items())
        ],
    )
    conn.execute(
        insert(agg_deal_exchanges),
        [{"exchange_id": x, "deal_id": e.id} for e in entries for x in e.exchanges],
    )


def rebuild(conn: Connection, names: NameResolver) -> int:
    """Recompute every deal from the stored exchanges and clusters; the number of deals."""
    for table in (agg_deal_exchanges, agg_deal_clusters, agg_deals):
        conn.execute(delete(table))
    return _store(conn, links(conn), names)


def update(
    conn: Connection, touched: Collection[str], document_id: str, names: NameResolver
) -> set[str]:
    """Recompute the deals of a just-clustered document: those of its exchanges and those
    holding a canonical event in ``touched`` (whose members or date may have changed). Returns
    the actors and targets of the recomputed deals' canonical events (the answers they change)."""
    ids = set(conn.scalars(select(exchanges.c.id).where(exchanges.c.document_id == document_id)))
    old: set[str] = set()
    for chunk in chunks(sorted(touched)):
        ids.update(
            conn.scalars(
                select(exchange_events.c.exchange_id)
                .join(
                    agg_event_clusters,
                    agg_event_clusters.c.event_key == exchange_events.c.event_key,
                )
                .where(agg_event_clusters.c.cluster_id.in_(chunk))
            )
        )
        old.update(
            conn.scalars(
                select(agg_deal_clusters.c.deal_id).where(agg_deal_clusters.c.cluster_id.in_(chunk))
            )
        )
    for chunk in chunks(sorted(ids)):
        old.update(
            conn.scalars(
                select(agg_deal_exchanges.c.deal_id).where(
                    agg_deal_exchanges.c.exchange_id.in_(chunk)
                )
            )
        )
    for chunk in chunks(sorted(old)):
        ids.update(
            conn.scalars(
                select(agg_deal_exchanges.c.exchange_id).where(
                    agg_deal_exchanges.c.deal_id.in_(chunk)
                )
            )
        )
        for table in (agg_deal_exchanges, agg_deal_clusters, agg_deals):
            conn.execute(delete(table).where(table.c.deal_id.in_(chunk)))
    if not ids:
        return set()
    _store(conn, links(conn, ids), names)
    return _parties(conn, ids)


def _parties(conn: Connection, exchange_ids: Collection[int]) -> set[str]:
    """The actors and targets of the canonical events of the deals holding these exchanges.
    Every canonical event keeps the actor and target of its events when it merges or splits, and
    each exchange of a replaced deal is in one of the new deals with its events, so the deals now
    holding those exchanges hold every party the replaced deals had: their scopes are among
    these."""
    found: set[str] = set()
    for chunk in chunks(sorted(exchange_ids)):
        deal_ids = select(agg_deal_exchanges.c.deal_id).where(
            agg_deal_exchanges.c.exchange_id.in_(chunk)
        )
        rows = conn.execute(
            select(agg_deal_clusters.c.actor, agg_deal_clusters.c.target)
            .where(agg_deal_clusters.c.deal_id.in_(deal_ids))
            .distinct()
        )
        found.update(scope_names(code for row in rows for code in row))
    return found

"""The aggregate tables: near-duplicate groups and event clusters, kept up to date in SQL.

:func:`add_document` runs inside the ingest transaction of one document (incremental);
:func:`rebuild` recomputes everything from the stored events (batch). Both give the same result
(see :mod:`detente.aggregate.dedupe` and :mod:`detente.aggregate.neardup`).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np
from sqlalchemy import JSON, Connection, delete, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from detente.aggregate import dealindex
from detente.aggregate.dedupe import (
    Components,
    Item,
    buckets,
    canonical,
    conflicted,
    linked,
    make_item,
    query_buckets,
    split,
    with_twins,
)
from detente.aggregate.neardup import (
    band_keys,
    bands,
    is_near_duplicate,
    signature,
    signatures,
)
from detente.aggregate.persons import NameResolver
from detente.errors import E_STORE_WRITE, StoreError
from detente.model import Analysis, Document
from detente.store import event_key
from detente.store.cache import scope_names, scoped
from detente.store.engine import problem_text
from detente.store.sql import chunks
from detente.store.tables import (
    agg_deal_exchanges,
    agg_document_bands,
    agg_documents,
    agg_event_blocks,
    agg_event_clusters,
    documents,
    events,
    exchange_events,
)

log = logging.getLogger(__name__)

BATCH = 5000
"""Rows per bulk insert and documents per signature batch in :func:`rebuild`."""
_ITEM_COLUMNS = (
    events.c.key,
    events.c.document_id,
    events.c.type,
    events.c.actor,
    events.c.target,
    events.c.date,
    events.c.count,
    events.c.count_qualifier,
    events.c.persons,
    events.c.entities,
    events.c.sectors,
    events.c.renewal,
    events.c.category,
    documents.c.published,
)


def _item(row: Any) -> Item:
    return make_item(row._mapping, row.key, row.document_id, row.published)


# --- incremental --------------------------------------------------------------------------


def add_document(conn: Connection, doc: Document, analysis: Analysis, names: NameResolver) -> None:
    """Group a newly stored document with its near-duplicates and cluster its events."""
    try:
        # Reach (cached answers to invalidate): a canonical event holds events of one blocking
        # key (type, actor, target), so a changed one changes answers about its actor and
        # target only; a changed deal, answers about the actors and targets of its canonical
        # events (dealindex.update). Nothing else changes here.
        with scoped(conn) as reach:
            merged_group = _add_signature(conn, doc.id, signature(doc.text))
            touched = set() if merged_group is None else _group_clusters(conn, merged_group)
            items = with_twins(
                make_item(
                    event.model_dump(mode="json"),
                    event_key(doc.id, event.id),
                    doc.id,
                    doc.published,
                )
                for event in analysis.events
            )
            touched |= _add_events(conn, items, names)
            reach.update(_blocking_scopes(conn, touched))
            reach.update(dealindex.update(conn, touched, doc.id, names))
    except SQLAlchemyError as exc:
        problem = f"clustering document {doc.id[:12]}: {problem_text(exc)}"
        raise StoreError(E_STORE_WRITE.format(problem=problem)) from exc


def _blocking_scopes(conn: Connection, cluster_ids: Iterable[str]) -> set[str]:
    """The actors and targets of these canonical events (each id is the key of one of its
    events, and all of them share its actor and target)."""
    found: set[str] = set()
    for chunk in chunks(sorted(cluster_ids)):
        rows = conn.execute(select(events.c.actor, events.c.target).where(events.c.key.in_(chunk)))
        found.update(scope_names(code for row in rows for code in row))
    return found


def _add_signature(conn: Connection, doc_id: str, sig: list[int]) -> str | None:
    """Store the document's signature in its near-duplicate group; the group if it merged
    groups (the number of distinct sources of their events may have changed), else None."""
    keys = sorted(set(bands(sig)))
    found = conn.execute(
        select(agg_documents.c.group_id, agg_documents.c.signature).where(
            agg_documents.c.seq.in_(
                select(agg_document_bands.c.seq).where(agg_document_bands.c.band.in_(keys))
            )
        )
    ).all()
    groups = {row.group_id for row in found if is_near_duplicate(sig, row.signature)}
    group = min(groups | {doc_id})
    merged = groups - {group}
    if merged:
        conn.execute(
            update(agg_documents).where(agg_documents.c.group_id.in_(merged)).values(group_id=group)
        )
    seq = conn.execute(
        insert(agg_documents)
        .values(document_id=doc_id, group_id=group, signature=sig)
        .returning(agg_documents.c.seq)
    ).scalar_one()
    conn.execute(insert(agg_document_bands), [{"band": k, "seq": seq} for k in keys])
    return group if merged else None


def _group_clusters(conn: Connection, group: str) -> set[str]:
    """The canonical events reported by the documents of a near-duplicate group."""
    return set(
        conn.scalars(
            select(agg_event_clusters.c.cluster_id)
            .join(agg_documents, agg_documents.c.document_id == agg_event_clusters.c.document_id)
            .where(agg_documents.c.group_id == group)
        )
    )


def _candidates(conn: Connection, item: Item) -> list[tuple[Item, str]]:
    """Stored events that share the item's block and a month bucket, with their component ids."""
    wanted = query_buckets(item)
    keys = select(agg_event_blocks.c.event_key).where(agg_event_blocks.c.block == item.block)
    if wanted is not None:
        keys = keys.where(agg_event_blocks.c.bucket.in_(wanted))
    rows = conn.execute(
        select(*_ITEM_COLUMNS, agg_event_clusters.c.component_id)
        .join(documents, documents.c.id == events.c.document_id)
        .join(agg_event_clusters, agg_event_clusters.c.event_key == events.c.key)
        .where(events.c.key.in_(keys), events.c.document_id != item.document_id)
    ).all()
    found = with_twins(_item(row) for row in rows)
    return [(found_item, row.component_id) for found_item, row in zip(found, rows, strict=True)]


def _add_events(conn: Connection, items: Sequence[Item], names: NameResolver) -> set[str]:
    """Cluster the stored events of one new document; the canonical ids whose members changed
    (new, grown, merged away or split)."""
    for item in items:
        conn.execute(
            insert(agg_event_blocks),
            [{"event_key": item.key, "bucket": b, "block": item.block} for b in buckets(item)],
        )
    # The new components: the document's events with the stored components they link to.
    joins = Components()
    for item in items:
        joins.find(item.key)
        for other, component in _candidates(conn, item):
            if linked(item, other, names):
                joins.union(item.key, component)
    groups: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        groups[joins.find(item.key)].append(item)
    old: dict[str, set[str]] = defaultdict(set)
    for key in list(joins.parent):
        old[joins.find(key)].add(key)
    touched: set[str] = set()
    for root, new in groups.items():
        touched |= _recluster(conn, new, old[root] - {i.key for i in new}, names)
    return touched


def _recluster(
    conn: Connection, new: Sequence[Item], components: set[str], names: NameResolver
) -> set[str]:
    """Store the canonical events of one component: the stored ``components`` joined by the
    ``new`` events of one document; the canonical ids whose members changed."""
    component = min(components | {i.key for i in new})
    stored = conn.execute(
        select(
            agg_event_clusters.c.event_key,
            agg_event_clusters.c.document_id,
            agg_event_clusters.c.cluster_id,
        ).where(agg_event_clusters.c.component_id.in_(sorted(components)))
    ).all() if components else []  # fmt: skip
    touched = set(components) | {component}
    documents = [row.document_id for row in stored] + [i.document_id for i in new]
    apart = False
    if len(set(documents)) < len(documents):  # two events of one document: told apart?
        members = [*_stored_items(conn, stored), *new]
        apart = conflicted(members)
    if apart:
        after = split(members, names)
        moved: dict[str, list[str]] = defaultdict(list)
        for row in stored:
            if after[row.event_key] != row.cluster_id:
                moved[after[row.event_key]].append(row.event_key)
                touched.add(row.cluster_id)
        for cluster_id, keys in moved.items():
            for chunk in chunks(sorted(keys)):
                conn.execute(
                    update(agg_event_clusters)
                    .where(agg_event_clusters.c.event_key.in_(chunk))
                    .values(cluster_id=cluster_id)
                )
        touched |= set(after.values())
    else:  # one canonical event: the stored components (one canonical event each) merge
        after = {i.key: component for i in new}
    if merged := sorted(components - {component}):
        values = {"component_id": component}
        if not apart:
            values["cluster_id"] = component
        conn.execute(
            update(agg_event_clusters)
            .where(agg_event_clusters.c.component_id.in_(merged))
            .values(**values)
        )
    conn.execute(
        insert(agg_event_clusters),
        [
            {
                "event_key": i.key,
                "document_id": i.document_id,
                "cluster_id": after[i.key],
                "component_id": component,
            }
            for i in new
        ],
    )
    return touched


def _stored_items(conn: Connection, stored: Sequence[Any]) -> list[Item]:
    """The stored events of a component as items, with the twins of their documents (all of a
    document's events are read, as in a batch)."""
    wanted = {row.event_key for row in stored}
    rows: list[Any] = []
    for chunk in chunks(sorted({row.document_id for row in stored})):
        rows += conn.execute(
            select(*_ITEM_COLUMNS)
            .join(documents, documents.c.id == events.c.document_id)
            .where(events.c.document_id.in_(chunk))
        ).all()
    return [item for item in with_twins(_item(row) for row in rows) if item.key in wanted]


def has_unclustered(conn: Connection) -> bool:
    """Whether some stored event, document or exchange is missing from the aggregate tables
    (an exchange from the deal index: a store migrated from before it)."""
    event = select(events.c.key).where(
        ~select(agg_event_clusters.c.event_key)
        .where(agg_event_clusters.c.event_key == events.c.key)
        .exists()
    )
    doc = select(documents.c.id).where(
        ~select(agg_documents.c.document_id)
        .where(agg_documents.c.document_id == documents.c.id)
        .exists()
    )
    exchange = select(exchange_events.c.exchange_id).where(
        ~select(agg_deal_exchanges.c.exchange_id)
        .where(agg_deal_exchanges.c.exchange_id == exchange_events.c.exchange_id)
        .exists()
    )
    return any(conn.execute(stmt.limit(1)).first() is not None for stmt in (event, doc, exchange))


# --- batch --------------------------------------------------------------------------------


def _insert_all(conn: Connection, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    """Bulk insert; tables without JSON columns go straight to the driver's executemany (the
    per-row parameter processing of SQLAlchemy would cost more than the database does)."""
    raw = not any(isinstance(c.type, JSON) for c in table.columns)
    for chunk in chunks(rows, BATCH):
        if not raw:
            conn.execute(insert(table), chunk)
            continue
        compiled = insert(table).compile(dialect=conn.dialect, column_keys=list(chunk[0]))
        if compiled.positional:
            order = compiled.positiontup or []
            conn.exec_driver_sql(str(compiled), [tuple(r[k] for k in order) for r in chunk])
        else:
            conn.exec_driver_sql(str(compiled), chunk)


def _document_groups(
    conn: Connection,
) -> tuple[dict[str, list[int]], dict[str, list[int]], dict[str, str]]:
    """Signatures and band keys of every stored document, and their near-duplicate groups."""
    sigs: dict[str, list[int]] = {}
    # yield_per for this statement only: set on the connection, it would stay on and make every
    # later statement of the transaction use a server-side cursor (no executemany on PostgreSQL).
    result = conn.execute(
        select(documents.c.id, documents.c.text).order_by(documents.c.id),
        execution_options={"yield_per": BATCH},
    )
    for part in result.partitions():
        sigs.update(zip([r.id for r in part], signatures([r.text for r in part]), strict=True))
    all_keys = band_keys(np.asarray(list(sigs.values()))) if sigs else np.zeros((0, 0))
    keys = {d: sorted({int(k) for k in row}) for d, row in zip(sigs, all_keys, strict=True)}
    by_band: dict[int, list[str]] = defaultdict(list)
    for doc_id, doc_keys in keys.items():
        for band in doc_keys:
            by_band[band].append(doc_id)
    parts = Components()
    for members in by_band.values():
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                if parts.find(a) != parts.find(b) and is_near_duplicate(sigs[a], sigs[b]):
                    parts.union(a, b)
    return sigs, keys, {doc_id: parts.find(doc_id) for doc_id in sigs}


def rebuild(conn: Connection, names: NameResolver) -> tuple[int, int]:
    """Recompute near-duplicate groups and all clusters from scratch; (documents, events)."""
    for table in (agg_event_clusters, agg_event_blocks, agg_document_bands, agg_documents):
        conn.execute(delete(table))
    sigs, keys, groups = _document_groups(conn)
    _insert_all(
        conn,
        agg_documents,
        ({"document_id": d, "group_id": groups[d], "signature": s} for d, s in sigs.items()),
    )
    found = conn.execute(select(agg_documents.c.document_id, agg_documents.c.seq))
    seqs = {row.document_id: row.seq for row in found}
    _insert_all(
        conn,
        agg_document_bands,
        sorted(
            ({"band": k, "seq": seqs[d]} for d, ks in keys.items() for k in ks),
            key=lambda r: (r["band"], r["seq"]),
        ),
    )
    rows = conn.execute(
        select(*_ITEM_COLUMNS).join(documents, documents.c.id == events.c.document_id)
    ).all()
    items = [_item(row) for row in rows]
    clusters = canonical(items, names)
    _insert_all(
        conn,
        agg_event_blocks,
        ({"event_key": i.key, "bucket": b, "block": i.block} for i in items for b in buckets(i)),
    )
    _insert_all(
        conn,
        agg_event_clusters,
        (
            {
                "event_key": i.key,
                "document_id": i.document_id,
                "cluster_id": clusters[i.key][0],
                "component_id": clusters[i.key][1],
            }
            for i in items
        ),
    )
    deals = dealindex.rebuild(conn, names)
    log.info("clustered %d events of %d documents; %d deals", len(items), len(sigs), deals)
    return len(sigs), len(items)


def memberships(conn: Connection, keys: Sequence[str] | None = None) -> dict[str, tuple[str, str]]:
    """Event key → (cluster id, near-duplicate group of its document), for ``keys`` or all."""
    stmt = select(
        agg_event_clusters.c.event_key, agg_event_clusters.c.cluster_id, agg_documents.c.group_id
    ).join(agg_documents, agg_documents.c.document_id == agg_event_clusters.c.document_id)
    rows = conn.execute(stmt).all()
    wanted = None if keys is None else set(keys)
    return {
        row.event_key: (row.cluster_id, row.group_id)
        for row in rows
        if wanted is None or row.event_key in wanted
    }

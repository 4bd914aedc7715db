"""Canonical deals, listed from the stored deal index and built only for the page asked for.

The deal index (:mod:`detente.aggregate.dealindex`: ``agg_deals``, ``agg_deal_clusters``,
``agg_deal_exchanges``, kept up to date at ingest) says which canonical events and exchanges form
each deal and its date. A listing filters, orders and pages those rows in the database; only the
deals of the requested page are then built in full (reconciled events, reports), so a request
touches the rows of one page, not every stored event. Deals of documents stored without
clustering appear after ``detente recluster`` (ingest clusters first, see ``ensure_clustered``).
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, and_, or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from detente.aggregate.dealindex import Cluster, chunks
from detente.aggregate.persons import NameResolver, default_resolver
from detente.aggregate.queries import Source, view_of
from detente.aggregate.reconcile import Report, reconcile
from detente.errors import E_BAD_CURSOR, E_STORE_READ, ConfigError, StoreError
from detente.model import CanonicalDeal, CanonicalEvent, DealReport, DocumentRef, Filter
from detente.store.engine import problem_text
from detente.store.sql import date_condition
from detente.store.tables import (
    agg_deal_clusters,
    agg_deal_exchanges,
    agg_deals,
    agg_documents,
    agg_event_clusters,
    documents,
    events,
    exchanges,
)

log = logging.getLogger(__name__)


@dataclass
class DealEntry:
    """One deal of the index: its id, date, canonical events and reporting exchanges."""

    id: str
    date: str | None = None
    clusters: dict[str, Cluster] = field(default_factory=dict)
    exchanges: list[int] = field(default_factory=list)


def _reading(source: Source) -> Connection:
    return view_of(source)._engine.connect()  # the aggregate tables share the store's engine


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


def _deal_order(conn: Connection) -> tuple[Any, Any]:
    """Date (undated last), then id compared byte by byte, as Python sorts them."""
    deal_id: Any = agg_deals.c.deal_id
    if conn.dialect.name == "postgresql":  # the database's collation may ignore punctuation
        deal_id = deal_id.collate("C")
    return deal_id, (agg_deals.c.date.asc().nulls_last(), deal_id)


def _criteria(flt: Filter) -> list[ColumnElement[bool]]:
    """For each of actor, target, type in ``flt``, one of the deal's events has it; its date
    lies in ``[since, until]``."""
    wanted = {
        "actor": flt.actor.upper() if flt.actor else None,
        "target": flt.target.upper() if flt.target else None,
        "type": str(flt.type) if flt.type else None,
    }
    criteria: list[ColumnElement[bool]] = [
        agg_deals.c.deal_id.in_(
            select(agg_deal_clusters.c.deal_id).where(agg_deal_clusters.c[name] == value)
        )
        for name, value in wanted.items()
        if value is not None
    ]
    dated = date_condition(agg_deals.c.date, flt)
    return criteria if dated is None else [*criteria, dated]


def _after(conn: Connection, deal_id: Any, criteria: list[ColumnElement[bool]], after: str) -> Any:
    """Deals after the one with id ``after`` in the listing order; :class:`ConfigError` if no
    deal matching the criteria has that id."""
    found = conn.execute(
        select(agg_deals.c.date).where(agg_deals.c.deal_id == after, *criteria)
    ).first()
    if found is None:
        raise ConfigError(E_BAD_CURSOR.format(value=after))
    later = deal_id > after
    if found.date is None:
        return and_(agg_deals.c.date.is_(None), later)
    date = agg_deals.c.date
    return or_(date > found.date, date.is_(None), and_(date == found.date, later))


def _entries(conn: Connection, heads: Sequence[Any]) -> list[DealEntry]:
    """Index entries (canonical events, exchanges) of these ``(deal_id, date)`` rows, in order."""
    entries = {row.deal_id: DealEntry(id=row.deal_id, date=row.date) for row in heads}
    for chunk in chunks(list(entries)):
        found = conn.execute(
            select(agg_deal_clusters).where(agg_deal_clusters.c.deal_id.in_(chunk))
        )
        for row in found:
            entries[row.deal_id].clusters[row.cluster_id] = Cluster(
                row.type, row.actor, row.target, row.date
            )
        stmt = select(agg_deal_exchanges).where(agg_deal_exchanges.c.deal_id.in_(chunk))
        for row in conn.execute(stmt.order_by(agg_deal_exchanges.c.exchange_id)):
            entries[row.deal_id].exchanges.append(row.exchange_id)
    return list(entries.values())


def _index_page(
    source: Source, flt: Filter, after: str | None = None, limit: int | None = None
) -> tuple[list[DealEntry], bool]:
    """The entries of the deals matching ``flt`` after the deal ``after`` (at most ``limit``),
    and whether more follow."""
    criteria = _criteria(flt)
    try:
        with _reading(source) as conn:
            deal_id, order = _deal_order(conn)
            where = [*criteria, _after(conn, deal_id, criteria, after)] if after else criteria
            stmt = select(agg_deals.c.deal_id, agg_deals.c.date).where(*where).order_by(*order)
            heads = conn.execute(stmt if limit is None else stmt.limit(limit + 1)).all()
            more = limit is not None and len(heads) > limit
            return _entries(conn, heads[:limit] if more else heads), more
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc


def _canonical(
    source: Source, member: dict[str, tuple[str, str]], names: NameResolver
) -> dict[str, CanonicalEvent]:
    """The reconciled canonical events of these members (event key → (cluster id, group))."""
    reports: dict[str, list[Report]] = defaultdict(list)
    for event in view_of(source).events_with_keys(sorted(member)):
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


def _build(
    source: Source, entries: Sequence[DealEntry], names: NameResolver
) -> list[CanonicalDeal]:
    """The full deals of these index entries (reconciled events, reports, sources)."""
    try:
        with _reading(source) as conn:
            ids = sorted({c for e in entries for c in e.clusters})
            member = {row.key: (row[0], row[1]) for row in _members(conn, ids)}
            reports = _reports(conn, sorted({x for e in entries for x in e.exchanges}))
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc
    canon = _canonical(source, member, names)
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


def deals(
    source: Source, flt: Filter | None = None, names: NameResolver | None = None
) -> list[CanonicalDeal]:
    """Canonical deals: exchanges of all documents joined through their canonical events.

    A deal is kept when, for each criterion of ``flt`` (actor, target, type), one of its events
    matches it, and its date lies in ``[since, until]``. Ordered by date, then id.
    """
    names = names or default_resolver()
    entries, _ = _index_page(source, flt or Filter())
    return [deal for chunk in chunks(entries) for deal in _build(source, chunk, names)]


def deal_page(
    source: Source, flt: Filter | None = None, *, after: str | None = None, limit: int = 50
) -> tuple[list[CanonicalDeal], str | None]:
    """One page of :func:`deals` after the deal with id ``after``, and the id to continue after
    (None on the last page); only the page's deals are built. :class:`ConfigError` if no deal
    matching ``flt`` has the id ``after``."""
    shown, more = _index_page(source, flt or Filter(), after, limit)
    return _build(source, shown, default_resolver()), (shown[-1].id if more and shown else None)


def _where(source: Source, condition: ColumnElement[bool]) -> list[CanonicalDeal]:
    """The deals whose id satisfies ``condition`` (on ``agg_deals.deal_id``), built."""
    try:
        with _reading(source) as conn:
            heads = conn.execute(
                select(agg_deals.c.deal_id, agg_deals.c.date).where(condition)
            ).all()
            entries = _entries(conn, heads)
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc
    entries.sort(key=lambda e: (e.date is None, e.date or "", e.id))
    return _build(source, entries, default_resolver())


def deal(source: Source, deal_id: str) -> CanonicalDeal | None:
    """The deal with this id (``deal:<event id>``), or None."""
    found = _where(source, agg_deals.c.deal_id == deal_id)
    return found[0] if found else None


def deals_with(source: Source, event_id: str) -> list[CanonicalDeal]:
    """The deals one side of which is the canonical event ``event_id``; only those are built."""
    owner = select(agg_deal_clusters.c.deal_id).where(agg_deal_clusters.c.cluster_id == event_id)
    return _where(source, agg_deals.c.deal_id.in_(owner))

"""Canonical deals, listed from a light index and built only for the page asked for.

The index (:func:`deal_index`) reads plain rows from the cluster tables: which canonical events
each stored exchange links, and the date, type, actor and target of every canonical event in some
deal. That is enough to join the exchanges into deals (connected components), date, filter and
order them. Only the deals of the requested page are then built in full (reconciled events,
reports), so a request touches the rows of one page, not every stored event.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sqlalchemy import Connection, func, literal, select
from sqlalchemy.exc import SQLAlchemyError

from detente.aggregate.dedupe import Components
from detente.aggregate.persons import NameResolver, default_resolver
from detente.aggregate.queries import Source, in_range, view_of
from detente.aggregate.reconcile import Report, best_date, reconcile
from detente.errors import E_BAD_CURSOR, E_STORE_READ, ConfigError, StoreError
from detente.model import CanonicalDeal, CanonicalEvent, DealReport, DocumentRef, Filter
from detente.store.engine import problem_text
from detente.store.sql import check_date
from detente.store.tables import (
    agg_documents,
    agg_event_clusters,
    documents,
    events,
    exchange_events,
    exchanges,
)

log = logging.getLogger(__name__)

_CHUNK = 500
"""Ids per ``IN`` list, and deals built at a time."""
T = TypeVar("T")


@dataclass(frozen=True)
class _Cluster:
    """What the index needs of a canonical event: its blocking fields and reconciled date."""

    type: str
    actor: str | None
    target: str | None
    date: str | None


@dataclass
class DealEntry:
    """One deal of the index: its id, date, canonical events and reporting exchanges."""

    id: str
    clusters: dict[str, _Cluster] = field(default_factory=dict)
    exchanges: list[int] = field(default_factory=list)

    @property
    def date(self) -> str | None:
        """The latest date among its events."""
        dates = [c.date for c in self.clusters.values() if c.date]
        return max(dates) if dates else None

    def matches(self, flt: Filter) -> bool:
        """For each of actor, target, type in ``flt``, one of its events has it."""
        wanted = {
            "actor": flt.actor.upper() if flt.actor else None,
            "target": flt.target.upper() if flt.target else None,
            "type": str(flt.type) if flt.type else None,
        }
        return all(
            any(getattr(c, name) == value for c in self.clusters.values())
            for name, value in wanted.items()
            if value is not None
        )


def _chunks(items: Sequence[T]) -> Iterator[list[T]]:
    for start in range(0, len(items), _CHUNK):
        yield list(items[start : start + _CHUNK])


def _reading(source: Source) -> Connection:
    return view_of(source)._engine.connect()  # the aggregate tables share the store's engine


def _links(conn: Connection) -> dict[int, list[str]]:
    """Every stored exchange id → the canonical event ids of its events, in order."""
    stmt = (
        select(
            exchange_events.c.exchange_id,
            func.coalesce(agg_event_clusters.c.cluster_id, exchange_events.c.event_key),
        )
        .outerjoin(agg_event_clusters, agg_event_clusters.c.event_key == exchange_events.c.event_key)
        .order_by(exchange_events.c.exchange_id, exchange_events.c.position)
    )
    found: dict[int, list[str]] = defaultdict(list)
    for exchange_id, cid in conn.execute(stmt):
        found[exchange_id].append(cid)
    return found


def _members(conn: Connection, ids: Sequence[str]) -> Iterator[Any]:
    """Rows (canonical id, near-duplicate group, event key) for every event of these clusters;
    an event not clustered yet is a cluster of its own (id = key, group = its document)."""
    for chunk in _chunks(ids):
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


def _clusters(conn: Connection, ids: Sequence[str]) -> dict[str, _Cluster]:
    """The blocking fields and reconciled date of each of these canonical events, from grouped
    rows: (canonical id, date, number of near-duplicate groups giving it)."""
    dated: dict[str, dict[str, int]] = defaultdict(dict)
    fields: dict[str, Any] = {}
    for chunk in _chunks(ids):
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
        cid: _Cluster(row.type, row.actor, row.target, best_date(dated[cid]))
        for cid, row in fields.items()
    }


def deal_index(source: Source) -> list[DealEntry]:
    """Every deal (exchanges joined through their canonical events), by date (undated last),
    then id."""
    try:
        with _reading(source) as conn:
            links = _links(conn)
            clusters = _clusters(conn, sorted({cid for ids in links.values() for cid in ids}))
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc
    parts = Components()
    for ids in links.values():
        for other in ids[1:]:
            parts.union(ids[0], other)
    entries: dict[str, DealEntry] = {}
    for exchange_id, ids in links.items():
        root = parts.find(ids[0])
        entry = entries.setdefault(root, DealEntry(id=f"deal:{root}"))
        entry.clusters.update((cid, clusters[cid]) for cid in ids)
        entry.exchanges.append(exchange_id)
    return sorted(entries.values(), key=lambda e: (e.date is None, e.date or "", e.id))


def _selected(source: Source, flt: Filter) -> list[DealEntry]:
    since, until = (check_date(d) if d else None for d in (flt.since, flt.until))
    return [e for e in deal_index(source) if e.matches(flt) and in_range(e.date, since, until)]


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
    for chunk in _chunks(ids):
        stmt = (
            select(exchanges.c.id, exchanges.c.evidence, documents.c.id.label("doc"))
            .add_columns(documents.c.source, documents.c.title, documents.c.published)
            .join(documents, documents.c.id == exchanges.c.document_id)
            .where(exchanges.c.id.in_(chunk))
        )
        for row in conn.execute(stmt):
            ref = DocumentRef(id=row.doc, source=row.source, title=row.title, published=row.published)
            found[row.id] = DealReport(document=ref, evidence=row.evidence)
    return found


def _build(source: Source, entries: Sequence[DealEntry], names: NameResolver) -> list[CanonicalDeal]:
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
    entries = _selected(source, flt or Filter())
    return [deal for chunk in _chunks(entries) for deal in _build(source, chunk, names)]


def deal_page(
    source: Source, flt: Filter | None = None, *, after: str | None = None, limit: int = 50
) -> tuple[list[CanonicalDeal], str | None]:
    """One page of :func:`deals` after the deal with id ``after``, and the id to continue after
    (None on the last page); only the page's deals are built. :class:`ConfigError` if no deal
    matching ``flt`` has the id ``after``."""
    entries = _selected(source, flt or Filter())
    start = 0
    if after is not None:
        ids = [e.id for e in entries]
        if after not in ids:
            raise ConfigError(E_BAD_CURSOR.format(value=after))
        start = ids.index(after) + 1
    shown = entries[start : start + limit]
    more = start + limit < len(entries)
    return _build(source, shown, default_resolver()), (shown[-1].id if more and shown else None)


def deal(source: Source, deal_id: str) -> CanonicalDeal | None:
    """The deal with this id (``deal:<event id>``), or None."""
    found = _built_where(source, lambda entry: entry.id == deal_id)
    return found[0] if found else None


def deals_with(source: Source, event_id: str) -> list[CanonicalDeal]:
    """The deals one side of which is the canonical event ``event_id``; only those are built."""
    return _built_where(source, lambda entry: event_id in entry.clusters)


def _built_where(source: Source, keep: Callable[[DealEntry], bool]) -> list[CanonicalDeal]:
    return _build(source, [e for e in deal_index(source) if keep(e)], default_resolver())

"""Canonical deals, listed from the stored deal index; each deal's JSON is stored with it.

The deal index (:mod:`detente.aggregate.dealindex`: ``agg_deals``, ``agg_deal_clusters``,
``agg_deal_exchanges``, kept up to date at ingest) says which canonical events and exchanges form
each deal, its date, and holds the deal built in full (reconciled events with their mentions,
reports) as JSON. A listing filters, orders and pages those rows in the database and returns the
stored deals, so a request reads the rows of one page and reconciles nothing. A caller with its
own name resolver gets deals built now (:mod:`detente.aggregate.dealbuild`). Deals of documents
stored without clustering appear after ``detente recluster`` (ingest clusters first).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from detente.aggregate.dealbuild import Cluster, DealEntry, build
from detente.aggregate.persons import NameResolver, default_resolver
from detente.aggregate.queries import Source, view_of
from detente.errors import E_BAD_CURSOR, E_STORE_READ, ConfigError, StoreError
from detente.model import CanonicalDeal, DealSummary, Filter
from detente.store.engine import problem_text
from detente.store.filters import after_dated, date_condition
from detente.store.sql import chunks
from detente.store.tables import agg_deal_clusters, agg_deal_exchanges, agg_deals

log = logging.getLogger(__name__)

_HEADS = (agg_deals.c.deal_id, agg_deals.c.date, agg_deals.c.body)
_SUMMARY_HEADS = (agg_deals.c.deal_id, agg_deals.c.date, agg_deals.c.summary)


def _reading(source: Source) -> Connection:
    return view_of(source)._engine.connect()  # the aggregate tables share the store's engine


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
    return after_dated(agg_deals.c.date, found.date, deal_id > after)


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


def _bodies(conn: Connection, heads: Sequence[Any], names: NameResolver | None) -> list[str]:
    """The JSON of each deal of these index rows, in order: the stored one, or built now when
    ``names`` is given or none is stored (a store migrated from before the deal bodies)."""
    missing = [row for row in heads if names is not None or row.body is None]
    built = {}
    for chunk in chunks(missing):
        for found in build(conn, _entries(conn, chunk), names or default_resolver()):
            built[found.id] = found.model_dump_json()
    return [built[row.deal_id] if row.deal_id in built else row.body for row in heads]


def _summaries(conn: Connection, heads: Sequence[Any]) -> list[str]:
    """The summary JSON of each deal of these index rows, in order: the stored one, or made
    from the stored deal (a store migrated from before the summaries)."""
    made = {}
    for chunk in chunks([row.deal_id for row in heads if row.summary is None]):
        rows = conn.execute(select(*_HEADS).where(agg_deals.c.deal_id.in_(chunk))).all()
        for row, body in zip(rows, _bodies(conn, rows, None), strict=True):
            full = CanonicalDeal.model_validate_json(body)
            made[row.deal_id] = DealSummary.of(full).model_dump_json()
    return [made.get(row.deal_id, row.summary) for row in heads]


def _index_page(
    source: Source,
    flt: Filter,
    after: str | None = None,
    limit: int | None = None,
    names: NameResolver | None = None,
    summaries: bool = False,
) -> tuple[list[str], str | None]:
    """The JSON of the deals (or of their summaries) matching ``flt`` after the deal ``after``
    (at most ``limit``), and the id to continue after (None on the last page)."""
    criteria = _criteria(flt)
    try:
        with _reading(source) as conn:
            deal_id, order = _deal_order(conn)
            where = [*criteria, _after(conn, deal_id, criteria, after)] if after else criteria
            stmt = select(*(_SUMMARY_HEADS if summaries else _HEADS)).where(*where).order_by(*order)
            heads = conn.execute(stmt if limit is None else stmt.limit(limit + 1)).all()
            more = limit is not None and len(heads) > limit
            shown = heads[:limit] if more else heads
            found = _summaries(conn, shown) if summaries else _bodies(conn, shown, names)
            return found, (shown[-1].deal_id if more and shown else None)
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc


def _models(bodies: list[str]) -> list[CanonicalDeal]:
    return [CanonicalDeal.model_validate_json(body) for body in bodies]


def deals(
    source: Source, flt: Filter | None = None, names: NameResolver | None = None
) -> list[CanonicalDeal]:
    """Canonical deals: exchanges of all documents joined through their canonical events.

    A deal is kept when, for each criterion of ``flt`` (actor, target, type), one of its events
    matches it, and its date lies in ``[since, until]``. Ordered by date, then id. With
    ``names``, the deals are built now with that resolver (else they are the stored ones, built
    at ingest with the default resolver).
    """
    return _models(_index_page(source, flt or Filter(), names=names)[0])


def deal_page_json(
    source: Source, flt: Filter | None = None, *, after: str | None = None, limit: int = 50
) -> tuple[list[str], str | None]:
    """:func:`deal_page` as the stored JSON of each deal (what the API answers with)."""
    return _index_page(source, flt or Filter(), after, limit)


def deal_summaries(source: Source, flt: Filter | None = None) -> list[DealSummary]:
    """The summaries of :func:`deals` (what each side gave, without the reports), same order."""
    bodies = _index_page(source, flt or Filter(), summaries=True)[0]
    return [DealSummary.model_validate_json(body) for body in bodies]


def deal_summary_page_json(
    source: Source, flt: Filter | None = None, *, after: str | None = None, limit: int = 50
) -> tuple[list[str], str | None]:
    """:func:`deal_page_json` as the stored JSON of each deal's summary (the ``/deals`` listing)."""
    return _index_page(source, flt or Filter(), after, limit, summaries=True)


def deal_page(
    source: Source, flt: Filter | None = None, *, after: str | None = None, limit: int = 50
) -> tuple[list[CanonicalDeal], str | None]:
    """One page of :func:`deals` after the deal with id ``after``, and the id to continue after
    (None on the last page); only the page's deals are read. :class:`ConfigError` if no deal
    matching ``flt`` has the id ``after``."""
    bodies, last = deal_page_json(source, flt, after=after, limit=limit)
    return _models(bodies), last


def _where(source: Source, condition: ColumnElement[bool]) -> list[CanonicalDeal]:
    """The deals whose id satisfies ``condition`` (on ``agg_deals.deal_id``), by date and id."""
    try:
        with _reading(source) as conn:
            heads = sorted(
                conn.execute(select(*_HEADS).where(condition)),
                key=lambda row: (row.date is None, row.date or "", row.deal_id),
            )
            return _models(_bodies(conn, heads, None))
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc


def deal(source: Source, deal_id: str) -> CanonicalDeal | None:
    """The deal with this id (``deal:<event id>``), or None."""
    found = _where(source, agg_deals.c.deal_id == deal_id)
    return found[0] if found else None


def deals_with(source: Source, event_id: str) -> list[CanonicalDeal]:
    """The deals one side of which is the canonical event ``event_id``."""
    owner = select(agg_deal_clusters.c.deal_id).where(agg_deal_clusters.c.cluster_id == event_id)
    return _where(source, agg_deals.c.deal_id.in_(owner))

"""The SQL store: :class:`Store`, :class:`Writer` and :class:`View` over SQLAlchemy Core.

Only portable Core constructs are used (JSON columns, ``substr``/``length``), so the same code runs
on SQLite and PostgreSQL. Filters and paging conditions: :mod:`detente.store.filters`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Engine,
    RowMapping,
    func,
    insert,
    select,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import ColumnElement

from detente.errors import (
    E_STORE_READ,
    E_STORE_WRITE,
    StoreError,
)
from detente.model import (
    Analysis,
    Deal,
    Document,
    DocumentRef,
    Event,
    Evidence,
    Filter,
    OfficialMatch,
    Stock,
    StoredEvent,
    StoredStock,
)
from detente.store.cache import (
    Counters,
    EventCache,
    GenerationReader,
    scope_names,
    scoped,
    track_writes,
)
from detente.store.engine import problem_text
from detente.store.filters import after_dated as after_dated  # re-exported
from detente.store.filters import (
    after_event,
    after_key,
    date_condition,
    event_criteria,
    exchange_key,
    parse_exchange_key,
)
from detente.store.filters import check_date as check_date  # re-exported
from detente.store.tables import (
    corroborations,
    documents,
    events,
    exchange_events,
    exchanges,
    stocks,
)

log = logging.getLogger(__name__)

IN_LIST = 500
"""Values per ``IN`` list: keeps statements within every driver's parameter limits."""
T = TypeVar("T")


def chunks(items: Iterable[T], size: int = IN_LIST) -> Iterator[list[T]]:
    """``items`` in lists of at most ``size`` (bounded ``IN`` lists, batched inserts)."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


KEY_PREFIX_LEN = 12
"""Hex digits of the document id that prefix an event's store key."""

_EVENT_FIELDS = tuple(name for name in Event.model_fields if name != "id")
_STOCK_FIELDS = tuple(Stock.model_fields)
_DOC_COLUMNS = (
    documents.c.source.label("doc_source"),
    documents.c.title.label("doc_title"),
    documents.c.published.label("doc_published"),
)


def event_key(document_id: str, local_id: str) -> str:
    """The store-wide key of an event: ``<first 12 hex of the document id>:<local id>``."""
    return f"{document_id[:KEY_PREFIX_LEN]}:{local_id}"


def _doc_ref(row: RowMapping) -> DocumentRef:
    return DocumentRef(
        id=row["document_id"],
        source=row["doc_source"],
        title=row["doc_title"],
        published=row["doc_published"],
    )


def _stored_event(row: RowMapping) -> StoredEvent:
    fields = {name: row[name] for name in _EVENT_FIELDS}
    return StoredEvent.model_validate(
        {**fields, "id": row["local_id"], "key": row["key"], "document": _doc_ref(row)}
    )


_CORROBORATION_COLUMNS = tuple(
    c.label(f"corroboration_{c.name}") for c in corroborations.c if c.name != "event_key"
)


def _with_corroboration(event: StoredEvent, row: RowMapping) -> StoredEvent:
    """The event with the corroboration columns of its row (if read and stored) attached."""
    if row.get("corroboration_status") is None:
        return event
    fields = {c.name.removeprefix("corroboration_"): row[c.name] for c in _CORROBORATION_COLUMNS}
    event.corroboration = OfficialMatch.model_validate({**fields, "event_key": event.key})
    return event


def _stored_stock(row: RowMapping) -> StoredStock:
    fields = {name: row[name] for name in _STOCK_FIELDS}
    return StoredStock.model_validate({**fields, "document": _doc_ref(row)})


def _evidence(items: list[Evidence]) -> list[dict[str, Any]]:
    return [item.model_dump(mode="json") for item in items]


def events_with_keys(conn: Connection, keys: Sequence[str]) -> list[StoredEvent]:
    """The stored events with these keys, read on ``conn`` (also inside a write transaction);
    unknown keys are skipped; in key order."""
    found: list[StoredEvent] = []
    for chunk in chunks(keys):
        stmt = (
            select(events, *_DOC_COLUMNS)
            .join(documents, documents.c.id == events.c.document_id)
            .where(events.c.key.in_(chunk))
        )
        found += [_stored_event(row) for row in conn.execute(stmt).mappings()]
    return sorted(found, key=lambda event: event.key)


class Writer:
    """Adds analysed documents inside one open transaction (see :meth:`Store.writer`)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn

    def add(self, doc: Document, analysis: Analysis) -> bool:
        """Store a document and its analysis; False, changing nothing, if it is already stored."""
        if not doc.id:
            raise StoreError(E_STORE_WRITE.format(problem=f"{doc.source}: the document has no id"))
        if analysis.document.id and analysis.document.id != doc.id:
            problem = (
                f"document {doc.id[:KEY_PREFIX_LEN]}: the analysis is of another document "
                f"({analysis.document.id[:KEY_PREFIX_LEN]})"
            )
            raise StoreError(E_STORE_WRITE.format(problem=problem))
        try:
            if self.has(doc.id):
                log.debug("document %s is already stored", doc.id[:KEY_PREFIX_LEN])
                return False
            # A savepoint: a failure undoes this document only, whatever the writer holds.
            # Stored rows change only answers about their events' actors and targets and their
            # stocks' countries (cached answers about other countries stay valid).
            with self._conn.begin_nested(), scoped(self._conn) as reach:
                reach.update(scope_names(c for e in analysis.events for c in (e.actor, e.target)))
                reach.update(scope_names(stock.country for stock in analysis.stocks))
                self._insert(doc, analysis)
        except SQLAlchemyError as exc:
            problem = f"document {doc.id[:KEY_PREFIX_LEN]}: {problem_text(exc)}"
            raise StoreError(E_STORE_WRITE.format(problem=problem)) from exc
        return True

    def has(self, doc_id: str) -> bool:
        """Whether a document with this id is stored (or written in this transaction)."""
        found = self._conn.scalar(select(documents.c.id).where(documents.c.id == doc_id))
        return found is not None

    def _insert(self, doc: Document, analysis: Analysis) -> None:
        conn = self._conn
        conn.execute(insert(documents).values(**doc.model_dump(), ingested_at=datetime.now(UTC)))
        event_rows = [
            {
                **event.model_dump(mode="json", exclude={"id"}),
                "key": event_key(doc.id, event.id),
                "document_id": doc.id,
                "local_id": event.id,
                "position": position,
            }
            for position, event in enumerate(analysis.events)
        ]
        if event_rows:
            conn.execute(insert(events), event_rows)
        for position, exchange in enumerate(analysis.exchanges):
            exchange_id = conn.scalar(
                insert(exchanges)
                .values(
                    document_id=doc.id,
                    position=position,
                    confidence=exchange.confidence,
                    evidence=_evidence(exchange.evidence),
                )
                .returning(exchanges.c.id)
            )
            links = [
                {"exchange_id": exchange_id, "position": i, "event_key": event_key(doc.id, local)}
                for i, local in enumerate(exchange.events)
            ]
            conn.execute(insert(exchange_events), links)
        stock_rows = [
            {**stock.model_dump(mode="json"), "document_id": doc.id, "position": position}
            for position, stock in enumerate(analysis.stocks)
        ]
        if stock_rows:
            conn.execute(insert(stocks), stock_rows)


class View:
    """Read queries over the store; each call reads in its own short transaction."""

    def __init__(self, engine: Engine, cache: EventCache | None = None) -> None:
        self._engine = engine
        self._cache = cache or EventCache(0)

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        try:
            with self._engine.connect() as conn:
                yield conn
        except SQLAlchemyError as exc:
            raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc

    def events(
        self,
        flt: Filter | None = None,
        *,
        after: str | None = None,
        limit: int | None = None,
        corroborated: bool = False,
    ) -> list[StoredEvent]:
        """Events matching every criterion of ``flt``, by date, then document, then local id.

        Pages (keyset pagination, stable while documents are added): ``after`` is the key of the
        last event of the previous page, ``limit`` the page size. :class:`ConfigError` if no
        event has the key ``after``. With ``corroborated``, each event carries its stored
        corroboration (news sanctions events corroborated by the lists layer), read in the same
        statement.
        """
        criteria = event_criteria(flt or Filter())
        order = (events.c.date.asc().nulls_last(), events.c.document_id, events.c.position)
        extra = _CORROBORATION_COLUMNS if corroborated else ()
        full = select(events, *_DOC_COLUMNS, *extra).join(
            documents, documents.c.id == events.c.document_id
        )
        if corroborated:
            full = full.outerjoin(corroborations, corroborations.c.event_key == events.c.key)
        with self._reading() as conn:
            if after is not None:
                criteria.append(after_event(conn, after))
            if limit is None:
                rows = conn.execute(full.where(*criteria).order_by(*order)).mappings().all()
                return [_with_corroboration(_stored_event(row), row) for row in rows]
            # A page: one statement reads its rows with their document's ingestion time; rows
            # already decoded are taken from the cache (validating a row costs more than
            # reading it).
            stamped = full.add_columns(documents.c.ingested_at.label("doc_ingested_at"))
            found = conn.execute(stamped.where(*criteria).order_by(*order).limit(limit))
            return [_with_corroboration(self._cached_event(r), r) for r in found.mappings()]

    def _cached_event(self, row: RowMapping) -> StoredEvent:
        """The event of a page row, from the cache of decoded events or decoded now."""
        stamp = (row["key"], row["doc_ingested_at"])
        found = self._cache.get(stamp)
        if found is None:
            found = _stored_event(row)
            self._cache.put(stamp, found)
        return found

    def events_with_keys(self, keys: Sequence[str]) -> list[StoredEvent]:
        """The stored events with these keys (unknown keys are skipped), in key order."""
        with self._reading() as conn:
            return events_with_keys(conn, keys)

    def deals(self, flt: Filter | None = None) -> list[Deal]:
        """Exchanges with their events resolved, keeping a deal when, for each criterion of
        ``flt`` (actor, target, type, date range), at least one of its events matches it.

        Ordered by the earliest event date, then document, then order within the document.
        """
        return [deal for _, deal in self.exchanges(flt)]

    def exchanges(
        self, flt: Filter | None = None, *, after: str | None = None, limit: int | None = None
    ) -> list[tuple[str, Deal]]:
        """The deals of :meth:`deals` with their paging keys (:func:`exchange_key`), in pages:
        ``after`` is the key of the last deal of the previous page, ``limit`` the page size.
        Only the page's exchanges are read and resolved."""
        # Each criterion picks exchanges through the events it matches (driven by the events'
        # indexes); the earliest date is computed only for the exchanges picked.
        first = (
            select(func.min(events.c.date))
            .join(exchange_events, events.c.key == exchange_events.c.event_key)
            .where(exchange_events.c.exchange_id == exchanges.c.id)
            .scalar_subquery()
        )
        criteria: list[ColumnElement[bool]] = [
            exchanges.c.id.in_(
                select(exchange_events.c.exchange_id)
                .join(events, events.c.key == exchange_events.c.event_key)
                .where(criterion)
            )
            for criterion in event_criteria(flt or Filter())
        ]
        if after is not None:
            cols = (first, exchanges.c.document_id, exchanges.c.position)
            criteria.append(after_key(*cols, parse_exchange_key(after)))
        heads_stmt = (
            select(exchanges, first.label("first_date"), *_DOC_COLUMNS)
            .join(documents, documents.c.id == exchanges.c.document_id)
            .where(*criteria)
            .order_by(first.asc().nulls_last(), exchanges.c.document_id, exchanges.c.position)
            .limit(limit)
        )
        with self._reading() as conn:
            heads = conn.execute(heads_stmt).mappings().all()
            members = self._exchange_events(conn, [row["id"] for row in heads])
        return [
            (
                exchange_key(row["first_date"], row["document_id"], row["position"]),
                Deal(document=_doc_ref(row), events=members[row["id"]], evidence=row["evidence"]),
            )
            for row in heads
        ]

    @staticmethod
    def _exchange_events(conn: Connection, ids: list[int]) -> dict[int, list[StoredEvent]]:
        """The resolved events of these exchanges, in the order each exchange lists them."""
        resolved: dict[int, list[StoredEvent]] = defaultdict(list)
        for chunk in chunks(ids):
            stmt = (
                select(exchange_events.c.exchange_id, events, *_DOC_COLUMNS)
                .join(events, events.c.key == exchange_events.c.event_key)
                .join(documents, documents.c.id == events.c.document_id)
                .where(exchange_events.c.exchange_id.in_(chunk))
                .order_by(exchange_events.c.exchange_id, exchange_events.c.position)
            )
            for row in conn.execute(stmt).mappings():
                resolved[row["exchange_id"]].append(_stored_event(row))
        return resolved

    def stocks(self, flt: Filter | None = None) -> list[StoredStock]:
        """Stock estimates: ``flt.actor`` is the holding country, dates apply to ``as_of``.

        ``flt.target`` and ``flt.type`` do not apply to stocks and are ignored. Ordered by
        ``as_of``, then document, then order within the document.
        """
        flt = flt or Filter()
        criteria: list[ColumnElement[bool]] = []
        if flt.actor:
            criteria.append(stocks.c.country == flt.actor.upper())
        dated = date_condition(stocks.c.as_of, flt)
        if dated is not None:
            criteria.append(dated)
        stmt = (
            select(stocks, *_DOC_COLUMNS)
            .join(documents, documents.c.id == stocks.c.document_id)
            .where(*criteria)
            .order_by(stocks.c.as_of.asc().nulls_last(), stocks.c.document_id, stocks.c.position)
        )
        with self._reading() as conn:
            rows = conn.execute(stmt).mappings().all()
        return [_stored_stock(row) for row in rows]

    def documents(self) -> list[DocumentRef]:
        """Headers of all stored documents, by publication date (undated last), then id."""
        stmt = select(
            documents.c.id, documents.c.source, documents.c.title, documents.c.published
        ).order_by(documents.c.published.asc().nulls_last(), documents.c.id)
        with self._reading() as conn:
            rows: Sequence[RowMapping] = conn.execute(stmt).mappings().all()
        return [DocumentRef.model_validate(dict(row)) for row in rows]

    def has_document(self, doc_id: str) -> bool:
        """Whether a document with this id is stored (one primary-key lookup)."""
        with self._reading() as conn:
            found = conn.scalar(select(documents.c.id).where(documents.c.id == doc_id))
        return found is not None

    def actors(self) -> list[str]:
        """The distinct actors of the stored events, sorted (one indexed query)."""
        query = select(events.c.actor).where(events.c.actor.is_not(None)).distinct()
        with self._reading() as conn:
            return sorted(conn.scalars(query))

    def document(self, doc_id: str) -> Document | None:
        """The stored document with this id, with its text, or None."""
        columns = [documents.c[name] for name in Document.model_fields]
        with self._reading() as conn:
            row = conn.execute(select(*columns).where(documents.c.id == doc_id)).mappings().first()
        return None if row is None else Document.model_validate(dict(row))

    def event(self, key: str) -> StoredEvent | None:
        """The stored event with this store key, or None."""
        stmt = (
            select(events, *_DOC_COLUMNS)
            .join(documents, documents.c.id == events.c.document_id)
            .where(events.c.key == key)
        )
        with self._reading() as conn:
            row = conn.execute(stmt).mappings().first()
        return None if row is None else _stored_event(row)


class Store:
    """A detente store on one database: ``writer()``/``add()`` write, ``view()`` reads."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._cache = EventCache()
        track_writes(engine)
        self._generation = GenerationReader(engine)

    @property
    def engine(self) -> Engine:
        """The SQLAlchemy engine (for tools and tests; the store API needs no SQL)."""
        return self._engine

    @contextmanager
    def writer(self) -> Iterator[Writer]:
        """A :class:`Writer` in one transaction, committed on exit, rolled back on an error."""
        try:
            with self._engine.begin() as conn:
                yield Writer(conn)
        except SQLAlchemyError as exc:
            raise StoreError(E_STORE_WRITE.format(problem=problem_text(exc))) from exc

    def add(self, doc: Document, analysis: Analysis) -> bool:
        """Store one document and its analysis in one transaction; False if already stored."""
        with self.writer() as writer:
            return writer.add(doc, analysis)

    def view(self) -> View:
        """Read access (see :class:`View`)."""
        return View(self._engine, self._cache)

    def generation(self) -> int:
        """A number every committed write increases: equal twice means nothing changed between."""
        return self._generation().generation

    def generations(self, scopes: Sequence[str] = ()) -> tuple[int, ...]:
        """``(generation(),)``; with ``scopes`` (country codes), the counters of the writes
        that can change answers about them instead (theirs and ``*``, see
        :func:`detente.store.cache.scoped`): equal twice means none of those changed between."""
        return self._generation().of(scopes)

    def counters(self) -> Counters:
        """The generation and every scope's counter, read at once (see :meth:`generations`)."""
        return self._generation()

    def close(self) -> None:
        """Release the database connections."""
        self._generation.close()
        self._engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

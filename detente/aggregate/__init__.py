"""detente across sources: canonical events, near-duplicate documents, people, deals, timelines.

>>> add_document(store, doc, analysis)              # doctest: +SKIP  (store + cluster, one transaction)
>>> canonical_events(store, Filter(actor="BLR"))    # doctest: +SKIP
>>> deals(store, Filter(actor="BLR"))               # doctest: +SKIP
>>> timeline(store, Filter(actor="BLR"))            # doctest: +SKIP
>>> person(store, "Maria Kolesnikova")              # doctest: +SKIP
"""

from __future__ import annotations

import logging

from sqlalchemy import Connection
from sqlalchemy.exc import SQLAlchemyError

from detente.aggregate import index
from detente.aggregate.deals import (
    deal,
    deal_page,
    deal_page_json,
    deal_summaries,
    deal_summary_page_json,
    deals,
    deals_with,
)
from detente.aggregate.persons import NameResolver, default_resolver, load_aliases
from detente.aggregate.queries import canonical_events, event_clusters, person, persons
from detente.aggregate.timeline import timeline
from detente.errors import E_STORE_WRITE, StoreError
from detente.model import Analysis, Document
from detente.store import Store, Writer
from detente.store.engine import problem_text

log = logging.getLogger(__name__)

__all__ = [
    "NameResolver",
    "add_document",
    "canonical_events",
    "deal",
    "deal_page",
    "deal_page_json",
    "deal_summaries",
    "deal_summary_page_json",
    "deals",
    "deals_with",
    "ensure_clustered",
    "event_clusters",
    "load_aliases",
    "person",
    "persons",
    "recluster",
    "timeline",
    "update_clusters",
]


def _connection(writer: Writer) -> Connection:
    # The writer's open transaction: the clusters are updated in the document's transaction.
    return writer._conn


def update_clusters(
    writer: Writer, doc: Document, analysis: Analysis, names: NameResolver | None = None
) -> None:
    """Add a just-stored document to the near-duplicate groups and clusters (same transaction)."""
    index.add_document(_connection(writer), doc, analysis, names or default_resolver())


def add_document(
    store: Store, doc: Document, analysis: Analysis, names: NameResolver | None = None
) -> bool:
    """Store a document and update the clusters in one transaction; False if already stored."""
    with store.writer() as writer:
        if not writer.add(doc, analysis):
            return False
        update_clusters(writer, doc, analysis, names)
        return True


def recluster(store: Store, names: NameResolver | None = None) -> tuple[int, int]:
    """Recompute every near-duplicate group and cluster from the stored events; (docs, events)."""
    try:
        with store.engine.begin() as conn:
            return index.rebuild(conn, names or default_resolver())
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_WRITE.format(problem=problem_text(exc))) from exc


def ensure_clustered(store: Store, names: NameResolver | None = None) -> bool:
    """Recluster when some stored document or event is not clustered yet; True if it did."""
    try:
        with store.engine.connect() as conn:
            missing = index.has_unclustered(conn)
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_WRITE.format(problem=problem_text(exc))) from exc
    if missing:
        log.info("some stored events are not clustered yet: reclustering the store")
        recluster(store, names)
    return missing

"""The store: documents, events, deals and stocks in any SQLAlchemy database (SQLite by default).

>>> store = open_store("sqlite:///detente.db")   # doctest: +SKIP
>>> store.add(doc, analysis)                     # doctest: +SKIP
>>> store.view().events(Filter(actor="BLR"))     # doctest: +SKIP
"""

from __future__ import annotations

import logging

from detente.store.engine import make_engine, migrate
from detente.store.sql import Store, View, Writer, event_key

log = logging.getLogger(__name__)

__all__ = ["Store", "View", "Writer", "event_key", "open_store"]


def open_store(url: str) -> Store:
    """Open (creating and migrating to the latest schema) the store at a SQLAlchemy URL.

    Raises :class:`~detente.errors.StoreError` with a one-line message when the URL has an unknown
    dialect, cannot be parsed, names a missing directory, or the server cannot be reached.
    """
    engine = make_engine(url)
    try:
        migrate(engine)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)

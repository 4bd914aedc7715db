"""Plain substring search over stored documents (headline and text), on SQLite and PostgreSQL.

Every word of the query must occur (case-insensitive for ASCII letters on SQLite, for all
letters on PostgreSQL); ``%`` and ``_`` in the query match themselves.
"""

from __future__ import annotations

import logging

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import SQLAlchemyError

from detente.errors import E_STORE_READ, StoreError
from detente.model import SearchHit
from detente.store.engine import problem_text
from detente.store.sql import Store
from detente.store.tables import documents

log = logging.getLogger(__name__)

SNIPPET_CHARS = 160
"""Characters of context shown around the first match."""
MAX_WORDS = 8
"""Query words used; more only slow the scan down."""


def snippet(text: str, word: str, width: int = SNIPPET_CHARS) -> str:
    """About ``width`` characters of ``text`` around the first occurrence of ``word``, one line."""
    at = max(text.lower().find(word.lower()), 0)
    start = max(at - width // 2, 0)
    piece = " ".join(text[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def search_documents(store: Store, query: str, limit: int) -> list[SearchHit]:
    """Documents whose headline or text contains every word of ``query``, newest first."""
    words = query.split()[:MAX_WORDS]
    if not words:
        return []
    title, text = func.lower(func.coalesce(documents.c.title, "")), func.lower(documents.c.text)
    matches = [
        or_(title.contains(w.lower(), autoescape=True), text.contains(w.lower(), autoescape=True))
        for w in words
    ]
    stmt = (
        select(documents.c.id, documents.c.title, documents.c.published, documents.c.text)
        .where(and_(*matches))
        .order_by(documents.c.published.desc().nulls_last(), documents.c.id)
        .limit(limit)
    )
    try:
        with store.engine.connect() as conn:
            rows = conn.execute(stmt).all()
    except SQLAlchemyError as exc:
        raise StoreError(E_STORE_READ.format(problem=problem_text(exc))) from exc
    return [
        SearchHit(
            kind="document",
            id=row.id,
            title=row.title or row.id[:12],
            snippet=snippet(row.text, words[0]),
            published=row.published,
        )
        for row in rows
    ]

"""Filter and paging conditions of the store's queries (SQLAlchemy Core, portable).

Date filters. Stored dates have mixed precision (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``) and so do
``Filter.since``/``Filter.until``; each stands for the whole period it names. A record is kept when
its period overlaps the filter's range, i.e. when, compared on the coarser of the two precisions,
its date is ``>= since`` and ``<= until``: an event dated ``2025-09`` is kept for
``since=2025-09-15`` (September overlaps the range), one dated ``2025-09-14`` is not. Records
without a date are left out whenever ``since`` or ``until`` is given.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select
from sqlalchemy.sql.elements import ColumnElement

from detente.errors import E_BAD_CURSOR, E_BAD_DATE, ConfigError
from detente.model import Filter
from detente.store.tables import events

log = logging.getLogger(__name__)

_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_PRECISIONS = (4, 7, 10)  # lengths of YYYY, YYYY-MM, YYYY-MM-DD


def check_date(value: str) -> str:
    """``value`` if it is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; :class:`ConfigError` if not."""
    if _DATE.fullmatch(value):
        try:
            date.fromisoformat(value + "-01-01"[len(value) - 4 :])
            return value
        except ValueError:
            pass
    raise ConfigError(E_BAD_DATE.format(value=value))


def _compare(column: Any, bound: str, after: bool) -> ColumnElement[bool]:
    """``column`` on or after (or before) ``bound``, compared on the coarser precision."""
    n = len(bound)
    head = func.substr(column, 1, n)
    parts = [and_(func.length(column) >= n, head >= bound if after else head <= bound)]
    for p in _PRECISIONS:
        if p < n:
            cut = bound[:p]
            parts.append(and_(func.length(column) == p, column >= cut if after else column <= cut))
    return or_(*parts)


def date_condition(column: Any, flt: Filter) -> ColumnElement[bool] | None:
    """Rows whose date period overlaps ``[flt.since, flt.until]`` (see the module docstring)."""
    parts = []
    if flt.since:
        parts.append(_compare(column, check_date(flt.since), after=True))
    if flt.until:
        parts.append(_compare(column, check_date(flt.until), after=False))
    return and_(*parts) if parts else None


def event_criteria(flt: Filter) -> list[ColumnElement[bool]]:
    """One condition per filter criterion (actor, target, type, dates) on the events table."""
    criteria: list[ColumnElement[bool]] = []
    if flt.actor:
        criteria.append(events.c.actor == flt.actor.upper())
    if flt.target:
        criteria.append(events.c.target == flt.target.upper())
    if flt.type:
        criteria.append(events.c.type == str(flt.type))
    if flt.document:
        criteria.append(events.c.document_id == flt.document)
    dated = date_condition(events.c.date, flt)
    if dated is not None:
        criteria.append(dated)
    return criteria


def after_dated(
    date_col: Any, date_: str | None, later: ColumnElement[bool]
) -> ColumnElement[bool]:
    """Rows after one dated ``date_`` in the order date (undated last), then ``later`` (the
    tie-break: rows after it among those of the same date)."""
    if date_ is None:  # undated rows come last
        return and_(date_col.is_(None), later)
    return or_(date_col > date_, date_col.is_(None), and_(date_col == date_, later))


def after_key(
    date_col: Any, doc_col: Any, pos_col: Any, key: tuple[str | None, str, int]
) -> ColumnElement[bool]:
    """Rows after ``key`` in the order (date, undated last), document, position."""
    date_, doc, position = key
    return after_dated(
        date_col, date_, or_(doc_col > doc, and_(doc_col == doc, pos_col > position))
    )


def after_event(conn: Connection, key: str) -> ColumnElement[bool]:
    """Events after the one with this key in the order of :meth:`View.events`."""
    found = conn.execute(
        select(events.c.date, events.c.document_id, events.c.position).where(events.c.key == key)
    ).first()
    if found is None:
        raise ConfigError(E_BAD_CURSOR.format(value=key))
    date_, doc, position = found
    return after_key(events.c.date, events.c.document_id, events.c.position, (date_, doc, position))


def exchange_key(first_date: str | None, document_id: str, position: int) -> str:
    """The paging key of an exchange: its earliest event date, document and position."""
    return f"{first_date or ''}|{document_id}|{position}"


def parse_exchange_key(key: str) -> tuple[str | None, str, int]:
    """The parts of an exchange paging key (:func:`exchange_key`); ConfigError if malformed."""
    parts = key.split("|")
    if len(parts) != 3 or not parts[2].isdigit():
        raise ConfigError(E_BAD_CURSOR.format(value=key))
    try:
        first_date = check_date(parts[0]) if parts[0] else None
    except ConfigError:
        raise ConfigError(E_BAD_CURSOR.format(value=key)) from None
    return first_date, parts[1], int(parts[2])

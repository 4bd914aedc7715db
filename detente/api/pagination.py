"""Cursor pagination: opaque cursors naming the last record of the previous page."""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable, Sequence
from typing import TypeVar

from fastapi import Response
from pydantic import BaseModel

from detente.errors import E_BAD_CURSOR, ConfigError
from detente.model import Page

log = logging.getLogger(__name__)

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
T = TypeVar("T")


def encode_cursor(key: str) -> str:
    """The opaque cursor for a record key (URL-safe base64, no padding)."""
    return base64.urlsafe_b64encode(key.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(cursor: str | None) -> str | None:
    """The record key in a cursor; :class:`ConfigError` (400) if it is not one of ours."""
    if cursor is None:
        return None
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        raw = base64.b64decode(padded.encode("ascii"), altchars=b"-_", validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, UnicodeError, ValueError):
        raise ConfigError(E_BAD_CURSOR.format(value=cursor)) from None


def page(items: Sequence[T], limit: int, key: Callable[[T], str]) -> Page[T]:
    """A page from ``limit + 1`` fetched items: the first ``limit`` and the cursor after them."""
    shown = list(items[:limit])
    more = len(items) > limit and shown
    return Page[T](items=shown, next=encode_cursor(key(shown[-1])) if more else None)


def page_of_list(
    items: Sequence[T], cursor: str | None, limit: int, key: Callable[[T], str]
) -> Page[T]:
    """A page of an ordered in-memory list: the items after the one whose key the cursor names."""
    after = decode_cursor(cursor)
    start = 0
    if after is not None:
        keys = [key(item) for item in items]
        if after not in keys:
            raise ConfigError(E_BAD_CURSOR.format(value=cursor))
        start = keys.index(after) + 1
    return page(items[start : start + limit + 1], limit, key)


def page_by_offset(items: Sequence[T], cursor: str | None, limit: int) -> Page[T]:
    """A page of a list whose records have no key (stocks, exchanges): the cursor is a position."""
    after = decode_cursor(cursor)
    if after is not None and not after.isdigit():
        raise ConfigError(E_BAD_CURSOR.format(value=cursor))
    start = int(after) if after is not None else 0
    shown = list(items[start : start + limit])
    more = start + limit < len(items)
    return Page[T](items=shown, next=encode_cursor(str(start + limit)) if more else None)


def json_response(body: BaseModel) -> Response:
    """``body`` as a JSON response, serialized once by pydantic. A route declares its
    ``response_model`` for the schema; returned as a model, FastAPI would validate the whole
    page again before serializing it (a third of the time of a 50-event page)."""
    return Response(body.model_dump_json(), media_type="application/json")

"""``/events``: stored events with their evidence, filtered as in the CLI, in pages."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, Response

from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES, ApiError
from detente.api.pagination import decode_cursor, json_response, page
from detente.lists.corroborate import with_corroboration
from detente.model import Page, StoredEvent

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/events",
    tags=["events"],
    dependencies=[Depends(require_read)],
    responses=ERROR_RESPONSES,
)


@router.get("", summary="List events", response_model=Page[StoredEvent])
def list_events(store: StoreDep, flt: FilterDep, paging: PageDep) -> Response:
    """Events by date (undated last), then document, then order in the document."""
    cursor, limit = paging
    # News sanctions events carry their official-list status (lists layer), as in the CLI: read
    # with the page's rows, in one statement (two after a cursor: its event is looked up first).
    after = decode_cursor(cursor)
    found = store.view().events(flt, after=after, limit=limit + 1, corroborated=True)
    return json_response(page(found, limit, key=lambda e: e.key))


@router.get("/{key}", summary="One event")
def get_event(key: str, store: StoreDep) -> StoredEvent:
    """The event with this key (``<document prefix>:<local id>``), with its evidence."""
    event = store.view().event(key)
    if event is None:
        raise ApiError(404, f"no event {key!r}")
    return with_corroboration(store, [event])[0]

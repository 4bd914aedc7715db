"""``/exchanges``: deals as reported by single documents (what each side gave), in pages."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends

from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES
from detente.api.pagination import decode_cursor, encode_cursor
from detente.model import Deal, Page

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/exchanges",
    tags=["exchanges"],
    dependencies=[Depends(require_read)],
    responses=ERROR_RESPONSES,
)


@router.get("", summary="List exchanges")
def list_exchanges(store: StoreDep, flt: FilterDep, paging: PageDep) -> Page[Deal]:
    """Exchanges with their events; kept when, per criterion, one of their events matches.

    Paged in the database (keyset: earliest event date, document, position)."""
    cursor, limit = paging
    found = store.view().exchanges(flt, after=decode_cursor(cursor), limit=limit + 1)
    more = len(found) > limit
    return Page[Deal](
        items=[deal for _, deal in found[:limit]],
        next=encode_cursor(found[limit - 1][0]) if more else None,
    )

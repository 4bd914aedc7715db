"""``/exchanges``: deals as reported by single documents (what each side gave), in pages."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends

from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES
from detente.api.pagination import page_by_offset
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
    """Exchanges with their events; kept when, per criterion, one of their events matches."""
    cursor, limit = paging
    return page_by_offset(store.view().deals(flt), cursor, limit)

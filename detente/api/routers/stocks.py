"""``/stocks``: estimates of political prisoners still held, with their sources, in pages."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends

from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES
from detente.api.pagination import page_by_offset
from detente.model import Page, StoredStock

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/stocks",
    tags=["stocks"],
    dependencies=[Depends(require_read)],
    responses=ERROR_RESPONSES,
)


@router.get("", summary="List stock estimates")
def list_stocks(store: StoreDep, flt: FilterDep, paging: PageDep) -> Page[StoredStock]:
    """Estimates by ``as_of``; ``actor`` is the holding state, dates apply to ``as_of``."""
    cursor, limit = paging
    return page_by_offset(store.view().stocks(flt), cursor, limit)

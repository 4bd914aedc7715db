"""``/deals``: canonical deals across sources (detente.aggregate): what each side gave, reports."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends, Response

from detente.aggregate import deal, deal_page
from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES, ApiError
from detente.api.pagination import decode_cursor, encode_cursor, json_response
from detente.model import CanonicalDeal, Page

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/deals", tags=["deals"], dependencies=[Depends(require_read)], responses=ERROR_RESPONSES
)


@router.get("", summary="List deals", response_model=Page[CanonicalDeal])
def list_deals(store: StoreDep, flt: FilterDep, paging: PageDep) -> Response:
    """Deals by date (undated last), then id; one deal however many articles report it."""
    cursor, limit = paging
    found, last = deal_page(store, flt, after=decode_cursor(cursor), limit=limit)
    next_cursor = encode_cursor(last) if last else None
    return json_response(Page[CanonicalDeal](items=found, next=next_cursor))


@router.get("/{deal_id}", summary="One deal")
def get_deal(deal_id: str, store: StoreDep) -> CanonicalDeal:
    """The deal with this id (``deal:<event id>``), with its events, mentions and reports."""
    found = deal(store, deal_id)
    if found is None:
        raise ApiError(404, f"no deal {deal_id!r}")
    return found

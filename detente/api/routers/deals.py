"""``/deals``: canonical deals across sources (detente.aggregate): what each side gave, reports."""

from __future__ import annotations

import json
import logging

from fastapi import APIRouter, Depends, Response

from detente.aggregate import deal, deal_summary_page_json
from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES, ApiError
from detente.api.pagination import decode_cursor, encode_cursor
from detente.model import CanonicalDeal, DealSummary, Page

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/deals", tags=["deals"], dependencies=[Depends(require_read)], responses=ERROR_RESPONSES
)


@router.get("", summary="List deals", response_model=Page[DealSummary])
def list_deals(store: StoreDep, flt: FilterDep, paging: PageDep) -> Response:
    """Deals by date (undated last), then id; one deal however many articles report it. Each is
    a summary: what each side gave (reconciled events), sources; reports are under ``/deals/{id}``."""
    cursor, limit = paging
    # The summaries' JSON is stored at ingest: the page is written out without building a model.
    found, last = deal_summary_page_json(store, flt, after=decode_cursor(cursor), limit=limit)
    next_cursor = json.dumps(encode_cursor(last) if last else None)
    body = '{"items":[' + ",".join(found) + '],"next":' + next_cursor + "}"
    return Response(body, media_type="application/json")


@router.get("/{deal_id}", summary="One deal")
def get_deal(deal_id: str, store: StoreDep) -> CanonicalDeal:
    """The deal with this id (``deal:<event id>``), with its events, mentions and reports."""
    found = deal(store, deal_id)
    if found is None:
        raise ApiError(404, f"no deal {deal_id!r}")
    return found

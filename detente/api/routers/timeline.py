"""``/timeline``: month by month releases, sanctions actions and stock estimates (detente.aggregate)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends

from detente.aggregate import timeline
from detente.api.deps import FilterDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES
from detente.model import Filter, Timeline

log = logging.getLogger(__name__)

router = APIRouter(
    tags=["timeline"], dependencies=[Depends(require_read)], responses=ERROR_RESPONSES
)


@router.get("/timeline", summary="Timeline")
def get_timeline(store: StoreDep, flt: FilterDep) -> Timeline:
    """Rows per month for ``actor`` (all states if absent) within ``since``/``until``, with yearly
    running totals; ``target`` and ``type`` do not apply."""
    return timeline(store, Filter(actor=flt.actor, since=flt.since, until=flt.until))

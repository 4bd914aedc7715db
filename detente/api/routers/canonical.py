"""``/canonical-events``: one event per real happening, with every report (mention) and its evidence."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends

from detente.aggregate import canonical_events, event_clusters
from detente.api.deps import FilterDep, PageDep, StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES, ApiError
from detente.api.pagination import page_of_list
from detente.model import CanonicalEvent, Filter, Page

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/canonical-events",
    tags=["canonical events"],
    dependencies=[Depends(require_read)],
    responses=ERROR_RESPONSES,
)


@router.get("", summary="List canonical events")
def list_canonical(store: StoreDep, flt: FilterDep, paging: PageDep) -> Page[CanonicalEvent]:
    """Canonical events by reconciled date (undated last), then id."""
    cursor, limit = paging
    return page_of_list(canonical_events(store, flt), cursor, limit, key=lambda event: event.id)


@router.get("/{event_id}", summary="One canonical event")
def get_canonical(event_id: str, store: StoreDep) -> CanonicalEvent:
    """The canonical event with this id, or the one that an event key (``/events``) belongs to."""
    cluster = event_clusters(store).get(event_id, event_id)
    event = store.view().event(cluster)
    if event is not None:
        flt = Filter(actor=event.actor, target=event.target, type=event.type)
        found = next((c for c in canonical_events(store, flt) if c.id == cluster), None)
        if found is not None:
            return found
    raise ApiError(404, f"no canonical event {event_id!r}")

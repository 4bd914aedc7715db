"""``/healthz`` (the process answers) and ``/readyz`` (the store answers too)."""

from __future__ import annotations

import logging

from fastapi import APIRouter

from detente.api.deps import StoreDep
from detente.api.errors import ApiError
from detente.errors import StoreError
from detente.model import ErrorResponse, Health

log = logging.getLogger(__name__)

router = APIRouter(tags=["health"])


@router.get("/healthz", summary="The process is up")
def healthz() -> Health:
    """Always ``ok`` while the server runs."""
    return Health(status="ok")


@router.get(
    "/readyz",
    summary="The store answers",
    responses={503: {"model": ErrorResponse, "description": "Store unavailable"}},
)
def readyz(store: StoreDep) -> Health:
    """``ready`` when a read of the store succeeds, else 503."""
    try:
        store.view().events(limit=1)
    except StoreError as exc:
        raise ApiError(503, f"store unavailable: {exc}") from exc
    return Health(status="ready")

"""``/exposure/{id}``: the commodities and companies a deal or an event touches (markets layer)."""

from __future__ import annotations

import logging

from fastapi import APIRouter, Depends

from detente.api.deps import StoreDep, require_read
from detente.api.errors import ERROR_RESPONSES, ApiError
from detente.errors import ConfigError
from detente.model import Exposure

log = logging.getLogger(__name__)

router = APIRouter(
    prefix="/exposure",
    tags=["exposure"],
    dependencies=[Depends(require_read)],
    responses=ERROR_RESPONSES,
)


@router.get("/{ident}", summary="Exposure of a deal or an event")
def get_exposure(ident: str, store: StoreDep) -> Exposure:
    """Exposure of ``deal:<id>``, a canonical event id or a stored event key, as ``detente
    exposure`` prints it: each item with its direction, rule and confidence."""
    from detente.markets.exposure import exposure

    try:
        return exposure(store, ident)
    except ConfigError as exc:  # no such deal or event
        raise ApiError(404, str(exc)) from None

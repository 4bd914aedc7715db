"""Dependencies of the routes: settings, store, extractor and API-key checks (overridable in tests)."""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Query, Request
from fastapi.security import APIKeyHeader

from detente.api.errors import ApiError
from detente.api.pagination import DEFAULT_LIMIT, MAX_LIMIT
from detente.model import Analysis, Document, EventType, Filter
from detente.settings import Settings, key_digest
from detente.store import Store

log = logging.getLogger(__name__)

E_NO_KEY = "this request needs an API key (header X-API-Key)"
E_BAD_KEY = "invalid API key"
DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?)?$"
_DATE_HELP = "YYYY, YYYY-MM or YYYY-MM-DD; the date's whole period counts"
_CODE_PATTERN = r"^[A-Za-z]{2,3}$"

api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key.")


def get_settings(request: Request) -> Settings:
    """The settings the app was created with."""
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> Store:
    """The app's open store."""
    store: Store = request.app.state.store
    return store


_extractor_lock = threading.Lock()


def get_extractor(request: Request) -> Callable[[Document], Analysis]:
    """The app's extractor, loading the spaCy model on first use (tests override this)."""
    state = request.app.state
    with _extractor_lock:
        if getattr(state, "extractor", None) is None:
            from detente.extract.pipeline import Extractor

            state.extractor = Extractor(state.settings.model)
    extractor: Callable[[Document], Analysis] = state.extractor
    return extractor


def key_allowed(presented: str, digests: tuple[str, ...]) -> bool:
    """Whether a presented key is one of the configured keys (constant-time comparisons)."""
    digest = key_digest(presented).encode("ascii")
    found = False
    for allowed in digests:  # no early exit: the time taken does not tell which key matched
        found |= hmac.compare_digest(digest, allowed.encode("ascii"))
    return found


def _check_key(key: str | None, settings: Settings) -> None:
    if not key:
        raise ApiError(401, E_NO_KEY)
    if not key_allowed(key, settings.api_keys):
        raise ApiError(401, E_BAD_KEY)


SettingsDep = Annotated[Settings, Depends(get_settings)]
KeyDep = Annotated[str | None, Depends(api_key_header)]


def require_write(settings: SettingsDep, key: KeyDep) -> None:
    """Writes always need a valid key (no key configured: writes are closed)."""
    _check_key(key, settings)


def require_read(settings: SettingsDep, key: KeyDep) -> None:
    """Reads need a valid key unless DETENTE_API_OPEN_READS is on (the default)."""
    if not settings.api_open_reads:
        _check_key(key, settings)


def record_filter(
    actor: Annotated[
        str | None, Query(pattern=_CODE_PATTERN, description="Acting state (alpha-3).")
    ] = None,
    target: Annotated[
        str | None, Query(pattern=_CODE_PATTERN, description="Sanctions target (alpha-3).")
    ] = None,
    type: Annotated[EventType | None, Query(description="Event type.")] = None,
    since: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description=f"Earliest date ({_DATE_HELP}).")
    ] = None,
    until: Annotated[
        str | None, Query(pattern=DATE_PATTERN, description=f"Latest date ({_DATE_HELP}).")
    ] = None,
) -> Filter:
    """The CLI's filters (``--actor/--target/--type/--since/--until``) as query parameters."""
    return Filter(actor=actor, target=target, type=type, since=since, until=until)  # fmt: skip


def page_params(
    cursor: Annotated[
        str | None, Query(description="The `next` value of the previous page.")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description="Records per page.")
    ] = DEFAULT_LIMIT,
) -> tuple[str | None, int]:
    """``cursor`` and ``limit`` query parameters."""
    return cursor, limit  # fmt: skip


StoreDep = Annotated[Store, Depends(get_store)]
FilterDep = Annotated[Filter, Depends(record_filter)]
PageDep = Annotated[tuple[str | None, int], Depends(page_params)]
ExtractorDep = Annotated[Callable[[Document], Analysis], Depends(get_extractor)]

"""The application: ``create_app(settings)`` builds the FastAPI app over one open store."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.metadata import version

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

from detente.api.cache import ResponseCache
from detente.api.errors import install_error_handlers
from detente.api.limits import BodyLimit
from detente.api.routers import (
    canonical,
    deals,
    documents,
    events,
    exchanges,
    exposure,
    health,
    persons,
    search,
    stocks,
    timeline,
)
from detente.settings import Settings, get_settings
from detente.store import Store, open_store

log = logging.getLogger(__name__)

SWAGGER_STATIC = "/static/swagger"
ROUTERS = (
    health,
    events,
    canonical,
    deals,
    timeline,
    persons,
    documents,
    exchanges,
    stocks,
    search,
    exposure,
)
"""Resource modules, each with a ``router``, in mounting order."""
DESCRIPTION = (
    "Releases of political prisoners, sanctions actions and the deals that trade them, "
    "each with the sentences that support it. JSON only; errors are "
    '`{"error": {"status", "code", "message", "details"}}`. Write requests need an '
    "`X-API-Key` header."
)


def _docs_page() -> HTMLResponse:
    """Swagger UI from the swagger-ui-bundle package (no CDN)."""
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="detente API",
        swagger_js_url=f"{SWAGGER_STATIC}/swagger-ui-bundle.js",
        swagger_css_url=f"{SWAGGER_STATIC}/swagger-ui.css",
        swagger_favicon_url="data:,",
    )


def create_app(settings: Settings | None = None, *, store: Store | None = None) -> FastAPI:
    """The API app for ``settings`` (default: from the environment), over ``store`` if given,
    else over the store at ``settings.db``, opened now and closed on shutdown."""
    settings = settings or get_settings()
    opened = store or open_store(settings.db)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if store is None:
            opened.close()

    app = FastAPI(
        title="detente",
        version=version("detente"),
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.store = opened
    app.state.extractor = None
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=settings.api_max_body)
    if settings.api_open_reads:  # keyed reads are checked by the routes: never from memory
        app.add_middleware(ResponseCache, counters=opened.counters)
    for module in ROUTERS:
        app.include_router(module.router)
    from detente.web import router as web_router  # --- web: dashboard pages at / and /ui/ ---

    app.include_router(web_router)
    app.add_api_route("/docs", _docs_page, include_in_schema=False)
    from swagger_ui_bundle import swagger_ui_path

    app.mount(SWAGGER_STATIC, StaticFiles(directory=swagger_ui_path), name="swagger")
    return app

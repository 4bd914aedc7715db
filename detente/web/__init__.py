"""The dashboard: server-rendered pages (Jinja2, autoescaped, no script) mounted in the API app.

>>> app.include_router(detente.web.router)   # doctest: +SKIP  (done by detente.api.create_app)
"""

from __future__ import annotations

import logging

from detente.web.views import SECURITY_HEADERS, router

log = logging.getLogger(__name__)

__all__ = ["SECURITY_HEADERS", "router"]

"""The HTTP API: JSON over the store (FastAPI), OpenAPI at ``/openapi.json``, docs at ``/docs``.

>>> app = create_app(Settings(db="sqlite:///detente.db"))   # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)           # doctest: +SKIP
"""

from __future__ import annotations

import logging

from detente.api.app import create_app

log = logging.getLogger(__name__)

__all__ = ["create_app"]

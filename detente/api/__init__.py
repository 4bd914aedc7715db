"""The HTTP API: JSON over the store (FastAPI), OpenAPI at ``/openapi.json``, docs at ``/docs``.

>>> app = create_app(Settings(db="sqlite:///detente.db"))   # doctest: +SKIP
>>> uvicorn.run(app, host="127.0.0.1", port=8000)           # doctest: +SKIP
"""

from __future__ import annotations

import logging
import typing

from detente.lazy import lazy_getattr

if typing.TYPE_CHECKING:
    from detente.api.app import create_app

log = logging.getLogger(__name__)

# FastAPI loads on first use, not whenever the CLI imports ``detente.api.cli``.
__getattr__ = lazy_getattr(__name__, {"detente.api.app": ("create_app",)})

__all__ = ["create_app"]

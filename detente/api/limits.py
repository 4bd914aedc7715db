"""Request body limit: bodies over ``DETENTE_API_MAX_BODY`` bytes get 413 before reaching a route."""

from __future__ import annotations

import logging

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.api.errors import error_response

log = logging.getLogger(__name__)


class BodyLimit:
    """ASGI middleware: refuse (413) a body whose declared or actual size exceeds ``max_bytes``.

    The body is read here, at most ``max_bytes`` (+1) of it, and replayed to the app, so a
    chunked upload without Content-Length cannot get past the limit either.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the body of HTTP requests, pass everything else through."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        messages: list[Message] = []
        size = 0
        while True:
            message = await receive()
            messages.append(message)
            size += len(message.get("body", b""))
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            if message["type"] != "http.request" or not message.get("more_body", False):
                break

        async def replay() -> Message:
            return messages.pop(0) if messages else await receive()

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"request body larger than the {self.max_bytes} byte limit"
        await error_response(413, message)(scope, receive, send)

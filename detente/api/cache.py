"""Response cache: whole answers of the read routes, keyed by request and store generation.

A pure ASGI middleware. A GET on a cached route reads the store's generation (a counter that every
committed write bumps in its own transaction, see :mod:`detente.store.cache`) and answers from
memory only when its entry was computed at that same generation, i.e. when nothing has been
committed since: an answer is never older than the data. An answer is remembered only when the
generation read before computing it equals the one read after, so it is the answer of exactly
that generation. Concurrent misses of one request wait for the first instead of computing it
again. Only ``200`` answers of open reads are kept (with ``DETENTE_API_OPEN_READS=0`` the app
does not install the cache).
"""

from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger(__name__)

CACHED_PREFIXES = (
    "/events",
    "/deals",
    "/canonical-events",
    "/exchanges",
    "/documents",
    "/persons",
    "/stocks",
    "/timeline",
    "/search",
)
"""Read routes whose answer depends only on the request and the store's contents."""
CACHE_BYTES = 64 * 1024 * 1024
"""Bytes of answers kept per server process (least recently used dropped first): the first pages
of the listings, read by every dashboard and client, stay in memory."""
COMPUTING = 2
"""Misses computed at once per process. After a write every entry misses; computed all at once
in threads that share one interpreter lock, each would finish only when all do, so every
waiting client would wait for the slowest; two at a time, the first pages are back quickly."""
MAX_ENTRY_BYTES = 4 * 1024 * 1024
"""Larger answers are not kept (one would push out many small ones)."""


@dataclass(frozen=True)
class Entry:
    """One remembered answer and the generation it was computed at."""

    generation: int
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


def cacheable(scope: Scope) -> bool:
    """Whether a request's answer may come from the cache: a GET on a cached route."""
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    path: str = scope["path"]
    return any(path == p or path.startswith(p + "/") for p in CACHED_PREFIXES)


class ResponseCache:
    """ASGI middleware answering repeated reads from memory while the store is unchanged."""

    def __init__(
        self, app: ASGIApp, generation: Callable[[], int], max_bytes: int = CACHE_BYTES
    ) -> None:
        self.app = app
        self.generation = generation
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()
        self._size = 0
        self._pending: dict[tuple[tuple[str, bytes], int], asyncio.Event] = {}
        self._slots: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer from the cache, or compute (and maybe remember) the answer."""
        if not cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"])
        try:
            now = self.generation()
        except Exception:  # the store cannot be read: the route answers with the error
            log.debug("no store generation; answering without the cache", exc_info=True)
            await self.app(scope, receive, send)
            return
        found = self._fresh(key, now)
        pending = self._pending.get((key, now))
        if found is None and pending is not None:
            await pending.wait()  # the same request, at the same generation, is being computed
            found = self._fresh(key, now)
        if found is not None:
            await _replay(found, send)
            return
        await self._compute(key, now, scope, receive, send)

    def _fresh(self, key: tuple[str, bytes], now: int) -> Entry | None:
        entry = self._entries.get(key)
        if entry is None or entry.generation != now:
            return None
        self._entries.move_to_end(key)
        return entry

    async def _compute(
        self, key: tuple[str, bytes], now: int, scope: Scope, receive: Receive, send: Send
    ) -> None:
        done = self._pending.setdefault((key, now), asyncio.Event())
        start: Message = {}
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        try:
            async with self._computing():
                await self.app(scope, receive, capture)
            if start.get("status") == 200 and self._unchanged(now):
                headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
                self._remember(key, Entry(now, 200, headers, b"".join(chunks)))
        finally:
            done.set()
            if self._pending.get((key, now)) is done:
                del self._pending[(key, now)]

    def _computing(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        if self._slots is None or self._slots[0] is not loop:
            self._slots = (loop, asyncio.Semaphore(COMPUTING))
        return self._slots[1]

    def _unchanged(self, now: int) -> bool:
        try:
            return self.generation() == now
        except Exception:
            return False

    def _remember(self, key: tuple[str, bytes], entry: Entry) -> None:
        if len(entry.body) > MAX_ENTRY_BYTES:
            return
        old = self._entries.pop(key, None)
        self._size -= len(old.body) if old else 0
        self._entries[key] = entry
        self._size += len(entry.body)
        while self._size > self.max_bytes and self._entries:
            _, dropped = self._entries.popitem(last=False)
            self._size -= len(dropped.body)


async def _replay(entry: Entry, send: Send) -> None:
    await send({"type": "http.response.start", "status": entry.status, "headers": entry.headers})
    await send({"type": "http.response.body", "body": entry.body})

"""Response cache: whole answers of the read routes, keyed by request and store generations.

A pure ASGI middleware. A GET on a cached route reads the generations its answer depends on
(counters that committed writes bump in their own transaction, see :mod:`detente.store.cache`)
and answers from memory only when its entry was computed at those same generations, i.e. when
nothing that can change it has been committed since: an answer is never older than the data.
An answer is remembered only when the generations read before computing it equal those read
after, so it is the answer of exactly those generations. Concurrent misses of one request wait
for the first instead of computing it again. Only ``200`` answers of open reads are kept (with
``DETENTE_API_OPEN_READS=0`` the app does not install the cache).

Scopes. Most answers depend on the store generation, which every write bumps. The first pages of
``/events`` and ``/deals`` filtered by ``actor`` and/or ``target`` depend only on the counters of
those countries and of ``*`` (writes of unknown reach): a write bumps the scopes of the actors
and targets whose events, canonical events or deals it changed (:func:`detente.store.cache.scoped`),
so a write about one country leaves the cached answers about others in place. A page after a
``cursor`` depends on the whole store (its cursor names a record that may be of any country).
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qsl

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from detente.store.cache import Counters

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
SCOPED_ROUTES = ("/events", "/deals")
"""Listings whose rows are selected by actor and target codes (events by their own, deals by
their canonical events'), so that a filtered answer depends on the scopes of its codes only."""
SCOPE_PARAMS = ("actor", "target")
_CODE = re.compile(r"[A-Za-z]{2,3}")  # the routes' pattern: anything else is refused or global


class Reads:
    """Reads of the store's counters (``store.counters``), off the event loop and shared: a
    request waits for a read that *started after it asked* (so it sees every commit made
    before), and the requests that ask while one read runs share the next one. Under load a
    process thus reads the counters about once per round trip to the database, not once per
    request, and a slow read never stalls the event loop (the other requests' answers)."""

    def __init__(self, read: Callable[[], Counters]) -> None:
        self.read = read
        self._loop: asyncio.AbstractEventLoop | None = None
        self._next: asyncio.Future[Counters] | None = None
        self._running = False
        self._task: asyncio.Task[None] | None = None

    async def fresh(self) -> Counters:
        """Counters read after this call."""
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # a new event loop (tests): start over
            self._loop, self._next, self._running = loop, None, False
        if self._next is None:
            self._next = loop.create_future()
            if not self._running:
                self._running = True
                self._task = loop.create_task(self._run())  # kept: a task only weakly held may go
        return await asyncio.shield(self._next)

    async def _run(self) -> None:
        try:
            while self._next is not None:
                batch, self._next = self._next, None  # later askers wait for the next read
                try:
                    batch.set_result(await asyncio.to_thread(self.read))
                except Exception as exc:
                    batch.set_exception(exc)
        finally:
            self._running = False


@dataclass(frozen=True)
class Entry:
    """One remembered answer and the generation it was computed at."""

    generation: tuple[int, ...]
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes


def cacheable(scope: Scope) -> bool:
    """Whether a request's answer may come from the cache: a GET on a cached route."""
    if scope["type"] != "http" or scope["method"] != "GET":
        return False
    path: str = scope["path"]
    return any(path == p or path.startswith(p + "/") for p in CACHED_PREFIXES)


def scopes(scope: Scope) -> tuple[str, ...]:
    """The scopes (country codes) a cacheable request's answer depends on; ``()`` for the
    whole store. Parsed as Starlette parses the query, every value of a repeated parameter
    counts."""
    if scope["path"] not in SCOPED_ROUTES:
        return ()
    params = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
    if any(name == "cursor" for name, _ in params):
        return ()
    codes = [value for name, value in params if name in SCOPE_PARAMS]
    if not codes or not all(_CODE.fullmatch(code) for code in codes):
        return ()
    return tuple(sorted({code.upper() for code in codes}))


class ResponseCache:
    """ASGI middleware answering repeated reads from memory while the store is unchanged."""

    def __init__(
        self, app: ASGIApp, counters: Callable[[], Counters], max_bytes: int = CACHE_BYTES
    ) -> None:
        self.app = app
        self.reads = Reads(counters)
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()
        self._size = 0
        self._pending: dict[tuple[tuple[str, bytes], tuple[int, ...]], asyncio.Event] = {}
        self._slots: tuple[asyncio.AbstractEventLoop, asyncio.Semaphore] | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer from the cache, or compute (and maybe remember) the answer."""
        if not cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope["query_string"])
        depends = scopes(scope)
        try:
            now = (await self.reads.fresh()).of(depends)
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
        await self._compute(key, now, depends, (scope, receive, send))

    def _fresh(self, key: tuple[str, bytes], now: tuple[int, ...]) -> Entry | None:
        entry = self._entries.get(key)
        if entry is None or entry.generation != now:
            return None
        self._entries.move_to_end(key)
        return entry

    async def _compute(
        self,
        key: tuple[str, bytes],
        now: tuple[int, ...],
        depends: tuple[str, ...],
        call: tuple[Scope, Receive, Send],
    ) -> None:
        scope, receive, send = call
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
            if start.get("status") == 200 and await self._unchanged(now, depends):
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

    async def _unchanged(self, now: tuple[int, ...], depends: tuple[str, ...]) -> bool:
        try:
            return (await self.reads.fresh()).of(depends) == now
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

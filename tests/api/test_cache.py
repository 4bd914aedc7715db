"""Tests for detente.api.cache: answers come from memory only while the store is unchanged."""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Awaitable, Callable

import httpx
from fastapi.testclient import TestClient
from sqlalchemy import delete, update
from starlette.types import Receive, Scope, Send

from detente.api.cache import COMPUTING, ResponseCache
from detente.model import Analysis, Document, DocumentRef, Event, EventType
from detente.store import Store
from detente.store.engine import make_engine
from detente.store.tables import documents, events

from .conftest import MakeClient


def _article(n: int) -> tuple[Document, Analysis]:
    text, digest = f"Belarus frees {n}.", hashlib.sha256(str(n).encode()).hexdigest()
    doc = Document(id=digest, source=f"{n}.txt", text=text, published="2031-01-02")
    event = Event(id="e1", type=EventType.RELEASE, actor="BLR", date="2031-01-01", count=n)
    ref = DocumentRef(id=doc.id, source=doc.source, published=doc.published)
    return doc, Analysis(document=ref, events=[event])


def _counts(client: TestClient) -> list[int | None]:
    answer = client.get("/events?actor=BLR&limit=500")
    assert answer.status_code == 200
    return [e["count"] for e in answer.json()["items"]]


def test_answers_follow_every_write(client: TestClient, api_store: Store) -> None:
    first = _counts(client)
    assert _counts(client) == first
    assert api_store.add(*_article(777))
    after = _counts(client)
    assert len(after) == len(first) + 1 and 777 in after
    with api_store.engine.begin() as conn:  # a write of another layer, through the engine
        conn.execute(delete(documents).where(documents.c.source == "777.txt"))
    assert _counts(client) == first


def test_an_unchanged_store_answers_from_memory(client: TestClient, shared_db_url: str) -> None:
    first = _counts(client)
    untracked = make_engine(shared_db_url)  # not a detente store: its writes bump nothing
    try:
        with untracked.begin() as conn:
            conn.execute(update(events).where(events.c.actor == "BLR").values(count=999))
    finally:
        untracked.dispose()
    assert _counts(client) == first  # the cached answer: proof it did not come from the store


App = Callable[[Scope, Receive, Send], Awaitable[None]]


def _counting_app(
    calls: list[str], store: Store | None = None, pause: float = 0.0, status: int = 200
) -> App:
    """A tiny ASGI app answering its call number; writes to ``store`` while answering if given."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        calls.append(scope["path"])
        await asyncio.sleep(pause)
        if store is not None:
            store.add(*_article(len(calls)))
        headers = [(b"content-type", b"text/plain")]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": str(len(calls)).encode()})

    return app


def _get_all(app: ResponseCache, paths: list[str], method: str = "GET") -> list[str]:
    async def run() -> list[str]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            answers = await asyncio.gather(*(client.request(method, p) for p in paths))
        return [a.text for a in answers]

    return asyncio.run(run())


def test_concurrent_misses_compute_once(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls, pause=0.05), store.generation)
    assert _get_all(app, ["/deals"] * 10) == ["1"] * 10
    assert calls == ["/deals"]
    assert _get_all(app, ["/deals?actor=BLR", "/deals"]) == ["2", "1"]  # the query is in the key


def test_misses_are_computed_a_few_at_a_time(store: Store) -> None:
    running: list[int] = [0]
    most: list[int] = [0]

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        running[0] += 1
        most[0] = max(most[0], running[0])
        await asyncio.sleep(0.01)
        running[0] -= 1
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"x"})

    answers = _get_all(ResponseCache(app, store.generation), [f"/events?n={n}" for n in range(12)])
    assert answers == ["x"] * 12 and most[0] == COMPUTING


def test_writes_and_other_routes_pass_through(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls), store.generation)
    assert _get_all(app, ["/healthz"]) + _get_all(app, ["/healthz"]) == ["1", "2"]
    assert _get_all(app, ["/documents"], "POST") + _get_all(app, ["/documents"], "POST") == [
        "3",
        "4",
    ]


def test_only_successful_answers_are_kept(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls, status=404), store.generation)
    assert _get_all(app, ["/events/x"]) + _get_all(app, ["/events/x"]) == ["1", "2"]


def test_an_answer_computed_across_a_write_is_not_kept(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls, store=store), store.generation)
    assert _get_all(app, ["/events"]) + _get_all(app, ["/events"]) == ["1", "2"]


def test_the_cache_keeps_at_most_its_bytes(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls), store.generation, max_bytes=2)
    one_by_one = [_get_all(app, [f"/events?{q}"])[0] for q in "abccba"]
    assert one_by_one == ["1", "2", "3", "3", "2", "4"]  # "a" was dropped first


def test_a_closed_read_app_has_no_cache(make_client: MakeClient) -> None:
    client = make_client(api_open_reads=False)
    assert not any(m.cls is ResponseCache for m in client.app.user_middleware)  # type: ignore[attr-defined]

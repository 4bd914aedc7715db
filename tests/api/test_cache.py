"""Tests for detente.api.cache: answers come from memory only while the store is unchanged."""

from __future__ import annotations

import asyncio
import hashlib
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import delete, select, update
from starlette.types import Receive, Scope, Send

from detente.aggregate import add_document, recluster
from detente.api import create_app
from detente.api.cache import COMPUTING, SCOPE_PARAMS, ResponseCache
from detente.model import Analysis, Document, DocumentRef, Event, EventType, Exchange
from detente.settings import Settings
from detente.store import Store, open_store
from detente.store.cache import Counters
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
    app = ResponseCache(_counting_app(calls, pause=0.05), store.counters)
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

    answers = _get_all(ResponseCache(app, store.counters), [f"/events?n={n}" for n in range(12)])
    assert answers == ["x"] * 12 and most[0] == COMPUTING


def test_writes_and_other_routes_pass_through(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls), store.counters)
    assert _get_all(app, ["/healthz"]) + _get_all(app, ["/healthz"]) == ["1", "2"]
    assert _get_all(app, ["/documents"], "POST") + _get_all(app, ["/documents"], "POST") == [
        "3",
        "4",
    ]


def test_only_successful_answers_are_kept(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls, status=404), store.counters)
    assert _get_all(app, ["/events/x"]) + _get_all(app, ["/events/x"]) == ["1", "2"]


def test_an_answer_computed_across_a_write_is_not_kept(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls, store=store), store.counters)
    assert _get_all(app, ["/events"]) + _get_all(app, ["/events"]) == ["1", "2"]


def test_the_cache_keeps_at_most_its_bytes(store: Store) -> None:
    calls: list[str] = []
    app = ResponseCache(_counting_app(calls), store.counters, max_bytes=2)
    one_by_one = [_get_all(app, [f"/events?{q}"])[0] for q in "abccba"]
    assert one_by_one == ["1", "2", "3", "3", "2", "4"]  # "a" was dropped first


def test_a_closed_read_app_has_no_cache(make_client: MakeClient) -> None:
    client = make_client(api_open_reads=False)
    assert not any(m.cls is ResponseCache for m in client.app.user_middleware)  # type: ignore[attr-defined]


# --- scoped invalidation: a write invalidates the answers about the countries it changed -----

Side = tuple[str, str, str | None, int | None]
"""(event type, actor, target, count) of one event of a report."""


def _report(n: int, sides: list[Side], deal: bool = False) -> tuple[Document, Analysis]:
    """A document reporting these events (all on one day), traded for one another if ``deal``."""
    text = f"Report {n}: " + "; ".join(f"{t} by {a} on {g} ({c})" for t, a, g, c in sides)
    doc = Document(
        id=hashlib.sha256(text.encode()).hexdigest(), source=f"r{n}.txt", text=text,
        published="2031-02-01",
    )  # fmt: skip
    found = [
        Event(id=f"e{i}", type=EventType(t), actor=a, target=g, count=c, date="2031-01-15")
        for i, (t, a, g, c) in enumerate(sides, 1)
    ]
    trades = [Exchange(events=[e.id for e in found])] if deal else []
    ref = DocumentRef(id=doc.id, source=doc.source, published=doc.published)
    return doc, Analysis(document=ref, events=found, exchanges=trades)


def _tamper(url: str, actor: str) -> None:
    """Change ``actor``'s events behind the store's back (no generation bumped; a new ingestion
    time, so that decoded events are read again): an answer that does not show it came from the
    response cache."""
    untracked = make_engine(url)
    mine = select(events.c.document_id).where(events.c.actor == actor)
    try:
        with untracked.begin() as conn:
            conn.execute(update(events).where(events.c.actor == actor).values(count=999))
            stamp = datetime(2040, 1, 1, tzinfo=UTC)
            conn.execute(
                update(documents).where(documents.c.id.in_(mine)).values(ingested_at=stamp)
            )
    finally:
        untracked.dispose()


def _body(client: TestClient, path: str) -> str:
    answer = client.get(path)
    assert answer.status_code == 200, answer.text
    return answer.text


@pytest.fixture
def scoped_store(shared_db_url: str) -> Iterator[Store]:
    """A clustered store: a BLR release traded for an LTU easing, and a RUS release."""
    store = open_store(shared_db_url)
    add_document(store, *_report(1, [("release", "BLR", None, 10), EASE_LTU], deal=True))
    add_document(store, *_report(2, [("release", "RUS", None, 20)]))
    yield store
    store.close()


EASE_LTU: Side = ("sanctions_eased", "LTU", "BLR", None)


def _scoped_client(store: Store, url: str) -> TestClient:
    return TestClient(create_app(Settings(db=url), store=store))


def _watch(store: Store, url: str, paths: list[str]) -> tuple[TestClient, dict[str, str]]:
    """A client, its (now cached) answers to ``paths``, and then RUS's events changed behind
    the store's back (a cached answer about RUS does not show it)."""
    client = _scoped_client(store, url)
    before = {path: _body(client, path) for path in paths}
    _tamper(url, "RUS")
    return client, before


def test_a_write_about_one_country_keeps_the_answers_about_others(
    scoped_store: Store, shared_db_url: str
) -> None:
    paths = ["/events?actor=RUS", "/deals?actor=RUS", "/events?actor=BLR", "/events"]
    client, before = _watch(scoped_store, shared_db_url, paths)
    add_document(scoped_store, *_report(3, [("release", "BLR", None, 11)]))
    assert _body(client, "/events?actor=RUS") == before["/events?actor=RUS"]  # from memory
    assert _body(client, "/deals?actor=RUS") == before["/deals?actor=RUS"]
    assert '"count":11' in _body(client, "/events?actor=BLR")  # recomputed
    assert '"count":999' in _body(client, "/events")  # unfiltered: every write counts


def test_a_deal_invalidates_every_party_also_of_the_deal_it_joins(
    scoped_store: Store, shared_db_url: str
) -> None:
    paths = ["/deals?actor=LTU", "/deals?actor=POL", "/deals?target=BLR", "/events?actor=RUS"]
    client, before = _watch(scoped_store, shared_db_url, paths)
    assert "POL" not in before["/deals?actor=LTU"] and '"items":[]' in before["/deals?actor=POL"]
    # Another report of the BLR release (the same canonical event), traded for a POL release:
    # the deal with LTU's easing now has a POL side too, though this report names no LTU event.
    report = _report(4, [("release", "BLR", None, 10), ("release", "POL", None, 3)], deal=True)
    add_document(scoped_store, *report)
    fresh = _scoped_client(scoped_store, shared_db_url)
    for path in paths[:3]:
        assert _body(client, path) == _body(fresh, path) != before[path]
    assert "POL" in _body(client, "/deals?actor=LTU")
    assert _body(client, "/events?actor=RUS") == before["/events?actor=RUS"]


def test_a_deleted_and_stored_again_document_invalidates(
    scoped_store: Store, shared_db_url: str
) -> None:
    doc, analysis = _report(5, [("release", "POL", None, 7)])
    add_document(scoped_store, doc, analysis)
    paths = ["/events?actor=POL", "/deals?actor=LTU", "/events?actor=RUS"]
    client, before = _watch(scoped_store, shared_db_url, paths)
    with scoped_store.engine.begin() as conn:  # a write nobody scoped: every answer is recomputed
        conn.execute(delete(documents).where(documents.c.id == doc.id))
    assert '"items":[]' in _body(client, "/events?actor=POL")
    assert '"count":999' in _body(client, "/events?actor=RUS")
    assert add_document(scoped_store, doc, analysis)
    assert _body(client, "/events?actor=POL") == before["/events?actor=POL"]


def test_cached_answers_equal_fresh_ones_after_random_writes(
    scoped_store: Store, shared_db_url: str
) -> None:
    rng = random.Random(7)
    codes = ["BLR", "LTU", "POL", "RUS", "USA"]
    paths = ["/events", "/deals", "/events?actor=BLR&target=USA", "/deals?actor=blr&actor=POL"]
    paths += [f"/{r}?{f}={c}" for r in ("events", "deals") for f in SCOPE_PARAMS for c in codes]
    client = _scoped_client(scoped_store, shared_db_url)
    stored: list[str] = []
    for n in range(10, 30):
        if stored and rng.random() < 0.15:  # now and then a write of unknown reach
            with scoped_store.engine.begin() as conn:
                conn.execute(delete(documents).where(documents.c.id == stored.pop()))
            recluster(scoped_store)  # the clusters of what is left (another unscoped write)
        else:
            sides: list[Side] = [
                rng.choice([
                    ("release", rng.choice(codes), None, rng.choice([10, 20, 3])),
                    ("sanctions_eased", rng.choice(codes), rng.choice(codes), None),
                    ("sanctions_imposed", rng.choice(codes), rng.choice(codes), None),
                ])
                for _ in range(rng.randint(1, 3))
            ]  # fmt: skip
            doc, analysis = _report(n, sides, deal=len(sides) > 1 and rng.random() < 0.6)
            assert add_document(scoped_store, doc, analysis)
            stored.append(doc.id)
        fresh = _scoped_client(scoped_store, shared_db_url)
        for path in rng.sample(paths, 12):
            assert _body(client, path) == _body(fresh, path), (n, path)


def test_concurrent_requests_share_reads_of_the_counters(store: Store) -> None:
    reads: list[int] = []

    def slow() -> Counters:
        reads.append(1)
        time.sleep(0.05)  # a read that takes a while: requests asking meanwhile share the next
        return store.counters()

    calls: list[str] = []
    app = ResponseCache(_counting_app(calls), slow)
    assert _get_all(app, ["/deals"] * 20) == ["1"] * 20
    assert 2 <= len(reads) <= 4  # before and after computing, not 40
    assert store.add(*_article(5))
    assert _get_all(app, ["/deals"]) == ["2"]  # a read started after the write: it is seen

"""Dashboard fixtures: an in-process client over clustered fixture documents, and a real uvicorn
server on 127.0.0.1 over the demo samples for the browser tests."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import make_url, text

from detente.aggregate import add_document
from detente.api import create_app
from detente.api.deps import get_extractor
from detente.model import Analysis, Document
from detente.settings import Settings, key_digest
from detente.store import Store, open_store
from detente.store.engine import make_engine
from detente.workflow import ingest_documents, read_inputs

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
FIXTURES = ROOT / "tests" / "fixtures" / "web"
ARTIFACTS = ROOT / "artifacts" / "web"
"""Screenshots of the browser tests (gitignored)."""
KEY = "web-test-key-8d1e"
LIVE_DATABASE = "detente_web_live"
"""The browser tests' own database on a PostgreSQL test server: other tests wipe theirs."""
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


@pytest.fixture
def web_store(shared_db_url: str, docs: dict[str, tuple[Document, Analysis]]) -> Iterator[Store]:
    """A store holding the fixture documents, clustered as `detente ingest` clusters them."""
    store = open_store(shared_db_url)
    for doc, analysis in docs.values():
        assert add_document(store, doc, analysis)
    yield store
    store.close()


@pytest.fixture
def web(web_store: Store, shared_db_url: str) -> Iterator[TestClient]:
    """An in-process client for the app (API and dashboard) over ``web_store``."""
    app = create_app(Settings(db=shared_db_url, api_keys=(key_digest(KEY),)), store=web_store)
    with TestClient(app) as client:
        yield client


def _live_database(tmp: Path) -> str:
    base = os.environ.get("DETENTE_TEST_DB_URL")
    if not base:
        return f"sqlite:///{tmp / 'live.db'}"
    engine = make_engine(base).execution_options(isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {LIVE_DATABASE} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {LIVE_DATABASE}"))
    finally:
        engine.dispose()
    return make_url(base).set(database=LIVE_DATABASE).render_as_string(hide_password=False)


@dataclass
class Live:
    """A running server: its base URL and the store behind it."""

    url: str
    store: Store


def _serve(app: Any) -> tuple[uvicorn.Server, threading.Thread, int]:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))  # a free port, held until uvicorn takes the socket over
    config = uvicorn.Config(app, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.02)
    return server, thread, sock.getsockname()[1]


@pytest.fixture(scope="package")
def live(tmp_path_factory: pytest.TempPathFactory, spacy_extractor: Any) -> Iterator[Live]:
    """uvicorn on 127.0.0.1 (free port) over a store holding the demo samples, ingested with
    the real extractor; writes take the key ``KEY``."""
    url = _live_database(tmp_path_factory.mktemp("live"))
    store = open_store(url)
    summary = ingest_documents(store, read_inputs([str(SAMPLES)]), spacy_extractor)
    assert summary.stored >= 5 and summary.failed == 0
    app = create_app(Settings(db=url, api_keys=(key_digest(KEY),)), store=store)
    app.dependency_overrides[get_extractor] = lambda: spacy_extractor
    server, thread, port = _serve(app)
    yield Live(url=f"http://127.0.0.1:{port}", store=store)
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="package")
def browser(live: Live) -> Iterator[Any]:
    """Debian's Chromium, headless, driven by Playwright (no browser download)."""
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} missing: run scripts/chromium-install (make test does)")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield launched
        launched.close()

"""API fixtures: an app over a filled store (SQLite file, or DETENTE_TEST_DB_URL) and its client."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from detente.api import create_app
from detente.api.deps import get_extractor
from detente.model import Analysis, Document
from detente.settings import Settings, key_digest
from detente.store import Store, open_store

if TYPE_CHECKING:
    from detente.extract.pipeline import Extractor

KEY = "test-key-5f2c9a"
"""The one API key the test app accepts (it holds only its digest)."""

MakeClient = Callable[..., TestClient]


@pytest.fixture
def api_store(shared_db_url: str, docs: dict[str, tuple[Document, Analysis]]) -> Iterator[Store]:
    """A store holding every fixture document, on a database several threads can use."""
    store = open_store(shared_db_url)
    for doc, analysis in docs.values():
        assert store.add(doc, analysis)
    yield store
    store.close()


@pytest.fixture
def make_client(
    api_store: Store, shared_db_url: str, request: pytest.FixtureRequest
) -> Iterator[MakeClient]:
    """Build a client for an app with these settings over ``api_store``; the extractor is the
    session's (loaded only if a test posts an article)."""
    clients: list[TestClient] = []

    def make(raise_server_exceptions: bool = True, **settings: object) -> TestClient:
        options = {"db": shared_db_url, "api_keys": (key_digest(KEY),), **settings}
        app = create_app(Settings(**options), store=api_store)  # type: ignore[arg-type]

        def extractor() -> Extractor:
            found: Extractor = request.getfixturevalue("spacy_extractor")
            return found

        app.dependency_overrides[get_extractor] = extractor
        client = TestClient(app, raise_server_exceptions=raise_server_exceptions)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(make_client: MakeClient) -> TestClient:
    """A client for the app with default settings (open reads, key ``KEY`` for writes)."""
    return make_client()


@pytest.fixture
def app(client: TestClient) -> FastAPI:
    """The app behind ``client``."""
    assert isinstance(client.app, FastAPI)
    return client.app


def error_of(response: object) -> dict[str, object]:
    """The ``error`` object of a JSON error response, checking the stable shape."""
    body = response.json()  # type: ignore[attr-defined]
    assert set(body) == {"error"}
    error: dict[str, object] = body["error"]
    assert set(error) == {"status", "code", "message", "details"}
    assert error["status"] == response.status_code  # type: ignore[attr-defined]
    assert "Traceback" not in str(error)
    return error

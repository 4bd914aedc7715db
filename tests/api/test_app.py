"""Tests for detente.api.app and detente.api.errors: routes, docs, error shape, health."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text

from detente.api.errors import CODES
from detente.store import Store

from .conftest import MakeClient, error_of

ROUTES = {
    "/documents": {"get", "post"},
    "/documents/{doc_id}": {"get"},
    "/events": {"get"},
    "/events/{key}": {"get"},
    "/exchanges": {"get"},
    "/canonical-events": {"get"},
    "/canonical-events/{event_id}": {"get"},
    "/deals": {"get"},
    "/deals/{deal_id}": {"get"},
    "/persons": {"get"},
    "/persons/{person_id}": {"get"},
    "/timeline": {"get"},
    "/healthz": {"get"},
    "/readyz": {"get"},
    "/search": {"get"},
    "/stocks": {"get"},
    "/exposure/{ident}": {"get"},
}


def test_openapi_lists_every_route(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {path: set(ops) for path, ops in schema["paths"].items()} == ROUTES
    post = schema["paths"]["/documents"]["post"]
    assert post["security"] == [{"APIKeyHeader": []}]
    assert "ErrorResponse" in schema["components"]["schemas"]


def test_docs_use_local_assets_only(client: TestClient) -> None:
    page = client.get("/docs")
    assert page.status_code == 200
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith(("/static/swagger/", "data:")) for s in sources)
    for asset in sources:
        if asset.startswith("/"):
            assert client.get(asset).status_code == 200


def test_health(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").json() == {"status": "ready"}


def test_readyz_is_503_when_the_store_fails(client: TestClient, api_store: Store) -> None:
    with api_store.engine.begin() as conn:
        conn.execute(text("DROP TABLE exchange_events"))
        conn.execute(
            text(
                "DROP TABLE events CASCADE"
                if conn.dialect.name == "postgresql"
                else "DROP TABLE events"
            )
        )
    response = client.get("/readyz")
    assert response.status_code == 503
    assert error_of(response)["code"] == "unavailable"


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [("get", "/nowhere", 404), ("delete", "/events", 405), ("put", "/documents", 405)],
)
def test_framework_errors_are_json(client: TestClient, method: str, path: str, status: int) -> None:
    response = client.request(method, path)
    assert response.status_code == status
    assert error_of(response)["code"] == CODES[status]


def test_unexpected_error_is_a_500_without_trace(make_client: MakeClient) -> None:
    client = make_client(raise_server_exceptions=False)

    def boom() -> None:
        raise RuntimeError("secret internals at /srv/x.py line 3")

    client.app.add_api_route("/boom", boom)  # type: ignore[attr-defined]
    response = client.get("/boom")
    assert response.status_code == 500
    error = error_of(response)
    assert error["message"] == "internal error"
    assert "secret" not in response.text

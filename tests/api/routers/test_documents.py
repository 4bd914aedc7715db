"""Tests for detente.api.routers.documents: listing, one document, and ingesting articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.model import Document, Filter
from detente.store import Store

from ..conftest import KEY, error_of

CLI_FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "cli"
WRITE = {"X-API-Key": KEY}


def test_list_documents_in_pages(client: TestClient, api_store: Store) -> None:
    expected = [ref.model_dump(mode="json") for ref in api_store.view().documents()]
    first = client.get("/documents", params={"limit": 2}).json()
    rest = client.get("/documents", params={"limit": 2, "cursor": first["next"]}).json()
    assert first["items"] + rest["items"] == expected
    assert rest["next"] is None


def test_one_document_with_text_and_events(client: TestClient, docs: dict[str, Any]) -> None:
    doc, analysis = docs["minsk-december"]
    body = client.get(f"/documents/{doc.id}").json()
    assert Document.model_validate(body["document"]) == doc
    assert sorted(e["id"] for e in body["events"]) == sorted(e.id for e in analysis.events)


def test_unknown_document_is_404(client: TestClient) -> None:
    response = client.get("/documents/" + "0" * 64)
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"


def test_post_text_stores_it_and_returns_its_events(client: TestClient, api_store: Store) -> None:
    text = (CLI_FIXTURES / "swap.txt").read_text(encoding="utf-8")
    response = client.post("/documents", json={"text": text}, headers=WRITE)
    assert response.status_code == 201
    body = response.json()
    assert body["stored"] is True and body["events"]
    stored = api_store.view().events(Filter(document=body["document"]["id"]))
    assert body["events"] == [e.model_dump(mode="json") for e in stored]
    again = client.post("/documents", json={"text": text}, headers=WRITE)
    assert again.status_code == 200
    assert again.json() == {**body, "stored": False}


def test_post_html_with_metadata(client: TestClient) -> None:
    html = (CLI_FIXTURES / "article.html").read_text(encoding="utf-8")
    body = {"html": html, "published": "2026-01-05", "url": "https://example.org/a"}
    response = client.post("/documents", json=body, headers=WRITE)
    assert response.status_code == 201
    document = response.json()["document"]
    assert (document["source"], document["published"]) == ("https://example.org/a", "2026-01-05")


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:9/a",
        "http://localhost/a",
        "http://169.254.169.254/latest",
        "http://[::1]/",
        "http://10.1.2.3/",
    ],
)
def test_post_private_url_is_refused_without_fetching(client: TestClient, url: str) -> None:
    response = client.post("/documents", json={"url": url}, headers=WRITE)
    assert response.status_code == 422
    assert "refusing to fetch a private, loopback or link-local address" in str(
        error_of(response)["message"]
    )


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"text": "a", "html": "<p>a</p>"},
        {"text": ""},
        {"text": "a", "published": "13 May"},
        {"txt": "a"},
        [],
    ],
)
def test_post_invalid_body_is_422(client: TestClient, body: Any) -> None:
    response = client.post("/documents", json=body, headers=WRITE)
    assert response.status_code == 422
    assert error_of(response)["details"]


@pytest.mark.parametrize(
    ("body", "problem"),
    [({"text": "   "}, "empty input"), ({"url": "ftp://x/y"}, "unsupported URL scheme 'ftp'")],
)
def test_post_unreadable_article_is_422(client: TestClient, body: Any, problem: str) -> None:
    response = client.post("/documents", json=body, headers=WRITE)
    assert response.status_code == 422
    assert problem in str(error_of(response)["message"])

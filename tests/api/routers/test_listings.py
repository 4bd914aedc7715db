"""Tests for detente.api.routers.exchanges, .stocks and .search."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.model import Filter
from detente.store import Store

from ..conftest import error_of


def _pages(client: TestClient, path: str, params: dict[str, Any]) -> list[Any]:
    items: list[Any] = []
    cursor = None
    while True:
        body = client.get(
            path, params={**params, "limit": 1, **({"cursor": cursor} if cursor else {})}
        ).json()
        items += body["items"]
        if (cursor := body["next"]) is None:
            return items


@pytest.mark.parametrize("params", [{}, {"actor": "USA"}, {"actor": "GBR"}, {"since": "2025-12"}])
def test_exchanges_match_the_store(
    client: TestClient, api_store: Store, params: dict[str, Any]
) -> None:
    expected = [d.model_dump(mode="json") for d in api_store.view().deals(Filter(**params))]
    assert _pages(client, "/exchanges", params) == expected


@pytest.mark.parametrize("params", [{}, {"actor": "BLR"}, {"until": "2024"}])
def test_stocks_match_the_store(
    client: TestClient, api_store: Store, params: dict[str, Any]
) -> None:
    expected = [s.model_dump(mode="json") for s in api_store.view().stocks(Filter(**params))]
    assert _pages(client, "/stocks", params) == expected


def test_search_finds_documents_by_every_word(client: TestClient, docs: dict[str, Any]) -> None:
    hits = client.get("/search", params={"q": "BELARUS potash"}).json()
    assert [h["id"] for h in hits] == [docs["minsk-december"][0].id]
    assert hits[0]["kind"] == "document" and "potash" in hits[0]["snippet"].lower()
    assert client.get("/search", params={"q": "belarus"}).json()
    assert client.get("/search", params={"q": "100%_nothing"}).json() == []


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x" * 201}, {"q": "a", "limit": 0}])
def test_search_bad_query_is_422(client: TestClient, params: dict[str, Any]) -> None:
    response = client.get("/search", params=params)
    assert response.status_code == 422
    assert error_of(response)["code"] == "invalid"


@pytest.mark.parametrize("cursor", ["bm90LWEta2V5", "!!"])
def test_exchanges_bad_cursor_is_400(client: TestClient, cursor: str) -> None:
    response = client.get("/exchanges", params={"cursor": cursor})
    assert response.status_code == 400

"""Tests for detente.api.routers.canonical, .deals, .timeline and .persons (over detente.aggregate)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.aggregate import canonical_events, deals, persons, recluster, timeline
from detente.model import DealSummary, Filter
from detente.store import Store

from ..conftest import error_of


@pytest.fixture
def clustered(api_store: Store) -> Store:
    """The API store with its canonical events computed."""
    recluster(api_store)
    return api_store


def _dump(items: list[Any]) -> list[Any]:
    return [item.model_dump(mode="json") for item in items]


def test_canonical_events_match_the_library(client: TestClient, clustered: Store) -> None:
    expected = _dump(canonical_events(clustered, Filter(actor="BLR")))
    body = client.get("/canonical-events", params={"actor": "BLR", "limit": 500}).json()
    assert body["items"] == expected and expected


def test_canonical_event_by_id_or_by_any_event_key(client: TestClient, clustered: Store) -> None:
    for event in canonical_events(clustered):
        assert client.get(f"/canonical-events/{event.id}").json() == event.model_dump(mode="json")
        for mention in event.mentions:
            assert client.get(f"/canonical-events/{mention.key}").json()["id"] == event.id
    missing = client.get("/canonical-events/000000000000:e9")
    assert missing.status_code == 404 and error_of(missing)["code"] == "not_found"


def test_deals_list_summaries_and_one_in_full(client: TestClient, clustered: Store) -> None:
    full = deals(clustered)
    expected = _dump([DealSummary.of(d) for d in full])
    assert expected
    assert client.get("/deals", params={"limit": 500}).json() == {"items": expected, "next": None}
    assert all("mentions" not in e and "reports" not in d for d in expected for e in d["events"])
    assert expected[0]["report_count"] == len(full[0].reports) > 0
    first = full[0].model_dump(mode="json")
    assert client.get(f"/deals/{first['id']}").json() == first
    assert first["events"][0]["mentions"]
    assert client.get("/deals/deal:nope").status_code == 404


def test_timeline_matches_the_library(client: TestClient, clustered: Store) -> None:
    expected = timeline(clustered, Filter(actor="BLR", since="2025")).model_dump(mode="json")
    assert client.get("/timeline", params={"actor": "BLR", "since": "2025"}).json() == expected


def test_persons_list_and_one(client: TestClient, clustered: Store) -> None:
    people = persons(clustered)
    assert people
    listed = client.get("/persons", params={"limit": 500}).json()["items"]
    assert listed == _dump(people)
    one = people[0]
    assert client.get(f"/persons/{one.id}").json() == one.model_dump(mode="json")
    response = client.get("/persons/nobody-at-all")
    assert response.status_code == 404
    assert error_of(response)["message"] == "no person 'nobody-at-all'"

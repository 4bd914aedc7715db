"""Tests for detente.api.routers.events: listing, filters, pages and one event."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from detente.model import EventType, Filter
from detente.store import Store

from ..conftest import error_of

FILTERS: list[dict[str, Any]] = [
    {},
    {"actor": "BLR"},
    {"actor": "blr", "type": "release"},
    {"target": "BLR"},
    {"type": "sanctions_eased", "since": "2025-10"},
    {"since": "2025-09", "until": "2025-09-30"},
]


def _all(client: TestClient, params: dict[str, Any], limit: int) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        query = {**params, "limit": limit, **({"cursor": cursor} if cursor else {})}
        body = client.get("/events", params=query).json()
        assert len(body["items"]) <= limit
        items += body["items"]
        if (cursor := body["next"]) is None:
            return items
    raise AssertionError("pages never end")


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize("limit", [1, 3, 500])
def test_pages_match_the_store(
    client: TestClient, api_store: Store, params: dict[str, Any], limit: int
) -> None:
    flt = Filter(**{k: v.upper() if k in ("actor", "target") else v for k, v in params.items()})
    expected = [e.model_dump(mode="json") for e in api_store.view().events(flt)]
    assert _all(client, params, limit) == expected


def test_filters_narrow_the_list(client: TestClient) -> None:
    everything = client.get("/events").json()["items"]
    released = client.get("/events", params={"type": EventType.RELEASE.value}).json()["items"]
    assert 0 < len(released) < len(everything)
    assert {e["type"] for e in released} == {"release"}


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"since": "Sept 2025"}, 422),
        ({"type": "arrest"}, 422),
        ({"actor": "B1R"}, 422),
        ({"limit": 0}, 422),
        ({"limit": 501}, 422),
        ({"since": "2025-13"}, 400),
        ({"cursor": "bm9wZTplMQ"}, 400),  # a well-formed cursor naming no event
        ({"cursor": "%%%"}, 400),
    ],
)
def test_bad_parameters(client: TestClient, params: dict[str, Any], status: int) -> None:
    response = client.get("/events", params=params)
    assert response.status_code == status
    error = error_of(response)
    if status == 422:
        assert error["details"] and all("location" in d for d in error["details"])  # type: ignore[union-attr]


def test_one_event_with_its_evidence(client: TestClient, api_store: Store) -> None:
    for stored in api_store.view().events():
        body = client.get(f"/events/{stored.key}").json()
        assert body == stored.model_dump(mode="json")
        assert body["evidence"] and body["document"]["id"]


def test_unknown_event_is_404(client: TestClient) -> None:
    response = client.get("/events/000000000000:e1")
    assert response.status_code == 404
    assert error_of(response)["message"] == "no event '000000000000:e1'"


def test_sanctions_events_carry_their_official_list_status(store: Store) -> None:
    """A news easing on Belavia confirmed by an OFAC delisting: the status is in /events and
    /events/{key}; a release has none."""
    from lists.test_corroborate import HISTORIES, _history, add_news  # tests/ is on sys.path

    from detente.api import create_app
    from detente.lists.corroborate import corroborate
    from detente.settings import Settings

    fmt, files, source, airline = HISTORIES[0]
    _history(store, fmt, files)
    key = add_news(store)["Belavia"]
    corroborate(store, window_days=14)
    with TestClient(create_app(Settings(db="sqlite://"), store=store)) as client:
        items = {e["key"]: e for e in client.get("/events", params={"limit": 500}).json()["items"]}
        one = client.get(f"/events/{key}").json()
    for event in (items[key], one):
        assert event["corroboration"]["status"] == "confirmed"
        assert (event["corroboration"]["source"], event["corroboration"]["entry_id"]) == (
            source,
            airline,
        )
    assert all(e["corroboration"] is None for e in items.values() if e["type"] == "release")


def test_exposure_of_a_stored_sanctions_event_and_404(client: TestClient, api_store: Store) -> None:
    """/exposure/{id} gives what `detente exposure` gives; an unknown id is a JSON 404."""
    from detente.markets.exposure import exposure

    eased = [e for e in api_store.view().events() if e.type == EventType.SANCTIONS_EASED]
    assert eased
    bodies = [client.get(f"/exposure/{event.key}").json() for event in eased]
    for event, body in zip(eased, bodies, strict=True):
        assert body == exposure(api_store, event.key).model_dump(mode="json")
    assert any(item["ticker"] for body in bodies for item in body["items"])  # companies found
    missing = client.get("/exposure/deal:nope")
    assert missing.status_code == 404 and error_of(missing)["code"] == "not_found"

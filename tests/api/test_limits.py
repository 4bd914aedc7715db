"""Tests for detente.api.limits: bodies over the limit get 413, declared or streamed."""

from __future__ import annotations

from collections.abc import Iterator

from .conftest import KEY, MakeClient, error_of

LIMIT = 1000


def _chunks(total: int, size: int = 100) -> Iterator[bytes]:
    for _ in range(total // size):
        yield b"x" * size


def test_declared_length_over_the_limit_is_413(make_client: MakeClient) -> None:
    client = make_client(api_max_body=LIMIT)
    response = client.post("/documents", content=b"x" * (LIMIT + 1), headers={"X-API-Key": KEY})
    assert response.status_code == 413
    assert error_of(response)["message"] == f"request body larger than the {LIMIT} byte limit"


def test_streamed_body_over_the_limit_is_413(make_client: MakeClient) -> None:
    client = make_client(api_max_body=LIMIT)
    response = client.post("/documents", content=_chunks(LIMIT * 3), headers={"X-API-Key": KEY})
    assert response.status_code == 413
    assert error_of(response)["code"] == "too_large"


def test_body_within_the_limit_reaches_the_route(make_client: MakeClient) -> None:
    client = make_client(api_max_body=LIMIT)
    response = client.post("/documents", content=_chunks(LIMIT), headers={"X-API-Key": KEY})
    assert response.status_code == 422  # read whole by the route: not JSON
    assert error_of(response)["code"] == "invalid"

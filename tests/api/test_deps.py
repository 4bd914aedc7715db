"""Tests for detente.api.deps: API keys (digests, constant-time check) and read access."""

from __future__ import annotations

import pytest

from detente.api.deps import key_allowed
from detente.settings import Settings, key_digest

from .conftest import KEY, MakeClient, error_of


def test_key_allowed_against_digests() -> None:
    digests = (key_digest("one"), key_digest("two"))
    assert key_allowed("two", digests)
    assert not key_allowed("three", digests)
    assert not key_allowed("", digests)
    assert not key_allowed("one", ())


def test_settings_keep_only_digests(monkeypatch: pytest.MonkeyPatch) -> None:
    given = key_digest("pre-hashed")
    monkeypatch.setenv("DETENTE_API_KEYS", f" plain-key ,{given},, ")
    settings = Settings()
    assert settings.api_keys == (key_digest("plain-key"), given)
    assert "plain-key" not in repr(settings)
    assert key_allowed("pre-hashed", settings.api_keys)


@pytest.mark.parametrize(
    ("value", "expected"), [("0", False), ("no", False), ("1", True), ("", True)]
)
def test_open_reads_setting(monkeypatch: pytest.MonkeyPatch, value: str, expected: bool) -> None:
    monkeypatch.setenv("DETENTE_API_OPEN_READS", value)
    assert Settings().api_open_reads is expected


@pytest.mark.parametrize(
    ("headers", "message"),
    [
        ({}, "this request needs an API key (header X-API-Key)"),
        ({"X-API-Key": "wrong"}, "invalid API key"),
    ],
)
def test_writes_need_a_valid_key(
    make_client: MakeClient, headers: dict[str, str], message: str
) -> None:
    response = make_client().post(
        "/documents", json={"text": "Belarus freed 3 people."}, headers=headers
    )
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("ApiKey")
    assert error_of(response)["message"] == message


def test_no_configured_key_closes_writes(make_client: MakeClient) -> None:
    client = make_client(api_keys=())
    response = client.post("/documents", json={"text": "x"}, headers={"X-API-Key": KEY})
    assert response.status_code == 401


@pytest.mark.parametrize("path", ["/events", "/documents", "/stocks", "/exchanges", "/search?q=a"])
def test_closed_reads_need_a_key(make_client: MakeClient, path: str) -> None:
    client = make_client(api_open_reads=False)
    assert client.get(path).status_code == 401
    assert client.get(path, headers={"X-API-Key": KEY}).status_code == 200
    assert client.get("/healthz").status_code == 200

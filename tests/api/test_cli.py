"""Tests for detente.api.cli: ``detente serve`` in a real uvicorn process on 127.0.0.1."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest

from detente.store import Store

STARTUP_SECONDS = 60


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(params=[1, 2], ids=["one-process", "two-workers"])
def server(api_store: Store, shared_db_url: str, request: pytest.FixtureRequest) -> Iterator[str]:
    """``detente serve`` over the filled store (one process, or ``--workers 2``); its base URL
    while it runs."""
    port = _free_port()
    workers = ["--workers", str(request.param)]
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "detente",
            "serve",
            "--port",
            str(port),
            "--db",
            shared_db_url,
            *workers,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env={**os.environ, "DETENTE_API_KEYS": ""},
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while time.monotonic() < deadline and proc.poll() is None:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        assert proc.poll() is None, proc.stdout.read().decode() if proc.stdout else ""
        yield base
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()


def test_serve_answers_over_http(server: str, api_store: Store) -> None:
    events = httpx.get(f"{server}/events", params={"actor": "BLR", "limit": 500}, timeout=10)
    assert events.status_code == 200
    assert events.headers["content-type"] == "application/json"
    assert "server" not in events.headers
    expected = [e.key for e in api_store.view().events() if e.actor == "BLR"]
    assert [e["key"] for e in events.json()["items"]] == expected
    assert httpx.get(f"{server}/readyz", timeout=10).json() == {"status": "ready"}
    refused = httpx.post(f"{server}/documents", json={"text": "x"}, timeout=10)
    assert refused.status_code == 401


def test_serve_bad_db_is_one_line(tmp_path: object) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "detente", "serve", "--db", "nosuchdialect://x"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 3
    assert proc.stderr.splitlines() == [
        "detente: error: cannot open the store at 'nosuchdialect://x': unknown database dialect 'nosuchdialect'"
    ]

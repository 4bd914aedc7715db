"""Fixtures for the ingest tests: fixture paths and a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ingest"


class FixtureHandler(http.server.SimpleHTTPRequestHandler):
    """Serves tests/fixtures/ingest/, plus a few routes for redirects, size and time limits."""

    requests: list[str]

    def do_GET(self) -> None:
        type(self).requests.append(self.path)
        route = self.path.split("?", 1)[0]
        if route.startswith("/hops/"):
            left = int(route.rsplit("/", 1)[1])
            target = f"/hops/{left - 1}" if left > 1 else "/articles/minsk-release.txt"
            self._redirect(target)
        elif route == "/relative":
            self._redirect("articles/nested/caracas-swap.html")
        elif route == "/to-file":
            self._redirect("file:///etc/passwd")
        elif route == "/endless":
            self._endless()
        elif route == "/declared-big":
            self._headers(200, "text/plain", length=10**9)
        elif route == "/slow":
            time.sleep(1.0)
            self._headers(200, "text/plain", length=0)
        elif route == "/latin1":
            body = "Caf\xe9 society\nMINSK, 2025-12-13 - Text.".encode("latin-1")
            self._headers(200, "text/plain; charset=iso-8859-1", length=len(body))
            self.wfile.write(body)
        else:
            super().do_GET()

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _headers(self, status: int, content_type: str, length: int | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length is not None:
            self.send_header("Content-Length", str(length))
        self.end_headers()

    def _endless(self) -> None:
        self._headers(200, "text/plain")
        chunk = b"word " * 2000
        try:
            for _ in range(1000):
                self.wfile.write(chunk)
        except OSError:
            pass  # the client hung up past its size cap, as it should
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        """Keep test output quiet."""


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True


@pytest.fixture(scope="session")
def fixtures() -> Path:
    """The directory of ingest fixture files."""
    return FIXTURES


@pytest.fixture()
def http_server() -> Iterator[tuple[str, list[str]]]:
    """Base URL of a live HTTP server over the fixtures, and the list of paths it was asked for."""
    seen: list[str] = []

    class Handler(FixtureHandler):
        requests = seen

    server = _Server(("127.0.0.1", 0), functools.partial(Handler, directory=str(FIXTURES)))
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()
        thread.join()

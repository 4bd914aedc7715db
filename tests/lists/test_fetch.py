"""`detente lists fetch` against a local HTTP server on 127.0.0.1 serving the fixture files."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "lists"


class _Handler(SimpleHTTPRequestHandler):
    def __init__(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        super().__init__(*args, directory=str(FIXTURES), **kwargs)

    def log_message(self, format, *args):  # type: ignore[no-untyped-def]  # noqa: A002
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def _fetch(db: str, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["lists", "fetch", "--db", db, *args])
    return result.exit_code, result.output


def test_fetch_imports_and_then_is_not_modified(server: str, tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'f.db'}"
    url = f"{server}/ofac-sdn/sdn-2025-09-01.xml"
    code, out = _fetch(db, "--source", "ofac-sdn", "--url", url, "--allow-private")
    assert code == 0 and "ofac snapshot 1 of 2025-09-01: 4 entries (stored)" in out
    code, out = _fetch(db, "--source", "ofac-sdn", "--url", url, "--allow-private")
    assert code == 0 and "not modified" in out  # If-Modified-Since answered 304


def test_fetch_csv_set(server: str, tmp_path: Path):
    db = f"sqlite:///{tmp_path / 'f.db'}"
    urls = [f"{server}/ofac-csv-1/{n}" for n in ("sdn.csv", "add.csv", "alt.csv")]
    code, out = _fetch(
        db, "--source", "ofac-csv", "--allow-private", *(a for u in urls for a in ("--url", u))
    )
    assert code == 0 and "4 entries" in out


def test_loopback_is_refused_without_the_option(server: str, tmp_path: Path):
    code, out = _fetch(
        f"sqlite:///{tmp_path / 'f.db'}",
        "--source",
        "un",
        "--url",
        f"{server}/un/un-2025-09-01.xml",
    )
    assert code == 2 and "refusing to fetch a private, loopback or link-local address" in out


def test_missing_file_is_an_http_error(server: str, tmp_path: Path):
    code, out = _fetch(
        f"sqlite:///{tmp_path / 'f.db'}",
        "--source",
        "un",
        "--url",
        f"{server}/nope.xml",
        "--allow-private",
    )
    assert code == 2 and "HTTP 404" in out

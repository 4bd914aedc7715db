"""Fetching URLs from a real HTTP server on 127.0.0.1; address checks without the network."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from detente.errors import E_BINARY, E_ENCODING, E_NO_ARTICLE, E_PRIVATE_URL, InputError
from detente.ingest import IngestOptions
from detente.ingest.fetch import MAX_REDIRECTS, check_redirect, check_url, fetch_url, is_public
from detente.model import Document

Server = tuple[str, list[str]]
ALLOW = IngestOptions(allow_private=True, timeout=5.0)


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "127.8.9.10",
        "10.1.2.3",
        "172.16.0.1",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fe80::1%1",
        "fc00::1",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
    ],
)
def test_not_public(address: str) -> None:
    assert not is_public(address)


@pytest.mark.parametrize("address", ["8.8.8.8", "93.184.216.34", "2606:4700:4700::1111"])
def test_public(address: str) -> None:
    assert is_public(address)


@pytest.mark.parametrize(
    "location",
    [
        "http://127.0.0.1/admin",
        "http://localhost:8080/",
        "http://[::1]/",
        "http://2130706433/",
        "http://0x7f000001/",
        "https://10.0.0.5/x",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::ffff:127.0.0.1]/",
        "//127.0.0.1/protocol-relative",
    ],
)
def test_redirect_to_private_address_is_refused(location: str) -> None:
    with pytest.raises(InputError) as info:
        check_redirect("https://news.example/a", "https://news.example/a", location, False)
    host = info.value.message.split("(")[1].split(")")[0]
    assert info.value.message == E_PRIVATE_URL.format(host=host)
    assert str(info.value).startswith("https://news.example/a: refusing to fetch")


def test_redirect_is_resolved_against_the_current_url() -> None:
    target = check_redirect("u", "http://news.example/a/b?q=1", "../c", allow_private=True)
    assert target == "http://news.example/c"


@pytest.mark.parametrize("location", ["file:///etc/passwd", "ftp://news.example/x", "gopher://x/"])
def test_redirect_to_other_scheme_is_refused(location: str) -> None:
    with pytest.raises(InputError, match="unsupported URL scheme"):
        check_redirect("u", "http://news.example/", location, allow_private=True)


def test_check_url_refuses_ip_literals_and_bad_urls() -> None:
    with pytest.raises(InputError, match="refusing to fetch"):
        check_url("u", "http://127.0.0.1:9/", allow_private=False)
    with pytest.raises(InputError, match="no host"):
        check_url("u", "http:///path", allow_private=True)


def test_fetch_text(http_server: Server, fixtures: Path) -> None:
    base, requests = http_server
    url = f"{base}/articles/minsk-release.txt"
    doc = fetch_url(url, ALLOW)
    expected = (fixtures / "articles" / "minsk-release.txt").read_text(encoding="utf-8").rstrip()
    assert doc.text == expected
    assert doc.id == Document.content_id(expected)
    assert (doc.source, doc.url, doc.published) == (url, url, "2025-12-13")
    assert requests == ["/articles/minsk-release.txt"]


def test_fetch_html(http_server: Server) -> None:
    base, _ = http_server
    doc = fetch_url(f"{base}/articles/nested/caracas-swap.html", ALLOW)
    assert doc.title == "Venezuela and US complete prisoner swap"
    assert doc.published == "2023-12-20"


def test_private_address_refused_without_request(http_server: Server) -> None:
    base, requests = http_server
    url = f"{base}/articles/minsk-release.txt"
    with pytest.raises(InputError) as info:
        fetch_url(url, IngestOptions())
    assert info.value.message == E_PRIVATE_URL.format(host="127.0.0.1")
    assert requests == []


def test_redirects_are_followed_up_to_the_limit(http_server: Server) -> None:
    base, requests = http_server
    doc = fetch_url(f"{base}/hops/{MAX_REDIRECTS}", ALLOW)
    assert doc.url == f"{base}/articles/minsk-release.txt"
    assert len(requests) == MAX_REDIRECTS + 1


def test_too_many_redirects(http_server: Server) -> None:
    base, requests = http_server
    with pytest.raises(InputError, match=f"more than {MAX_REDIRECTS} redirects"):
        fetch_url(f"{base}/hops/{MAX_REDIRECTS + 1}", ALLOW)
    assert len(requests) == MAX_REDIRECTS + 1


def test_relative_redirect(http_server: Server) -> None:
    base, _ = http_server
    doc = fetch_url(f"{base}/relative", ALLOW)
    assert doc.url == f"{base}/articles/nested/caracas-swap.html"
    assert doc.source == f"{base}/relative"


def test_redirect_to_file_scheme(http_server: Server) -> None:
    base, _ = http_server
    with pytest.raises(InputError, match="unsupported URL scheme 'file'"):
        fetch_url(f"{base}/to-file", ALLOW)


@pytest.mark.parametrize("route", ["/endless", "/declared-big"])
def test_size_cap(http_server: Server, route: str) -> None:
    base, _ = http_server
    options = IngestOptions(allow_private=True, max_bytes=100_000, timeout=5.0)
    with pytest.raises(InputError, match="larger than the 100000 byte limit"):
        fetch_url(base + route, options)


def test_timeout(http_server: Server) -> None:
    base, _ = http_server
    with pytest.raises(InputError, match="cannot fetch: timed out after 0.2s"):
        fetch_url(f"{base}/slow", IngestOptions(allow_private=True, timeout=0.2))


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/nothing-here.txt", "cannot fetch: HTTP 404 Not Found"),
        ("/bad/pixel.png", "cannot fetch: unsupported content type 'image/png'"),
        ("/bad/binary.txt", E_BINARY),
        ("/bad/latin1.txt", E_ENCODING),
        ("/bad/menu-only.html", E_NO_ARTICLE),
    ],
)
def test_fetch_errors(http_server: Server, route: str, message: str) -> None:
    base, _ = http_server
    with pytest.raises(InputError) as info:
        fetch_url(base + route, ALLOW)
    assert info.value.message == message
    assert info.value.source == base + route


def test_declared_charset_is_used(http_server: Server) -> None:
    base, _ = http_server
    doc = fetch_url(f"{base}/latin1", ALLOW)
    assert doc.text.startswith("Café society")
    assert doc.published == "2025-12-13"


def test_connection_refused() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(InputError, match="cannot fetch: "):
        fetch_url(f"http://127.0.0.1:{port}/", ALLOW)

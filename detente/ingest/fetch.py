"""Articles at http(s) URLs: a guarded download (address checks, size cap, manual redirects)."""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from detente.errors import E_FETCH, E_PRIVATE_URL, InputError
from detente.ingest.checks import decode_text, too_large
from detente.ingest.html import read_html
from detente.ingest.text import read_text
from detente.model import Document

if TYPE_CHECKING:
    from detente.ingest import IngestOptions

log = logging.getLogger(__name__)

SCHEMES = ("http", "https")
# Browsers allow about 20 hops; an article link needing more than 5 is a loop or a tracker chain.
MAX_REDIRECTS = 5
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
USER_AGENT = "detente/0.1"
_CHARSET = re.compile(r"charset\s*=\s*\"?([\w.:-]+)", re.IGNORECASE)


@dataclass(frozen=True)
class Download:
    """What a fetch brought back: the final URL after redirects, media type, charset and body."""

    url: str
    media_type: str
    charset: str | None
    body: bytes


def is_public(address: str) -> bool:
    """Whether an IP address is a public unicast address (not private, loopback, reserved…)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
        or not ip.is_global
    )


def check_host(source: str, host: str, port: int | None) -> None:
    """Refuse a host (name or IP literal) if ANY address it resolves to is not public."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(source, E_FETCH.format(problem=f"cannot resolve {host}: {exc}")) from None
    addresses = {str(info[4][0]) for info in infos}
    if not addresses or not all(is_public(address) for address in addresses):
        raise InputError(source, E_PRIVATE_URL.format(host=host))


def check_url(source: str, url: str, allow_private: bool) -> httpx.URL:
    """A URL that may be fetched: http(s), with a host that is public unless allowed otherwise."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise InputError(source, E_FETCH.format(problem=f"invalid URL ({exc})")) from None
    if parsed.scheme not in SCHEMES:
        problem = f"unsupported URL scheme {parsed.scheme!r}"
        raise InputError(source, E_FETCH.format(problem=problem))
    if not parsed.host:
        raise InputError(source, E_FETCH.format(problem="no host in URL"))
    if not allow_private:
        check_host(source, parsed.host, parsed.port)
    return parsed


def check_redirect(source: str, current: str, location: str, allow_private: bool) -> str:
    """The absolute target of a redirect from ``current``, checked like the first URL."""
    try:
        target = httpx.URL(current).join(location)
    except httpx.InvalidURL as exc:
        raise InputError(source, E_FETCH.format(problem=f"bad redirect ({exc})")) from None
    return str(check_url(source, str(target), allow_private))


def fetch_url(url: str, options: IngestOptions) -> Document:
    """The article at an http(s) URL, read as HTML or plain text by its content type."""
    download = download_url(url, options)
    kind = download.media_type
    if not kind:
        kind = "text/html" if download.body.lstrip().startswith(b"<") else "text/plain"
    if kind not in HTML_TYPES | TEXT_TYPES:
        raise InputError(url, E_FETCH.format(problem=f"unsupported content type {kind!r}"))
    text = decode_text(url, download.body, download.charset or "utf-8")
    if kind in HTML_TYPES:
        return read_html(url, text, options, url=download.url)
    return read_text(url, text, options, url=download.url)


def download_url(url: str, options: IngestOptions) -> Download:
    """Download a URL, following at most MAX_REDIRECTS redirects and checking every hop."""
    deadline = time.monotonic() + options.timeout
    headers = {"User-Agent": USER_AGENT, "Accept": "text/html, text/plain;q=0.9"}
    with checked_get(url, headers, options.timeout, options.allow_private) as (current, response):
        return _receive(url, current, response, options.max_bytes, deadline)


@contextmanager
def checked_get(
    url: str, headers: dict[str, str], timeout: float, allow_private: bool
) -> Iterator[tuple[str, httpx.Response]]:
    """GET ``url`` as a stream, following at most MAX_REDIRECTS redirects, every hop refused when
    it resolves to a private address (unless ``allow_private``); yields (final URL, response).

    Timeouts, transport errors and too many redirects become one-line InputErrors.
    """
    current = str(check_url(url, url, allow_private))
    try:
        with httpx.Client(timeout=timeout, follow_redirects=False) as client:
            for _hop in range(MAX_REDIRECTS + 1):
                with client.stream("GET", current, headers=headers) as response:
                    location = response.headers.get("location")
                    if response.status_code in REDIRECT_CODES and location:
                        log.debug("redirect %s -> %s", current, location)
                        current = check_redirect(url, current, location, allow_private)
                        continue
                    yield current, response
                    return
    except httpx.TimeoutException:
        raise _fetch_error(url, f"timed out after {timeout:g}s") from None
    except httpx.HTTPError as exc:
        raise _fetch_error(url, str(exc) or type(exc).__name__) from None
    raise _fetch_error(url, f"more than {MAX_REDIRECTS} redirects")


def _receive(
    source: str, url: str, response: httpx.Response, max_bytes: int, deadline: float
) -> Download:
    """Read a final response's body, stopping past ``max_bytes`` or the deadline."""
    if not 200 <= response.status_code < 300:
        status = response.status_code
        raise _fetch_error(source, f"HTTP {status} {httpx.codes.get_reason_phrase(status)}")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_large(source, max_bytes)
    body = bytearray()
    for chunk in response.iter_bytes():
        body.extend(chunk)
        if len(body) > max_bytes:
            raise too_large(source, max_bytes)
        if time.monotonic() > deadline:
            raise _fetch_error(source, "timed out while downloading")
    content_type = response.headers.get("content-type", "")
    media_type = content_type.split(";", 1)[0].strip().lower()
    charset = _CHARSET.search(content_type)
    return Download(url, media_type, charset.group(1) if charset else None, bytes(body))


def _fetch_error(source: str, problem: str) -> InputError:
    return InputError(source, E_FETCH.format(problem=" ".join(problem.split())))

"""Download the current official file of a list from its publisher (see ``formats.FORMATS``).

Every hop goes through the ingest layer's address checks (private, loopback and link-local
addresses are refused unless allowed), with a timeout, a size cap and a conditional request
(``If-None-Match``/``If-Modified-Since`` from the last download of the same URL).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import httpx
from sqlalchemy import delete, insert, select

from detente.errors import E_FETCH, InputError
from detente.ingest.checks import too_large
from detente.ingest.fetch import USER_AGENT, checked_get
from detente.lists.formats import get_format
from detente.store import Store
from detente.store.tables import list_fetches

log = logging.getLogger(__name__)

# Official lists run to ~100 MB (OFAC advanced XML, OpenSanctions FtM files are larger still).
DEFAULT_MAX_BYTES = 1024 * 1024 * 1024
DEFAULT_TIMEOUT = 300.0
CHUNK = 1 << 16


@dataclass(frozen=True)
class FetchOptions:
    """Limits and policy of a list download."""

    allow_private: bool = False
    """Allow private, loopback and link-local addresses (tests, mirrors on a LAN)."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Largest file accepted."""
    timeout: float = DEFAULT_TIMEOUT
    """Seconds allowed for each file."""


def _validators(store: Store, url: str) -> dict[str, str]:
    with store.engine.connect() as conn:
        row = conn.execute(select(list_fetches).where(list_fetches.c.url == url)).mappings().first()
    headers = {}
    if row and row["etag"]:
        headers["If-None-Match"] = row["etag"]
    if row and row["last_modified"]:
        headers["If-Modified-Since"] = row["last_modified"]
    return headers


def _remember(store: Store, url: str, response: httpx.Response) -> None:
    values = {
        "url": url, "etag": response.headers.get("etag"),
        "last_modified": response.headers.get("last-modified"), "fetched_at": datetime.now(UTC),
    }  # fmt: skip
    with store.engine.begin() as conn:
        conn.execute(delete(list_fetches).where(list_fetches.c.url == url))
        conn.execute(insert(list_fetches).values(**values))


def download(store: Store, url: str, target: Path, options: FetchOptions) -> bool:
    """Save ``url`` to ``target``; False when the server answers 304 Not Modified."""
    headers = {"User-Agent": USER_AGENT, **_validators(store, url)}
    with checked_get(url, headers, options.timeout, options.allow_private) as (_final, response):
        if response.status_code == httpx.codes.NOT_MODIFIED:
            return False
        _save(url, response, target, options)
        _remember(store, url, response)
        return True


def _save(url: str, response: httpx.Response, target: Path, options: FetchOptions) -> None:
    if not 200 <= response.status_code < 300:
        status = response.status_code
        problem = f"HTTP {status} {httpx.codes.get_reason_phrase(status)}"
        raise InputError(url, E_FETCH.format(problem=problem))
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > options.max_bytes:
        raise too_large(url, options.max_bytes)
    deadline, size = time.monotonic() + options.timeout, 0
    with target.open("wb") as handle:
        for chunk in response.iter_bytes(CHUNK):
            size += len(chunk)
            if size > options.max_bytes:
                raise too_large(url, options.max_bytes)
            if time.monotonic() > deadline:
                raise InputError(url, E_FETCH.format(problem="timed out while downloading"))
            handle.write(chunk)


def fetch_list(
    store: Store, fmt: str, directory: Path, urls: list[str] | None = None,
    options: FetchOptions | None = None,
) -> Path | None:  # fmt: skip
    """Download the files of a format into ``directory``; the main file, or None if unchanged.

    ``urls`` replaces the publisher's addresses (same order: for ``ofac-csv`` sdn, add, alt).
    """
    spec = get_format(fmt)
    chosen = urls or list(spec.urls)
    names = [Path(httpx.URL(u).path).name or f"{fmt}.download" for u in chosen]
    if fmt == "ofac-csv":
        names = ["sdn.csv", "add.csv", "alt.csv"][: len(chosen)]
    changed = [
        download(store, url, directory / name, options or FetchOptions())
        for url, name in zip(chosen, names, strict=False)
    ]
    if not changed[0]:
        log.info("%s: not modified since the last download", chosen[0])
        return None
    return directory / names[0]

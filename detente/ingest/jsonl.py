"""JSON Lines: one article per line with ``text`` or ``html`` and optional metadata."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from detente.errors import E_BAD_DATE, E_JSONL_RECORD, E_TOO_LARGE, InputError
from detente.ingest.checks import check_file, decode_text, unreadable
from detente.ingest.dates import parse_date
from detente.ingest.html import read_html
from detente.ingest.text import read_text
from detente.model import Document

if TYPE_CHECKING:
    from detente.ingest import IngestOptions

log = logging.getLogger(__name__)

# Reading a skipped oversized line in pieces of this size keeps memory flat.
_CHUNK = 1 << 16
_OPTIONAL = ("title", "published", "url")


class _BadRecord(Exception):
    """A problem with one record, worded for the E_JSONL_RECORD message."""


def iter_jsonl(path: Path, options: IngestOptions) -> Iterator[Document | InputError]:
    """Each line of a JSON Lines file as a Document, or an InputError naming the line."""
    check_file(path, None)
    try:
        with path.open("rb") as handle:
            yield from _iter_lines(handle, str(path), options)
    except OSError as exc:
        raise unreadable(str(path), exc) from None


def _iter_lines(
    handle: BinaryIO, source: str, options: IngestOptions
) -> Iterator[Document | InputError]:
    for number, raw in _read_lines(handle, options.max_bytes):
        if raw is not None and not raw.strip():
            continue
        try:
            yield _record(raw, f"{source}#{number}", options)
        except (_BadRecord, InputError) as exc:
            problem = exc.message if isinstance(exc, InputError) else str(exc)
            yield InputError(source, E_JSONL_RECORD.format(line=number, problem=problem))


def _read_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None in place of a line longer than ``max_bytes`` (skipped unread)."""
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if len(line) > max_bytes and not line.endswith(b"\n"):
            while (rest := handle.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _record(raw: bytes | None, source: str, options: IngestOptions) -> Document:
    """One line as a Document; _BadRecord or InputError when it cannot be one."""
    if raw is None:
        raise _BadRecord(E_TOO_LARGE.format(limit=options.max_bytes))
    line = decode_text(source, raw)
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"invalid JSON at column {exc.colno}: {exc.msg}") from None
    if not isinstance(record, dict):
        raise _BadRecord("expected a JSON object")
    meta = _metadata(record)
    text, html = record.get("text"), record.get("html")
    if isinstance(text, str) and text.strip():
        return read_text(source, text, options, **meta)
    if isinstance(html, str) and html.strip():
        return read_html(source, html, options, **meta)
    raise _BadRecord('expected a non-empty "text" or "html" string')


def _metadata(record: dict[str, Any]) -> dict[str, str | None]:
    """The optional title, published and url fields, checked and cleaned."""
    meta: dict[str, str | None] = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise _BadRecord(f'"{key}" must be a string')
        meta[key] = (" ".join(value.split()) or None) if value else None
    if meta["published"] is not None:
        date = parse_date(meta["published"])
        if date is None:
            raise _BadRecord(E_BAD_DATE.format(value=meta["published"]))
        meta["published"] = date
    return meta

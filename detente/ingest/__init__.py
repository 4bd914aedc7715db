"""Ingest: turn files, directories, stdin and URLs into :class:`detente.model.Document` objects."""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import (
    E_BAD_DATE,
    E_NOT_FOUND,
    E_UNREADABLE,
    E_UNSUPPORTED,
    ConfigError,
    InputError,
)
from detente.ingest.checks import decode_text, read_file, read_stream, unreadable
from detente.ingest.dates import is_iso_date
from detente.ingest.fetch import fetch_url
from detente.ingest.html import read_html
from detente.ingest.jsonl import iter_jsonl
from detente.ingest.text import read_text
from detente.model import Document
from detente.settings import get_settings

__all__ = ["IngestOptions", "iter_documents"]

log = logging.getLogger(__name__)

STDIN = "-"
TEXT_SUFFIXES = frozenset({".txt"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
URL_PREFIXES = ("http://", "https://")


@dataclass(frozen=True)
class IngestOptions:
    """How inputs are read: date override, private-address policy and limits."""

    published: str | None = None
    """``YYYY-MM-DD`` publication date that overrides any date found in the inputs."""
    allow_private: bool = False
    """Allow fetching URLs on private, loopback or link-local addresses."""
    max_bytes: int = field(default_factory=lambda: get_settings().max_bytes)
    """Largest file, record or download accepted, in bytes."""
    timeout: float = field(default_factory=lambda: get_settings().fetch_timeout)
    """Seconds allowed for fetching one URL."""

    def __post_init__(self) -> None:
        if self.published is not None and not is_iso_date(self.published):
            raise ConfigError(E_BAD_DATE.format(value=self.published))


def iter_documents(
    inputs: Iterable[str], options: IngestOptions | None = None
) -> Iterator[Document | InputError]:
    """A Document per article in the inputs, or an InputError value for each that cannot be read.

    Inputs are file paths, directories (searched recursively, in sorted order, for .txt, .html,
    .htm and .jsonl files), ``-`` for stdin, and http(s) URLs.
    """
    options = options or IngestOptions()
    for item in inputs:
        try:
            yield from _iter_input(item, options)
        except InputError as exc:
            log.debug("skipped %s: %s", exc.source, exc.message)
            yield exc


def _iter_input(item: str, options: IngestOptions) -> Iterator[Document | InputError]:
    """Documents from one input; per-input problems are raised as InputError."""
    if item == STDIN:
        yield _read_stdin(options)
    elif item.lower().startswith(URL_PREFIXES):
        yield fetch_url(item, options)
    else:
        path = Path(item)
        if path.is_dir():
            yield from _iter_directory(path, options)
        elif not path.exists():
            raise InputError(item, E_NOT_FOUND)
        elif path.suffix.lower() not in SUFFIXES:
            raise InputError(item, E_UNSUPPORTED.format(suffix=path.suffix))
        else:
            yield from _iter_file(path, options)


def _iter_directory(root: Path, options: IngestOptions) -> Iterator[Document | InputError]:
    """Every supported file under a directory, recursively and in sorted order."""
    for path in _walk(root):
        try:
            yield from _iter_file(path, options)
        except InputError as exc:
            yield exc


def _walk(root: Path) -> list[Path]:
    """Supported files under ``root``, sorted; other files and hidden ones are skipped silently."""
    found: list[Path] = []
    for folder, dirs, files in os.walk(root, onerror=_raise):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        found.extend(
            Path(folder, name)
            for name in files
            if not name.startswith(".") and Path(name).suffix.lower() in SUFFIXES
        )
    return sorted(found)


def _raise(exc: OSError) -> None:
    raise unreadable(exc.filename or "?", exc)


def _iter_file(path: Path, options: IngestOptions) -> Iterator[Document | InputError]:
    """The article(s) in one file, by its suffix."""
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        yield from iter_jsonl(path, options)
        return
    source = str(path)
    text = decode_text(source, read_file(path, options.max_bytes))
    if suffix in HTML_SUFFIXES:
        yield read_html(source, text, options)
    else:
        yield read_text(source, text, options)


def _read_stdin(options: IngestOptions) -> Document:
    """Standard input: HTML if it starts with ``<``, plain text otherwise."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError(STDIN, E_UNREADABLE.format(problem="stdin is closed"))
    try:
        data = read_stream(stream, STDIN, options.max_bytes)
    except OSError as exc:
        raise unreadable(STDIN, exc) from None
    text = decode_text(STDIN, data)
    if text.lstrip().startswith("<"):
        return read_html(STDIN, text, options)
    return read_text(STDIN, text, options)

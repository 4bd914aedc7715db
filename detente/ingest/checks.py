"""Checks shared by every reader: size before reading, then binary, encoding and emptiness."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import BinaryIO

from detente.errors import (
    E_BINARY,
    E_EMPTY,
    E_ENCODING,
    E_NOT_FOUND,
    E_TOO_LARGE,
    E_UNREADABLE,
    InputError,
)

log = logging.getLogger(__name__)

# How much of the input the binary sniffing looks at: enough to see a file header or a run of
# control bytes, cheap for a 10 MB input.
SNIFF_BYTES = 8192
# Share of undecodable or control characters above which the data is not text at all (a wrong
# encoding of real text stays far below this; images and archives are far above).
BINARY_RATIO = 0.3
_TEXT_CONTROLS = frozenset("\t\n\r\f\v\b\x1b")
BOM = "\ufeff"


def too_large(source: str, limit: int) -> InputError:
    """The error for an input over the byte limit."""
    return InputError(source, E_TOO_LARGE.format(limit=limit))


def unreadable(source: str, exc: OSError) -> InputError:
    """The error for an input the operating system refuses to read."""
    return InputError(source, E_UNREADABLE.format(problem=exc.strerror or type(exc).__name__))


def check_file(path: Path, max_bytes: int | None) -> None:
    """Refuse a missing, empty or (given ``max_bytes``) oversized file without reading it."""
    source = str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(source, E_NOT_FOUND) from None
    except OSError as exc:
        raise unreadable(source, exc) from None
    if size == 0:
        raise InputError(source, E_EMPTY)
    if max_bytes is not None and size > max_bytes:
        raise too_large(source, max_bytes)


def read_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a file, refusing missing, empty and oversized files before reading them."""
    source = str(path)
    check_file(path, max_bytes)
    try:
        with path.open("rb") as handle:
            return read_stream(handle, source, max_bytes)
    except OSError as exc:
        raise unreadable(source, exc) from None


def read_stream(stream: BinaryIO, source: str, max_bytes: int) -> bytes:
    """Up to ``max_bytes`` from a stream; more than that is an error, not a truncation."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise too_large(source, max_bytes)
    return data


def looks_binary(data: bytes) -> bool:
    """Whether bytes are binary data rather than text in some encoding."""
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    chars = sample.decode("utf-8", errors="replace")
    if not chars:
        return False
    odd = sum(1 for c in chars if c == "\ufffd" or (c < " " and c not in _TEXT_CONTROLS))
    return odd / len(chars) > BINARY_RATIO


def decode_text(source: str, data: bytes, encoding: str = "utf-8") -> str:
    """Bytes as text (BOM removed), refusing empty, binary and wrongly encoded data."""
    if not data.strip():
        raise InputError(source, E_EMPTY)
    if looks_binary(data):
        raise InputError(source, E_BINARY)
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise InputError(source, E_ENCODING) from None
    text = text.removeprefix(BOM)
    if not text.strip():
        raise InputError(source, E_EMPTY)
    return text

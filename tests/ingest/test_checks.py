"""Size, binary, encoding and emptiness checks."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from detente.errors import E_BINARY, E_EMPTY, E_ENCODING, E_NOT_FOUND, InputError
from detente.ingest.checks import decode_text, looks_binary, read_file, read_stream


def test_read_file(fixtures: Path) -> None:
    data = read_file(fixtures / "articles" / "minsk-release.txt", 1_000_000)
    assert data.startswith(b"Belarus frees 31 prisoners")


def test_read_file_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB that are never read
    with pytest.raises(InputError, match="larger than the 1000 byte limit"):
        read_file(big, 1000)


@pytest.mark.parametrize(
    ("name", "message"), [("missing.txt", E_NOT_FOUND), ("empty.txt", E_EMPTY)]
)
def test_read_file_refuses(fixtures: Path, name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        read_file(fixtures / "bad" / name, 1000)
    assert info.value.message == message


def test_read_stream_limit() -> None:
    assert read_stream(io.BytesIO(b"x" * 10), "-", 10) == b"x" * 10
    with pytest.raises(InputError, match="larger than the 9 byte limit"):
        read_stream(io.BytesIO(b"x" * 10), "-", 9)


@pytest.mark.parametrize(
    ("data", "binary"),
    [
        (b"plain words\n", False),
        ("caf\xe9 in Minsk".encode("latin-1"), False),  # wrong encoding, still text
        ("Путин и Лукашенко".encode(), False),
        (b"text\x00with a NUL", True),
        (bytes(range(128, 256)) * 4, True),
        (b"\x01\x02\x03\x04\x05 abc", True),
    ],
)
def test_looks_binary(data: bytes, binary: bool) -> None:
    assert looks_binary(data) is binary


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("binary.txt", E_BINARY),
        ("pixel.png", E_BINARY),
        ("latin1.txt", E_ENCODING),
        ("blank.txt", E_EMPTY),
    ],
)
def test_decode_text_refuses(fixtures: Path, name: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        decode_text(name, (fixtures / "bad" / name).read_bytes())
    assert info.value.message == message
    assert str(info.value) == f"{name}: {message}"


def test_decode_text_strips_bom() -> None:
    assert decode_text("x", b"\xef\xbb\xbfHello") == "Hello"


def test_decode_text_declared_charset() -> None:
    assert decode_text("x", "café".encode("latin-1"), "iso-8859-1") == "café"
    with pytest.raises(InputError, match=E_ENCODING):
        decode_text("x", b"hello", "no-such-charset")


def test_read_file_unreadable(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        read_file(tmp_path, 1_000_000)  # a directory: stat works, reading does not
    assert info.value.message == "cannot read: Is a directory"

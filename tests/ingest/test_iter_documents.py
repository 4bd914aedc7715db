"""iter_documents: dispatch by input kind, directories, stdin, options and error values."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from detente.errors import (
    E_BAD_DATE,
    E_BINARY,
    E_EMPTY,
    E_ENCODING,
    E_NOT_FOUND,
    E_UNSUPPORTED,
    ConfigError,
    InputError,
)
from detente.ingest import IngestOptions, iter_documents
from detente.model import Document


def _sources(results: list[Document | InputError]) -> list[str]:
    return [r.source for r in results]


def test_directory_is_recursive_sorted_and_filtered(fixtures: Path) -> None:
    root = fixtures / "articles"
    results = list(iter_documents([str(root)]))
    assert all(isinstance(r, Document) for r in results)
    assert _sources(results) == [
        f"{root}/batch.jsonl#1",
        f"{root}/batch.jsonl#2",
        f"{root}/minsk-release.txt",
        f"{root}/nested/caracas-swap.html",
    ]  # notes.md and the hidden .drafts/ folder are skipped


def test_bad_inputs_are_values_and_the_rest_still_load(fixtures: Path) -> None:
    bad = fixtures / "bad"
    results = list(
        iter_documents(
            [
                str(bad / "empty.txt"),
                str(fixtures / "articles" / "minsk-release.txt"),
                str(bad / "binary.txt"),
                str(bad / "latin1.txt"),
                str(bad / "notes.csv"),
                str(bad / "nope.txt"),
            ]
        )
    )
    errors = {Path(r.source).name: r.message for r in results if isinstance(r, InputError)}
    assert errors == {
        "empty.txt": E_EMPTY,
        "binary.txt": E_BINARY,
        "latin1.txt": E_ENCODING,
        "notes.csv": E_UNSUPPORTED.format(suffix=".csv"),
        "nope.txt": E_NOT_FOUND,
    }
    assert [r.title for r in results if isinstance(r, Document)] == [
        "Belarus frees 31 prisoners after talks with US envoy"
    ]


def test_directory_with_bad_files_reports_each(fixtures: Path) -> None:
    results = list(iter_documents([str(fixtures / "bad")]))
    names = [(Path(r.source.split("#")[0]).name, isinstance(r, Document)) for r in results]
    assert ("notes.csv", False) not in names and ("pixel.png", False) not in names
    assert names[:4] == [
        ("binary.txt", False),
        ("blank.txt", False),
        ("empty.txt", False),
        ("latin1.txt", False),
    ]
    assert ("records.jsonl", True) in names and ("menu-only.html", False) in names


def test_unsupported_suffix_named_explicitly(fixtures: Path) -> None:
    (result,) = iter_documents([str(fixtures / "bad" / "pixel.png")])
    assert isinstance(result, InputError)
    assert str(result).endswith("unsupported file type '.png' (expected .txt, .html, .htm, .jsonl)")


def test_too_large_file(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    (result,) = iter_documents([str(path)], IngestOptions(max_bytes=1024))
    assert isinstance(result, InputError)
    assert result.message == "larger than the 1024 byte limit"


def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("Headline\nBody.", encoding="utf-8")
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user who can read any file")
        (result,) = iter_documents([str(path)])
        assert isinstance(result, InputError)
        assert result.message.startswith("cannot read: ")
    finally:
        path.chmod(0o644)


def test_uppercase_suffix(tmp_path: Path) -> None:
    (tmp_path / "A.TXT").write_text("Upper\nSept. 11, 2025\nBody.", encoding="utf-8")
    (result,) = iter_documents([str(tmp_path)])
    assert isinstance(result, Document) and result.published == "2025-09-11"


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch, fixtures: Path) -> None:
    path = fixtures / "articles" / "minsk-release.txt"
    _stdin(monkeypatch, path.read_bytes())
    (doc,) = iter_documents(["-"])
    (from_file,) = iter_documents([str(path)])
    assert isinstance(doc, Document) and isinstance(from_file, Document)
    assert doc.source == "-"
    assert doc.id == from_file.id and doc.published == "2025-12-13"


def test_stdin_html(monkeypatch: pytest.MonkeyPatch, fixtures: Path) -> None:
    _stdin(monkeypatch, (fixtures / "articles" / "nested" / "caracas-swap.html").read_bytes())
    (doc,) = iter_documents(["-"])
    assert isinstance(doc, Document) and doc.title == "Venezuela and US complete prisoner swap"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", E_EMPTY),
        (b"\x00\x01\x02\x03", E_BINARY),
        (b"caf\xe9\n", E_ENCODING),
        (b"x" * 2000, "larger than the 1000 byte limit"),
    ],
)
def test_stdin_checks(monkeypatch: pytest.MonkeyPatch, data: bytes, message: str) -> None:
    _stdin(monkeypatch, data)
    (result,) = iter_documents(["-"], IngestOptions(max_bytes=1000))
    assert isinstance(result, InputError)
    assert str(result) == f"-: {message}"


def test_url_input(http_server: tuple[str, list[str]]) -> None:
    base, _ = http_server
    url = f"{base}/articles/minsk-release.txt"
    (refused,) = iter_documents([url])
    assert isinstance(refused, InputError) and "refusing to fetch" in refused.message
    (doc,) = iter_documents([url], IngestOptions(allow_private=True))
    assert isinstance(doc, Document) and doc.source == url


def test_published_override_applies_everywhere(fixtures: Path) -> None:
    results = list(
        iter_documents([str(fixtures / "articles")], IngestOptions(published="2026-01-31"))
    )
    assert {r.published for r in results if isinstance(r, Document)} == {"2026-01-31"}


@pytest.mark.parametrize("value", ["2025-13-01", "13/12/2025", "yesterday", "2025-02-29", ""])
def test_bad_published_option(value: str) -> None:
    with pytest.raises(ConfigError) as info:
        IngestOptions(published=value)
    assert str(info.value) == E_BAD_DATE.format(value=value)


def test_defaults_come_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DETENTE_MAX_BYTES", "1234")
    monkeypatch.setenv("DETENTE_FETCH_TIMEOUT", "2.5")
    options = IngestOptions()
    assert (options.max_bytes, options.timeout, options.allow_private) == (1234, 2.5, False)


def test_identical_articles_share_an_id(tmp_path: Path, fixtures: Path) -> None:
    original = fixtures / "articles" / "minsk-release.txt"
    copy = tmp_path / "copy.txt"
    copy.write_bytes(b"\xef\xbb\xbf" + original.read_bytes().replace(b"\n", b"\r\n") + b"  \r\n")
    first, second = iter_documents([str(original), str(copy)])
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.id == second.id and first.source != second.source

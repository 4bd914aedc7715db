"""JSON Lines: one article per line, bad lines reported and skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import E_EMPTY, E_NOT_FOUND, InputError
from detente.ingest import IngestOptions
from detente.ingest.jsonl import iter_jsonl
from detente.model import Document


def test_good_records(fixtures: Path) -> None:
    path = fixtures / "articles" / "batch.jsonl"
    first, second = iter_jsonl(path, IngestOptions())
    assert isinstance(first, Document) and isinstance(second, Document)
    assert first.source == f"{path}#1"
    assert first.title == "Kyiv says 84 soldiers and civilians returned home"
    assert first.published == "2025-10-02"
    assert first.url == "https://news.example/kyiv-return"
    assert first.id == Document.content_id(first.text)
    assert second.source == f"{path}#2"
    assert second.text.startswith("Tehran frees French teacher\n\nA French teacher")
    assert second.published is None


def test_bad_lines_are_named_and_others_load(fixtures: Path) -> None:
    path = fixtures / "bad" / "records.jsonl"
    results = list(iter_jsonl(path, IngestOptions()))
    docs = [r for r in results if isinstance(r, Document)]
    errors = [str(r) for r in results if isinstance(r, InputError)]
    assert [d.source for d in docs] == [f"{path}#1", f"{path}#9"]
    assert docs[0].published == "2025-12-19"  # "Dec. 19, 2025" in the record
    assert docs[1].published == "2024-03-05"  # no metadata: the dateline
    assert [e.split(": ", 2)[1] for e in errors] == [
        "line 2",
        "line 4",
        "line 5",
        "line 6",
        "line 7",
        "line 8",
    ]  # line 3 is blank and skipped
    assert errors[0].startswith(f"{path}: line 2: invalid JSON")
    assert errors[2].endswith("expected a JSON object")
    assert errors[3].endswith("invalid date 'last week' (expected YYYY-MM-DD)")
    assert errors[4].endswith("no article text found in the HTML")
    assert errors[5].endswith('"title" must be a string')


def test_oversized_line_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    lines = [
        '{"text": "Short one\\nFirst."}',
        '{"text": "' + "x" * 5000 + '"}',
        '{"text": "Short two\\nThird."}',
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(iter_jsonl(path, IngestOptions(max_bytes=200)))
    assert [r.title for r in results if isinstance(r, Document)] == ["Short one", "Short two"]
    (error,) = [r for r in results if isinstance(r, InputError)]
    assert error.message == "line 2: larger than the 200 byte limit"


def test_binary_and_encoding_lines(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b'{"text": "ok\\nfine."}\n{"text": "caf\xe9"}\n\x00\x01\x02\n')
    messages = [r.message for r in iter_jsonl(path, IngestOptions()) if isinstance(r, InputError)]
    assert messages == ["line 2: not valid UTF-8 text", "line 3: binary data, not text"]


def test_override_date(fixtures: Path) -> None:
    docs = list(
        iter_jsonl(fixtures / "articles" / "batch.jsonl", IngestOptions(published="2000-01-01"))
    )
    assert {d.published for d in docs if isinstance(d, Document)} == {"2000-01-01"}


@pytest.mark.parametrize(
    ("name", "message"), [("missing.jsonl", E_NOT_FOUND), ("empty.jsonl", E_EMPTY)]
)
def test_file_level_errors(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "empty.jsonl").write_bytes(b"")
    with pytest.raises(InputError) as info:
        list(iter_jsonl(tmp_path / name, IngestOptions()))
    assert info.value.message == message

"""Plain-text articles and the shared normalisation."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.errors import E_EMPTY, InputError
from detente.ingest import IngestOptions
from detente.ingest.checks import decode_text
from detente.ingest.text import first_line, normalise_text, read_text
from detente.model import Document


def _read(path: Path, options: IngestOptions | None = None) -> Document:
    raw = decode_text(str(path), path.read_bytes())
    return read_text(str(path), raw, options or IngestOptions())


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\r\n", "a\nb"),
        ("a\rb\r", "a\nb"),
        ("\ufeffTitle  \n\nBody\t \n\n\n", "Title\n\nBody"),
        ("\n\n  Indented\nline", "  Indented\nline"),
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_first_line() -> None:
    assert first_line("\n  \n  Headline here \nBody") == "Headline here"
    assert first_line("   ") is None


def test_article_keeps_headline_and_dateline(fixtures: Path) -> None:
    path = fixtures / "articles" / "minsk-release.txt"
    doc = _read(path)
    assert doc.title == "Belarus frees 31 prisoners after talks with US envoy"
    assert doc.published == "2025-12-13"
    assert doc.text.startswith(doc.title + "\nMINSK, Dec. 13, 2025 -- Belarusian authorities")
    assert doc.text == path.read_text(encoding="utf-8").rstrip()
    assert doc.id == Document.content_id(doc.text)
    assert doc.source == str(path)


def test_crlf_and_bom_give_the_same_id_as_clean_text(fixtures: Path) -> None:
    doc = _read(fixtures / "text" / "crlf-bom.txt")
    assert "\r" not in doc.text and not doc.text.startswith("\ufeff")
    assert doc.title == "Lithuania welcomes freed Belarusians"
    assert doc.published == "2025-12-14"
    clean = doc.text
    assert doc.id == Document.content_id(clean)
    assert doc.text.endswith("stay in Lithuania for now.")


def test_old_mac_line_ends(fixtures: Path) -> None:
    doc = _read(fixtures / "text" / "cr-only.txt")
    assert doc.text.split("\n")[0] == "Old Mac file"
    assert doc.published == "2024-08-01"


def test_no_dateline(fixtures: Path) -> None:
    doc = _read(fixtures / "text" / "no-dateline.txt")
    assert doc.published is None
    assert doc.title == "Sanctions on state airline extended for another year"
    assert doc.text.startswith("Sanctions")


def test_override_beats_dateline(fixtures: Path) -> None:
    doc = _read(fixtures / "articles" / "minsk-release.txt", IngestOptions(published="2025-12-14"))
    assert doc.published == "2025-12-14"


def test_given_title_and_date_win() -> None:
    doc = read_text(
        "x#1",
        "Body only, no headline.",
        IngestOptions(),
        title="Given",
        published="2020-01-02",
        url="https://news.example/a",
    )
    assert doc.text == "Given\n\nBody only, no headline."
    assert (doc.title, doc.published, doc.url) == ("Given", "2020-01-02", "https://news.example/a")


def test_title_already_first_is_not_repeated() -> None:
    doc = read_text("x#1", "Given\nBody.", IngestOptions(), title="Given")
    assert doc.text == "Given\nBody."


def test_whitespace_only_is_empty() -> None:
    with pytest.raises(InputError, match=E_EMPTY):
        read_text("x", " \r\n\t\n", IngestOptions())

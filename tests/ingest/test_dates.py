"""Datelines and metadata dates."""

from __future__ import annotations

import pytest

from detente.ingest.dates import find_dateline, is_iso_date, parse_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\nMINSK, Dec. 13, 2025 -- Belarus freed 31 people.", "2025-12-13"),
        ("Headline\nVilnius, Sunday 14 December 2025 — Officials said.", "2025-12-14"),
        ("Headline\nWASHINGTON (Reuters) - Aug. 1, 2024: A plane landed.", "2024-08-01"),
        ("Headline\nCARACAS, 20 December 2023 - The swap took place.", "2023-12-20"),
        ("Headline\nSept. 11, 2025\nBody text.", "2025-09-11"),
        ("Headline\n2025-12-13\nBody text.", "2025-12-13"),
        ("MINSK, DEC. 13, 2025 -- Body on the first line.", "2025-12-13"),
        ("Headline\nKYIV, Ukraine, March 3rd, 2022 -- Body.", "2022-03-03"),
        ("Headline\n\n\nTehran, 5 May, 2023 — Body.", "2023-05-05"),
        ("Headline\nBy a staff writer\nPARIS, Jan 9 2024 (AFP) - Body.", "2024-01-09"),
    ],
)
def test_find_dateline(text: str, expected: str) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Belarus frees 52 prisoners on Sept. 11, 2025",  # a date in a headline's prose
        "Headline\nThe talks, held on Dec. 13, 2025, ended early.",  # a date in the body
        "Headline\nMINSK, Feb. 30, 2025 -- No such day.",
        "Headline\nMINSK, 2025-13-01 -- No such month.",
        "One\nTwo\nThree\nMINSK, Dec. 13, 2025 -- Too far down.",
        "Headline\nMINSK -- No date at all.",
        "",
    ],
)
def test_find_dateline_none(text: str) -> None:
    assert find_dateline(text) is None


def test_find_dateline_long_line_is_fast() -> None:
    line = "A" * 100_000 + " b, " * 10_000
    assert find_dateline(line) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-12-13", "2025-12-13"),
        ("2025-12-13T10:00:00Z", "2025-12-13"),
        ("2025-12-13 10:00", "2025-12-13"),
        ("Dec. 13, 2025", "2025-12-13"),
        ("Sat, 13 Dec 2025 10:00:00 GMT", "2025-12-13"),
        ("  September 1, 2024 ", "2024-09-01"),
        ("last week", None),
        ("20251213", None),
        ("2025-02-30", None),
        ("", None),
    ],
)
def test_parse_date(value: str, expected: str | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("2025-12-13", True),
        ("2024-02-29", True),
        ("2025-02-29", False),
        ("2025-1-3", False),
        ("13/12/2025", False),
        ("2025-12-13T00:00", False),
    ],
)
def test_is_iso_date(value: str, ok: bool) -> None:
    assert is_iso_date(value) is ok

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
        # v13: the year in parentheses, places joined by a slash, a section or desk, a byline,
        # the body straight after the date
        ("Headline\nLIMA, March 13 (2024) - Peru freed two men.", "2024-03-13"),
        ("Headline\nQUITO, 8 May (2023) -- Body.", "2023-05-08"),
        ("Headline\nMINSK/VILNIUS, June 1, 2024 --", "2024-06-01"),
        ("Headline\nAnalysis | HAVANA, February 11, 2026", "2026-02-11"),
        ("Headline\nTrade desk -- Tuesday 4 March 2025", "2025-03-04"),
        ("Headline\nBy our Minsk correspondent, Tuesday 31 December 2024", "2024-12-31"),
        ("Headline\nKherson region, Sunday 25 May 2025 -- 09:40 -- Body.", "2025-05-25"),
        ("Headline\nRIGA, Nov. 26, 2019 A year after the pardon, he spoke.", "2019-11-26"),
        ("Headline\nBAKU, Saturday 8 February 2025. More than 200 walked out.", "2025-02-08"),
        ("Headline\nMOSCOW, 7 March 2024. /Correspondent/. Body.", "2024-03-07"),
        # v20: a place with a dotted or accented capital
        ("Headline\nİZMİR, July 26, 2018 (translated from the Turkish press) --", "2018-07-26"),
        ("Headline\nŞANLIURFA, 4 March 2024 -- Body.", "2024-03-04"),
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
        "Headline\nTEHRAN, March 14 -- No year.",
        "Headline\nThe talks, held in Minsk, Dec. 13, 2025, ended early.",
        "",
    ],
)
def test_find_dateline_none(text: str) -> None:
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # v20: a day written with dots or slashes, day first
        ("Headline\nTASHKENT, 30.08.2023 --", "2023-08-30"),
        ("Headline\nALMATY, 03.04.2024 -- Body.", "2024-04-03"),
        ("Headline\nBISHKEK, 9/11/2022 —", "2022-11-09"),
        # a month named in Spanish, French, Portuguese, Italian or German, with or without a weekday
        ("Headline\nCARACAS, 21 de diciembre de 2023 (translated from Spanish) --", "2023-12-21"),
        ("Headline\nManagua, viernes 10 de febrero de 2023 —", "2023-02-10"),
        ("Headline\nBRUSSELS, 27 mai 2023 (translated from the French press) --", "2023-05-27"),
        ("Headline\nBAMAKO, lundi 5 février 2024 —", "2024-02-05"),
        ("Headline\nLUANDA, 3 de março de 2025 -- Body.", "2025-03-03"),
        ("Headline\nROMA, 12 gennaio 2024 --", "2024-01-12"),
        ("Headline\nBERLIN, Montag, 3. März 2025 --", "2025-03-03"),
    ],
)
def test_find_dateline_other_forms(text: str, expected: str) -> None:
    assert find_dateline(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # negatives of the forms above: prose before the day, no such day, no month, no year
        "Headline\nMinsk frees 11 septembre 2025 prisoners",
        "Headline\nThe junta released 40 on 11 de enero de 2024 -- officials said.",
        "Headline\nIran executes 3 décembre 2025 -- Body.",
        "Headline\nTASHKENT, 31.02.2023 --",
        "Headline\nMADRID, 12 de ranas de 2023 --",
        "Headline\nMANAGUA, 15 de enero --",
        "Headline\nBelarus said 1.5.2025 figures were final.",
    ],
)
def test_find_dateline_other_forms_none(text: str) -> None:
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

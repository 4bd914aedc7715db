"""News in brief: the country heading a brief is its releasing state (area "precision",
session 17)."""

from __future__ import annotations

import pytest

from detente.extract.briefs import brief_state

TEXT = (
    "World briefs: amnesty; sanctions\n"
    "Yangon, Friday 13 February 2026\n"
    "MYANMAR -- The junta freed 2,000 prisoners on Thursday. Most were petty offenders.\n"
    "EGYPT: The activist Ali Hassan was released on Wednesday.\n"
    "NORTH KOREA — Pyongyang let the two reporters go.\n"
    "WEATHER -- Rain is forecast.\n"
    "The prisoners were freed after talks.\n"
)


@pytest.mark.parametrize(
    ("needle", "expected"),
    [
        ("The junta freed", "MMR"),
        ("Most were petty", "MMR"),
        ("The activist Ali", "EGY"),
        ("Pyongyang let", "PRK"),
        ("Rain is", None),
        ("The prisoners were freed after", None),
        ("World briefs", None),
    ],
)
def test_brief_heading_names_the_state(needle, expected):
    assert brief_state(TEXT, TEXT.index(needle)) == expected

"""A group a measure also covered is its own release; a group told as a part, a measure to come
or a thing that is no measure is none (docs/annotation.md, sessions 24 and 25)."""

from __future__ import annotations

import pytest

from .builders import release_rows

LEAD = "Myanmar's junta pardoned 9,652 prisoners on Thursday to mark Independence Day. "


def _releases(extractor, text: str) -> list[tuple]:
    return release_rows(extractor, text, "2025-12-20", "actor", "count", "category")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "The amnesty also covered 114 foreigners, who will be deported, state media said.",
         [("MMR", 114, "foreign_nationals"), ("MMR", 9652, "detainees")]),
        (LEAD + "The amnesty also included 114 foreigners.",
         [("MMR", 114, "foreign_nationals"), ("MMR", 9652, "detainees")]),
        ("Morocco's king pardoned 2,460 people on Monday. The pardon also covered sixteen persons "
         "convicted in terrorism cases.",
         [("MAR", 16, "detainees"), ("MAR", 2460, "detainees")]),
        ("Uzbekistan pardoned 800 convicts on Friday. The decree also extended to 25 foreign "
         "prisoners.",
         [("UZB", 25, "foreign_nationals"), ("UZB", 800, "detainees")]),
    ],
)  # fmt: skip
def test_a_group_a_measure_also_covered_is_its_own_release(spacy_extractor, text, expected):
    assert _releases(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "The amnesty would also cover 114 foreigners.",  # one to come
        LEAD + "The amnesty covered 114 foreigners.",  # no "also": the act told again
        LEAD + "Among those freed, the amnesty also covered 114 foreigners.",  # a part
        LEAD + "The report also covered 114 foreigners.",  # no measure
        LEAD + "The amnesty also covered several foreigners.",  # no number
    ],
)
def test_no_group_added_without_an_also_covering_measure(spacy_extractor, text):
    assert _releases(spacy_extractor, text) == [("MMR", 9652, "detainees")]

"""A further group told with the release verb left out is its own act (guide, sessions 13, 15)."""

from __future__ import annotations

import pytest

from .builders import inline


def _releases(extractor, text: str) -> list[tuple[int | None, str | None]]:
    events = extractor(inline(text, "2025-12-20")).events
    return sorted((e.count, e.date) for e in events if e.type == "release")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus freed 16 prisoners in June and another 40 in August.",
         [(16, "2025-06"), (40, "2025-08")]),
        ("Kazakhstan pardoned 120 convicts in March, and a further 75 in May, officials said.",
         [(75, "2025-05"), (120, "2025-03")]),
        ("Lukashenko pardoned sixteen people in July, and a further twenty-three in October.",
         [(16, "2025-07"), (23, "2025-10")]),
        # no time of its own: a further group of the same day (session 13)
        ("Pardons in Belarus\nBelarus freed 16 prisoners on Monday, and a further 40 under a "
         "separate decree.",
         [(16, "2025-12-15"), (40, "2025-12-15")]),
    ],
)  # fmt: skip
def test_a_gapped_further_group_is_another_act(spacy_extractor, text, expected):
    assert _releases(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one group: the number after "and another" is part of one list under the verb
        ("Belarus freed 16 prisoners and another 40 on Monday.", [(56, "2025-12-15")]),
        # no further word: not read as a gapped group
        ("Belarus freed 16 prisoners in June and 40 in August.", [(16, "2025-06")]),
        # another state between the groups: never the first state's act
        ("Russia freed 16 soldiers in June, and Ukraine another 40 in August.",
         [(16, "2025-06")]),
    ],
)  # fmt: skip
def test_no_gapped_group_of_the_same_state(spacy_extractor, text, expected):
    assert _releases(spacy_extractor, text) == expected

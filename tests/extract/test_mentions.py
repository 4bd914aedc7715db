"""Helpers shared by the finders: the time of an act within its own clause."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a coordinated clause with its own subject keeps its own time
        (
            "In August thirty prisoners walked free, and in September the press office announced "
            "that 37 more had been pardoned.",
            ["2024-08", "2024-09"],
        ),
        # ...but a fronted time dates a coordinated clause that has none of its own
        (
            "In March, Belarus freed 14 political prisoners, and Russia released two Americans.",
            ["2025-03", "2025-03"],
        ),
        # a fronted time of a verb of saying dates what was said
        ("On Friday officials said another 20 had been let go.", ["2025-06-13"]),
        # a trailing one is when it was said, not done
        ("Twelve prisoners have been freed, rights groups said on Wednesday.", [None]),
        # a "when" clause on a date dates every clause coordinated in it
        (
            "The last round came on March 3, when two Americans were released and Ukraine "
            "freed nine soldiers.",
            ["2025-03-03", "2025-03-03"],
        ),
        # a relative clause keeps its time to itself
        ("Iran freed Tom Hale, who was arrested in 2022, on Friday.", ["2025-06-13"]),
        # a "since" clause tells when a span began, not when the act was
        (
            "Chad freed ten prisoners, the first release since the truce took effect in May.",
            [None, None],
        ),
    ],
)
def test_release_time_from_its_own_clause(release_mentions, text, dates):
    assert [m.date for m in release_mentions(text)] == dates

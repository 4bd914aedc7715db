"""A reporter held for hours and deported is freed by the state deported from (session 25)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Swedish reporter Anna Keller was held for five hours and deported from Iran.", "IRN"),
        ("The French journalist Anna Keller was arrested and expelled from Russia.", "RUS"),
        (
            "The BBC correspondent Mark Lowen was deported from Turkey after being held for hours.",
            "TUR",
        ),
    ],
)
def test_the_state_deported_from_frees(release_mentions, text, actor):
    (m,) = release_mentions(text)
    assert m.actor == actor


def test_migrants_deported_with_no_holding_keep_the_other_readings(release_mentions):
    # no holding told: the "from" state is not read as the freeing one
    found = release_mentions("The 252 men were deported from Spain to Morocco in March.")
    assert all(m.actor != "ESP" for m in found)

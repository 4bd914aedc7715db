"""Running totals (:mod:`detente.extract.totals`): a "since" that sums acts up, and those that
do not (own sentences)."""

from __future__ import annotations

import pytest


# --- session 17: a "since" that does not sum the act up ---
@pytest.mark.parametrize(
    "text",
    [
        # a superlative's "since" hung on the main verb
        "Ankara and Tehran held their largest swap since 2016 on Monday, trading 12 Iranian "
        "detainees for five Turkish engineers.",
        # a conjunct with a date of its own
        "Tashkent has been pardoning inmates in batches since the spring, and on May 3 it "
        "pardoned 41 prisoners held for religious offences.",
    ],
    ids=["superlative", "dated-conjunct"],
)
def test_a_since_elsewhere_keeps_the_act(release_mentions, text):
    assert len(release_mentions(text)) >= 1


def test_a_since_that_sums_a_conjunct_without_date_drops_it(release_mentions):
    text = "Tashkent has pardoned inmates since the spring, and it freed dozens of dissidents."
    assert release_mentions(text) == []

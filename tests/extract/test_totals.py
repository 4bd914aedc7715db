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


# --- session 24 (cluster recall): a "since" anchored on the act itself dates from it ---
@pytest.mark.parametrize(
    "text",
    [
        "It was the first deal between the two agencies since the swap of August 2024, when "
        "Russia freed 16 prisoners.",
        "Talks have stalled since March, when Belarus freed 14 prisoners.",
    ],
    ids=["since-the-swap-when", "since-month-when"],
)
def test_a_since_anchored_on_the_act_keeps_it(release_mentions, text):
    assert {m.actor for m in release_mentions(text)} & {"RUS", "BLR"}


@pytest.mark.parametrize(
    "text",
    [
        # the act summed up by the "since", not anchoring it
        "Belarus has freed 300 prisoners since the talks of August 2024.",
        "The commission has helped secure the release of 700 prisoners since it was set up.",
        "Belarus has freed more than 300 prisoners since July 2024, when it began issuing pardons.",
        # an act inside the "since" phrase that is not its "when" clause
        "Pardons have become routine since he took office in 2016, with the president freeing "
        "thousands over the years.",
        "Groups marked ten years since the arrest of the reporter with demands that Eritrea free "
        "him.",
    ],
    ids=["since-phrase-sums", "since-clause-sums", "since-when-sums", "misparsed", "demanded"],
)
def test_a_since_that_sums_the_act_drops_it(release_mentions, text):
    assert release_mentions(text) == []

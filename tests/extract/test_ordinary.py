"""Letting go people no state held as prisoners: ordinary arrests, deported migrants (own
sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Police said three supporters arrested after the match had been released without charge.",
        "Four were released later in the day without charge; two remain in custody.",
        "Riyadh deported about 2,400 Ethiopian migrants on chartered flights last week.",
        "Last year the island deported some 90 Venezuelan migrants, among them children.",
        "Jakarta handed over five Australian convicts in prisoner transfers on Sunday.",
        "The junta pardoned the former leader on five of the 19 offences, cutting her term.",
    ],
    ids=[
        "arrested-uncharged",
        "same-day-uncharged",
        "migrants",
        "migrants-past",
        "transfer",
        "partial-pardon",
    ],
)
def test_no_prisoner_let_go(release_mentions, text):
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The four reporters were freed from a military camp without charge on Monday.",
        "Asmara released two US citizens who had been held without charge for four years.",
        "El Salvador deported 252 Venezuelan migrants held in its mega-prison to Caracas.",
        "Tashkent pardoned and freed five Tajik convicts on Monday.",
    ],
    ids=["freed-uncharged", "held-uncharged", "held-migrants", "pardon"],
)
def test_prisoners_let_go(release_mentions, text):
    assert len(release_mentions(text)) == 1


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # deported months back into a third state's prison: how they came to be held
        (
            "The 300 Hondurans, deported by Mexico to Guatemala in February, were flown home to "
            "Tegucigalpa on Friday.",
            [],
        ),
        (
            "The Nicaraguans, deported from Costa Rica in 2024, arrived in Managua on Sunday.",
            [],
        ),
        # an expulsion the same week is the act
        (
            "Five Britons, expelled by Iran on Monday, arrived in London on Tuesday.",
            ["expelled"],
        ),
    ],
)
def test_a_deportation_months_before_the_journey_home_is_no_release(release_mentions, text, kept):
    assert [m.trigger.text for m in release_mentions(text)] == kept


# --- v16 (precision): deported by one state, their journey starting in another ---
@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "The Hondurans, deported from Mexico under an emergency decree, were flown from "
            "Guatemala City to Tegucigalpa on Friday.",
            [],
        ),
        # the journey starts where they were expelled from: the expulsion is the act
        (
            "Five Britons, expelled from Iran on Monday, were flown from Tehran to London.",
            ["expelled"],
        ),
    ],
    ids=["journey-from-a-third-state", "journey-from-the-expeller"],
)
def test_deported_by_one_state_and_leaving_another_is_no_release(release_mentions, text, kept):
    assert [m.trigger.text for m in release_mentions(text)][:1] == kept

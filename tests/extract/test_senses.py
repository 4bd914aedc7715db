"""Senses of a release word that free no one from custody (own sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The club released its Ghanaian winger from his contract, freeing him to join a Saudi side.",
        "Their Uruguayan defender Diego Paz was released from his contract at his own request.",
        "The pardon lets him serve the rest of his term at home rather than walk free.",
        "Minsk says it will release the trucks only once the border reopens.",
        "Russia sent 40 prisoners to a penal colony in Siberia.",
    ],
)
def test_no_release_from_custody(release_mentions, text):
    assert release_mentions(text) == []

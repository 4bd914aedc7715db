"""Which release triggers free people in one specific act (own sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "The foreign ministry put out a press release on the talks late on Monday.",
        "The 40 detainees were transferred to a high-security prison in the north.",
        "Relatives have campaigned for the release of the two engineers since March.",
        "The commission has helped secure the release of 700 people since it was set up.",
        "Among those freed was the blogger Anar Mammadli.",
        "The activist was let out for two days to attend his mother's funeral.",
        "The junta has released detainees in the past when it needed goodwill.",
    ],
    ids=["product", "into-custody", "asked-for", "since", "among-those", "leave", "habit"],
)
def test_not_one_act_of_release(release_mentions, text):
    assert release_mentions(text) == []


def test_one_act_of_release(release_mentions):
    (m,) = release_mentions("Tashkent freed 31 political prisoners on Friday.")
    assert m.count is not None and m.count.value == 31


def test_a_named_person_handed_over_is_freed_whatever_the_noun(release_mentions):
    (m,) = release_mentions("Havana handed over the Canadian engineer Paul Morin to his embassy.")
    assert m.persons == ["Paul Morin"]

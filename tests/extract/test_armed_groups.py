"""Releases by armed groups that govern no territory are no state's act (own sentences)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Separatist rebels in the highlands released a New Zealand pilot on Saturday.",
        "Guerrillas of the ELN freed the footballer's father on Thursday.",
        "Three engineers kidnapped by al-Shabaab in April were freed on Monday.",
        "The armed group holding the German nurse released her the following night.",
        "The researcher was freed by the Iran-backed militia Kataib Hezbollah on Tuesday.",
        "The aid worker came home after months with the JNIM alliance, which also freed two Swiss.",
    ],
    ids=["rebels", "named-guerrillas", "kidnapped-by", "armed-group", "by-militia", "relative"],
)
def test_armed_group_frees_for_no_state(release_mentions, text):
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Yemen's Houthi rebels released two Americans on Wednesday.", "YEM"),
        ("Chad pardoned 31 Central African rebels captured in 2022.", "TCD"),
        ("Bogota released two jailed commanders of the ELN on Wednesday.", "COL"),
    ],
    ids=["governing-group", "rebels-freed", "group-members-freed"],
)
def test_governing_group_or_state_freeing_rebels_is_a_release(release_mentions, text, actor):
    (m,) = release_mentions(text)
    assert m.actor == actor

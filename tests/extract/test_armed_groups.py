"""Releases by armed groups that govern no territory are no state's act (own sentences)."""

from __future__ import annotations

import pytest

from .builders import inline


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


# Session 18 (area "precision"): people told as kidnapped, freed with no state named as agent.
@pytest.mark.parametrize(
    "text",
    [
        "Two Swiss hikers kidnapped near the Malian border were set free on Sunday.",
        "The abducted nun was released unharmed in northern Burkina Faso on Friday.",
        "A Turkish engineer abducted by gunmen in the Niger Delta has been freed, Ankara said.",
        "A gang that abducted nine nurses near Port-au-Prince freed four of them on Monday.",
        "The trader kidnapped outside a market in Kano was freed after his family paid.",
    ],
    ids=["passive-acl", "abducted-adjective", "by-gunmen", "gang-subject", "conj-of-kidnap"],
)
def test_kidnapped_freed_by_no_state(release_mentions, text):
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Mali freed the French journalist kidnapped in 2021 after talks with Paris.", "MLI"),
        ("The Houthis released the two sailors abducted in the Red Sea last year.", "YEM"),
        ("Russia freed the Latvian guard it had abducted at the border in March.", "RUS"),
    ],
    ids=["state-subject", "governing-group", "state-kidnapper"],
)
def test_kidnapped_freed_by_a_state_or_governing_group(release_mentions, text, actor):
    (m,) = release_mentions(text)
    assert m.actor == actor


def test_lead_kidnapping_takes_the_later_actorless_releases(spacy_extractor):
    text = (
        "Kidnapped surveyors freed in the Delta\n"
        "LAGOS, June 12, 2025 --\n"
        "Three Polish surveyors kidnapped near Warri in May were freed on Wednesday, police said. "
        "The men were released on a creek bank and taken to a clinic in Nigeria for checks.\n"
    )
    assert spacy_extractor(inline(text)).events == []


def test_a_state_named_freeing_keeps_the_releases(spacy_extractor):
    text = (
        "Kidnapped surveyors freed in the Delta\n"
        "LAGOS, June 12, 2025 --\n"
        "Three Polish surveyors kidnapped near Warri in May were freed on Wednesday, police said. "
        "On the same day Nigeria freed 40 detained protesters under a presidential pardon.\n"
    )
    assert [e.actor for e in spacy_extractor(inline(text)).events] == ["NGA"]


# Session 21 (area "precision"): hostages rescued by an army or police from bandits, kidnappers
# or an armed group, or let go by their captors for a ransom, were released by no authority.
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police freed a kidnapped businessman from a gang on Friday.",
        "Special forces freed two Dutch engineers from their captors near Gao on Friday.",
        "Chad freed six hostages from bandits after paying a ransom, officials said.",
        "Philippine marines freed a German hostage from Abu Sayyaf militants on Friday.",
        "Troops freed 20 villagers from an armed group in the hills on Sunday.",
        "Nigerian soldiers freed 12 hostages in a raid on a forest camp on Sunday.",
        "Security forces secured the release of two Italian hostages from jihadists.",
    ],
    ids=["police-gang", "captors", "ransom", "named-group", "troops-armed-group", "raid",
         "noun-trigger"],
)  # fmt: skip
def test_rescue_from_captors_is_no_release(release_mentions, text):
    assert release_mentions(text) == []


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Ethiopian police released four journalists on Wednesday.", "ETH"),
        ("Libyan forces freed 18 fishermen from Sicily after holding them for 100 days.", "LBY"),
        ("Ugandan police released nine opposition supporters from a barracks.", "UGA"),
        ("Sudan's army freed seventeen South Sudanese troops on Wednesday.", "SDN"),
        ("Mali freed 12 prisoners from a prison in Bamako on Monday.", "MLI"),
    ],
    ids=["police-own-detainees", "forces-own-captives", "police-from-barracks", "army-swap",
         "from-prison"],
)  # fmt: skip
def test_forces_freeing_their_own_prisoners_is_a_release(release_mentions, text, actor):
    assert {m.actor for m in release_mentions(text)} == {actor}


@pytest.mark.parametrize(
    "text",
    [
        # session 23: a gang that "controls" districts of a city governs no territory
        "A gang that controls several districts of Port-au-Prince freed 12 hostages on Monday.",
        "The 400 Mawozo gang, which controls Croix-des-Bouquets, freed two missionaries on Monday.",
        "A drug cartel that controls the port released three kidnapped engineers on Monday.",
    ],
)
def test_a_gang_frees_for_no_state(release_mentions, text):
    assert release_mentions(text) == []


def test_a_state_freeing_gang_members_is_a_release(release_mentions):
    (m,) = release_mentions("Haiti freed 12 jailed gang members on Monday.")
    assert m.actor == "HTI"

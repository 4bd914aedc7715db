"""Lists of the freed told after the act (roll_calls): names a later sentence gives of the people
of the release told just before, and the people such a sentence names who are not the freed."""

from __future__ import annotations

import pytest

from detente.extract import gate
from detente.model import EventType

from .builders import inline


def persons(extractor, text):
    doc = inline(text)
    return [(e.actor, e.persons) for e in extractor(doc).events if e.type == "release"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Belarus freed four political prisoners on Friday. They are Ihar Alinevich, a "
            "blogger, and Yury Rubtsov, a teacher.",
            [("BLR", ["Ihar Alinevich", "Yury Rubtsov"])],
        ),
        (
            "Belarus freed four political prisoners on Friday. The others were Ihar Alinevich "
            "and Yury Rubtsov.",
            [("BLR", ["Ihar Alinevich", "Yury Rubtsov"])],
        ),
        (
            "Venezuela freed seven Americans on Friday. The Americans were Tomeu Vadell and Jose "
            "Luis Zambrano.",
            [("VEN", ["Tomeu Vadell", "Jose Luis Zambrano"])],
        ),
        (
            "Venezuela freed seven Americans on Friday. Among the Americans were Tomeu Vadell "
            "and Jose Luis Zambrano.",
            [("VEN", ["Tomeu Vadell", "Jose Luis Zambrano"])],
        ),
        (
            "Belarus freed four political prisoners on Friday. Also freed were Ihar Alinevich "
            "and Yury Rubtsov.",
            [("BLR", ["Ihar Alinevich", "Yury Rubtsov"])],
        ),
        # the copula of the list parsed as a clause of the cue's verb
        (
            "Ethiopia freed six jailed opposition politicians on Friday. Those let out were "
            "Jawar Mohammed, Bekele Gerba and Eskinder Nega, according to a statement.",
            [("ETH", ["Jawar Mohammed", "Bekele Gerba", "Eskinder Nega"])],
        ),
        (
            "Venezuela freed seven Americans on Friday. The group, which included Tomeu Vadell "
            "and Jose Luis Zambrano, landed in Texas.",
            [("VEN", ["Tomeu Vadell", "Jose Luis Zambrano"])],
        ),
    ],
    ids=[
        "they-are",
        "the-others-were",
        "demonym-were",
        "among-the-demonym",
        "also-freed",
        "those-let-out",
        "which-included",
    ],
)
def test_names_a_list_gives_after_the_release(spacy_extractor, text, expected):
    assert persons(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Venezuela freed seven Americans on Friday. Tomeu Vadell was also among those freed.",
            [("VEN", ["Tomeu Vadell"])],
        ),
        # a trailing speech verb reports the sentence: its subject is still on the list
        (
            "Belarus pardoned 31 political prisoners on Friday. Viktar Babaryka, the banker who "
            "ran against Alexander Lukashenko in 2020, was also among those freed, his campaign "
            "said.",
            [("BLR", ["Viktar Babaryka"])],
        ),
        # two subjects ("The dissident" and the name)
        (
            "Cuba freed dozens of prisoners this week. The dissident Jose Daniel Ferrer was "
            "among the first to leave prison.",
            [("CUB", ["Jose Daniel Ferrer"])],
        ),
        # a list after a colon
        (
            "Belarus freed 14 prisoners on Friday. Three journalists were among those released: "
            "Ihar Losik, Andrei Aliaksandrau and Dzianis Ivashin.",
            [("BLR", ["Ihar Losik", "Andrei Aliaksandrau", "Dzianis Ivashin"])],
        ),
        (
            "Belarus freed 14 prisoners on Friday. Ihar Losik was not among those freed.",
            [("BLR", [])],
        ),
    ],
    ids=["also-among", "reported", "two-subjects", "colon-list", "not-among"],
)
def test_names_put_among_those_freed(spacy_extractor, text, expected):
    assert persons(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran freed three Europeans on Friday. Oman named the three as Thomas Kjeldgaard, "
            "Massud Mossaheb and Kamran Ghaderi.",
            [("IRN", ["Thomas Kjeldgaard", "Massud Mossaheb", "Kamran Ghaderi"])],
        ),
        (
            "Venezuela freed ten Americans from prison on Friday. The White House has not named "
            "them; relatives identified two as David Estrella and Jonathan Pagan González.",
            [("VEN", ["David Estrella", "Jonathan Pagan González"])],
        ),
        # not named, or the named are someone else
        (
            "Venezuela freed ten Americans from prison on Friday. The White House did not name "
            "them, but said John Smith had led the talks.",
            [("VEN", [])],
        ),
        (
            "Venezuela freed ten Americans from prison on Friday. Officials named the "
            "negotiators as Richard Grenell and Mauricio Claver-Carone.",
            [("VEN", [])],
        ),
        # a pronoun after a sanctions act stands for what was listed
        (
            "Myanmar freed two prisoners on Monday. Britain added two fuel suppliers to its "
            "sanctions list on Tuesday. The Foreign Office named them as Straits Aerofuel "
            "Trading and Shwe Taung Aviation Services.",
            [("MMR", [])],
        ),
    ],
    ids=["named-the-three", "identified-two", "not-named", "negotiators", "after-a-listing"],
)
def test_names_a_naming_verb_gives_the_group(spacy_extractor, text, expected):
    assert persons(spacy_extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name told by another's description is not on the list
        (
            "Myanmar freed four foreigners on Thursday. The four were the Australian economist "
            "Sean Turnell, a former adviser to Aung San Suu Kyi; Vicky Bowman, a former British "
            "ambassador; and the Japanese filmmaker Toru Kubota.",
            [("MMR", ["Sean Turnell", "Vicky Bowman", "Toru Kubota"])],
        ),
        (
            "Belarus freed 14 prisoners on Friday. The negotiators were John Coale and Chris "
            "Smith.",
            [("BLR", [])],
        ),
        (
            "Belarus freed 14 prisoners on Friday. They were met at the border by Foreign "
            "Minister Maxim Ryzhenkov.",
            [("BLR", [])],
        ),
        (
            "Belarus freed 14 prisoners on Friday. The others still held are Maria Kalesnikava "
            "and Ales Bialiatski.",
            [("BLR", [])],
        ),
    ],
    ids=["adviser-to", "negotiators", "met-by-a-minister", "still-held"],
)
def test_people_a_list_sentence_names_who_are_not_freed(spacy_extractor, text, expected):
    assert persons(spacy_extractor, text) == expected


def test_a_list_right_after_another_goes_to_the_same_release(spacy_extractor):
    """ "Among them was X. Also freed was Y.": Y joins X's release, not the other side's told
    nearer."""
    text = (
        "Russia freed 146 Ukrainians on Sunday, and Ukraine handed over 146 Russian soldiers. "
        "Among the Ukrainians was Dmytro Khyliuk, a reporter. Also freed was Mark Kaliush, a "
        "former mayor."
    )
    assert sorted(persons(spacy_extractor, text)) == [
        ("RUS", ["Dmytro Khyliuk", "Mark Kaliush"]),
        ("UKR", []),
    ]


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("They are Romi Gonen, Emily Damari and Doron Steinbrecher.", True),
        ("18:10 The four were the soldiers Karina Ariev and Naama Levy.", True),
        ("Among the Americans were Eyvin Hernandez and Jerrel Kenemore.", True),
        ("The statement was issued by Foreign Minister Sergei Lavrov.", False),
        ("They are expected to arrive on Sunday.", False),
    ],
)
def test_the_gate_parses_copular_lists(text, parsed):
    found = gate.needs(text)
    assert (found is not None and found.parse and found.entities) is parsed


# --- a list that points back by a pronoun: the group the sentence before told (session 26) ---
_SWAP_90 = (
    "Swap completed\nHamas handed three hostages to the Red Cross on Sunday, and Israel released "
    "90 Palestinian prisoners on Monday as the other half of the swap. "
)


def _named_by_actor(extractor, text: str) -> dict[str | None, list[str]]:
    events = extractor(inline(text, "2025-06-18")).events
    return {e.actor: e.persons for e in events if e.type == EventType.RELEASE}


@pytest.mark.parametrize(
    ("between", "owner", "other"),
    [
        ("The three hostages, all of them women, were driven to a hospital.", "PSE", "ISR"),
        ("The 90 prisoners, most of them women, were driven to Ramallah.", "ISR", "PSE"),
    ],
    ids=["three-hostages", "ninety-prisoners"],
)
def test_among_them_names_the_group_the_sentence_before_counted(
    spacy_extractor, between, owner, other
):
    text = _SWAP_90 + between + " Among them was Laura Whitfield, a nurse seized in 2023."
    persons = _named_by_actor(spacy_extractor, text)
    assert persons[owner] == ["Laura Whitfield"]
    assert persons[other] == []


def test_among_them_names_the_nationality_the_sentence_before_gave(spacy_extractor):
    text = (
        "Prisoners traded\nUkraine and Russia each freed 50 prisoners of war on Sunday. The "
        "Ukrainians freed in the swap included soldiers who fought at Mariupol. Among them was "
        "Marek Novak, a marine captured in 2022."
    )
    persons = _named_by_actor(spacy_extractor, text)
    assert persons["RUS"] == ["Marek Novak"]
    assert persons["UKR"] == []


def test_the_doer_of_the_sentence_before_is_no_group(spacy_extractor):
    # "Venezuelan authorities released seven Americans. Among them were X": the Americans
    text = (
        "Swap completed\nThe United States freed two Venezuelans on Saturday. Venezuelan "
        "authorities on the same day released seven Americans. Among them were Tomas Varga and "
        "Anna Keller, two oil executives."
    )
    persons = _named_by_actor(spacy_extractor, text)
    assert persons["VEN"] == ["Tomas Varga", "Anna Keller"]
    assert persons["USA"] == []


def test_a_list_cue_s_nationality_before_its_verb_decides(spacy_extractor):
    text = (
        "Americans freed\nVenezuela freed seven Americans on Saturday, while the United States "
        "released two Venezuelans. The Americans include four oil executives who had been "
        "summoned to a meeting in the Venezuelan capital: Marek Novak, Tomas Varga, Anna Keller "
        "and Daniel Moreau."
    )
    persons = _named_by_actor(spacy_extractor, text)
    assert persons["VEN"] == ["Marek Novak", "Tomas Varga", "Anna Keller", "Daniel Moreau"]
    assert persons["USA"] == []

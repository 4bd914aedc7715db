"""Who gives a figure: the source of a stock estimate, as written (own-words sentences)."""

from __future__ import annotations

import pytest

from detente.extract.sources import source_of, source_state


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("About 300 people remain jailed, according to the lawyers' union.", "lawyers' union"),
        ("By OVD-Info's count, some 800 people are held on political charges.", "OVD-Info"),
        ("The human rights centre Viasna says 1,100 people remain in prison.", "Viasna"),
        (
            "At least six Canadians are held in Iran, according to a count kept by a Toronto "
            "advocacy network.",
            "a Toronto advocacy network",
        ),
        (
            "Some 40 Danes are detained abroad, according to figures cited by the foreign ministry.",
            "foreign ministry",
        ),
        ("They say 20 remain in custody.", None),
        ("Twenty people remain in custody.", None),
    ],
    ids=[
        "according-to",
        "by-count",
        "named-centre",
        "count-kept-by",
        "figures-cited-by",
        "pronoun",
        "nobody",
    ],  # fmt: skip
)
def test_source_of(parsed_sentence, text, expected):
    assert source_of(parsed_sentence(text)) == expected


# session 22: a figure given by another state keeps that state as written ("Djibouti's foreign
# ministry"), whatever the tagger makes of the lower-case words; a name's lower-case description
# still drops ("the rights centre Viasna" → Viasna)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland's foreign ministry said at least five Polish citizens remain jailed in Belarus.",
         "Poland's foreign ministry"),
        ("Forty Djiboutian soldiers remain in Eritrean prisons, Djibouti's foreign ministry said.",
         "Djibouti's foreign ministry"),
        ("Twelve citizens are still held in the North, according to Seoul's unification ministry.",
         "Seoul's unification ministry"),
        ("Djibouti says 40 of its soldiers are still held by Eritrea.", "Djibouti"),
        ("The rights centre Viasna says 1,100 people remain in prison.", "Viasna"),
    ],
)  # fmt: skip
def test_a_state_source_as_written(parsed_sentence, text, expected):
    assert source_of(parsed_sentence(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo says twelve citizens are still held in the North.", "JPN"),
        ("More than 200 fishermen remain in jail, according to Indian officials.", "IND"),
        ("Pakistan's foreign office said 266 of its nationals remain held abroad.", "PAK"),
        # negatives: a group in or of a country is no state's voice; no source, no state
        ("About 1,100 people remain in prison, according to rights groups in Belarus.", None),
        ("The Belarusian rights centre Viasna says 1,100 people remain in prison.", None),
        ("Twenty people remain in custody.", None),
        ("About 1,800 people are in jail, according to the Hong Kong Democracy Council.", None),
        ("At least 100 remain in prison, according to the Cuban Commission for Human Rights.",
         None),
    ],
)  # fmt: skip
def test_source_state(parsed_sentence, text, expected):
    ps = parsed_sentence(text)
    assert source_state(ps, source_of(ps)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan's foreign office said 217 Indian fishermen remained in its custody.",
        "According to Pakistan's foreign office, it holds 308 Indians.",
    ],
)
def test_a_state_that_says_it_holds_them_may_be_their_holder(parsed_sentence, text):
    ps = parsed_sentence(text)
    assert source_state(ps, source_of(ps)) is None

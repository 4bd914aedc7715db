"""Helpers shared by the finders: the time of an act within its own clause."""

from __future__ import annotations

import pytest

from .builders import inline


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a coordinated clause with its own subject keeps its own time
        (
            "In August thirty prisoners walked free, and in September the press office announced "
            "that 37 more had been pardoned.",
            ["2024-08", "2024-09"],
        ),
        # ...but a fronted time dates a coordinated clause that has none of its own
        (
            "In March, Belarus freed 14 political prisoners, and Russia released two Americans.",
            ["2025-03", "2025-03"],
        ),
        # a fronted time of a verb of saying dates what was said
        ("On Friday officials said another 20 had been let go.", ["2025-06-13"]),
        # a trailing one is when it was said, not done
        ("Twelve prisoners have been freed, rights groups said on Wednesday.", [None]),
        # a "when" clause on a date dates every clause coordinated in it
        (
            "The last round came on March 3, when two Americans were released and Ukraine "
            "freed nine soldiers.",
            ["2025-03-03", "2025-03-03"],
        ),
        # a relative clause keeps its time to itself
        ("Iran freed Tom Hale, who was arrested in 2022, on Friday.", ["2025-06-13"]),
        # the time of a capture, a sentence or a birth is not that of the release (v12)
        ("Uganda has handed over 14 soldiers captured during the fighting in July.", [None]),
        (
            "Sentenced to ten years in 2019, the activist was released by Belarus on Monday.",
            ["2025-06-09"],
        ),
        (
            "Belarus on Monday released 20 prisoners arrested after the 2020 protests.",
            ["2025-06-09"],
        ),
        # a "since" clause tells when a span began, not when the act was
        (
            "Chad freed ten prisoners, the first release since the truce took effect in May.",
            [None, None],
        ),
    ],
)
def test_release_time_from_its_own_clause(release_mentions, text, dates):
    assert [m.date for m in release_mentions(text)] == dates


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the host of a trade told as the subject's place is no actor
        ("In April, a second trade in Abu Dhabi freed the dancer Mira Lane.", [None]),
        ("The swap at Ankara airport freed the reporter Tim Ross.", [None]),
        # a state deeper in the subject that is not where the trade happened still acts
        ("The government of Belarus freed the reporter Tim Ross.", ["BLR"]),
    ],
)
def test_the_venue_of_a_trade_is_no_actor(release_mentions, text, actors):
    assert [m.actor for m in release_mentions(text)] == actors


def _actors(extractor, text):
    return [e.actor for e in extractor(inline(text)).events]


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # precision (v26): a state at whose airfield a swap happened is no side of it, wherever the
        # parser hung the phrase ("for X at Abu Dhabi airport", "at an airport in Turkey")
        (
            "Russia released the teacher Anna Keller on Friday in exchange for the businessman "
            "Pavel Orlov at Abu Dhabi airport.",
            ["RUS"],
        ),
        (
            "Belarus freed the activist Marek Novak on Friday in a swap for Ivan Petrov, at an "
            "airport in Turkey.",
            ["BLR"],
        ),
        (
            "Russia freed four men on Friday. The ten were traded for the four on the tarmac at "
            "Vienna airport.",
            ["RUS"],
        ),
        # negatives: the airfield of the releasing state itself, a state that held the other side
        ("Iran freed the cyclist Tom Hale on Friday at Tehran airport.", ["IRN"]),
        (
            "Two Americans were freed at Tehran airport on Friday in exchange for two Iranians "
            "held in the United States.",
            ["IRN", "USA"],
        ),
        (
            "Russia freed Anna Keller on Friday in exchange for Pavel Orlov, who had been held in "
            "Germany, at Ankara airport.",
            ["RUS", "DEU"],
        ),
    ],
)
def test_an_airfield_s_state_is_no_side_of_a_swap(spacy_extractor, text, actors):
    assert _actors(spacy_extractor, text) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a state in a clause inside the subject does not name it
        (
            "The previous amnesty, held to mark the victory in the war against Japanese "
            "aggression, freed 31,000 prisoners.",
            [None],
        ),
        # one reached through "of" or "in" does
        ("The authorities in Minsk freed 14 prisoners.", ["BLR"]),
    ],
)
def test_a_place_deep_in_the_subject_names_it_only_through_of_or_in(release_mentions, text, actors):
    assert [m.actor for m in release_mentions(text)] == actors


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an act told in a "(a) day after" clause: the day before the main clause's (session 12)
        (
            "Two Britons were flown to London on Friday, a day after Iran released them.",
            ["2025-06-12"],
        ),
        (
            "He arrived in Madrid on Thursday, two days after Cuban authorities freed him.",
            ["2025-06-10"],
        ),
        # a pardon there decides a release the main clause carries out: its day dates the act
        ("She walked out on Tuesday, a day after the president pardoned her.", ["2025-06-10"]),
        # the clause's own time, or no time to move
        ("He arrived on Friday, a day after Iran released him on Wednesday.", ["2025-06-11"]),
        # an act in the main clause keeps its time
        ("Iran freed Tom Hale on Friday, a day after a court ruled on his appeal.", ["2025-06-13"]),
        # a market's move: the act in its "after" clause is not of its day (v13)
        (
            "Shares in Volta Gold jumped on Friday after Mali released three Volta employees.",
            [None],
        ),
        # a move of the freed keeps it
        ("Two Britons landed in London on Friday after Iran released them.", ["2025-06-13"]),
    ],
)
def test_an_act_a_day_before_the_main_clause(release_mentions, text, dates):
    assert [m.date for m in release_mentions(text)] == dates


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # the held, subject of a participle read as the main verb, free no one (the actor is
        # left to the context, not taken from "Nigerian")
        (
            "Twelve Nigerian fishermen detained in Cameroon for a year reached Calabar on Sunday,"
            " days after the president of Cameroon, Paul Biya, pardoned them.",
            [None],
        ),
        # a verb of holding with its object still hands its subject on
        ("Russia detained the journalist in March and freed him in June.", ["RUS"]),
    ],
)
def test_the_held_are_not_the_subject_of_their_release(release_mentions, text, actors):
    assert [m.actor for m in release_mentions(text)] == actors


def _doc(words: list[str], heads: list[int], deps: list[str]):
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_of_two_subjects_the_verb_takes_its_own_after_its_subordinating_word() -> None:
    from detente.extract.mentions import subject_of

    # "Soldiers held in Mali landed, a day after Mali's leader signed a decree pardoning them",
    # misparsed with both "Soldiers" and "leader" as subjects of "signed"
    words = ["Soldiers", "held", "in", "Mali", "landed", ",", "a", "day", "after", "Mali", "'s"]
    words += ["leader", "signed", "a", "decree", "pardoning", "them", "."]
    heads = [12, 0, 1, 2, 1, 12, 7, 12, 12, 11, 9, 12, 12, 14, 12, 12, 15, 12]
    deps = ["nsubj", "acl", "prep", "pobj", "advcl", "punct", "det", "npadvmod", "mark", "poss"]
    deps += ["case", "nsubj", "ROOT", "det", "dobj", "advcl", "dobj", "punct"]
    doc = _doc(words, heads, deps)
    assert subject_of(doc[15]).text == "leader"
    # with no subordinating word between them, the first subject stays the verb's
    words = ["Nine", "dissidents", "jailed", "after", "the", "protests", "walked", "out", "."]
    heads = [1, 6, 1, 2, 5, 6, 6, 6, 6]
    deps = ["nummod", "nsubj", "acl", "prep", "det", "nsubj", "ROOT", "prt", "punct"]
    assert subject_of(_doc(words, heads, deps)[6]).text == "dissidents"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # v15: a time right after a detention participle dates the detention, however parsed
        (
            "On Thursday, three crew members of a speedboat seized off the coast in 2023 were"
            " pardoned and crossed to Ceuta.",
            {"2025-06-12"},
        ),
        (
            "Twenty Kenyan herders detained by the Ugandan army in Karamoja last year crossed back"
            " into Kenya at the Lokiriama border post on Thursday.",
            {"2025-06-12"},
        ),
        ("Three sailors detained last year were freed by Iran.", {None}),
        # negatives: a release told before the time; a time of the release itself
        ("Belarus released 20 prisoners on Monday, all of them jailed in 2021.", {"2025-06-09"}),
        ("Belarus freed 20 prisoners in 2021.", {"2021"}),
    ],
)
def test_a_time_of_detention_is_not_the_release_time(release_mentions, text, dates):
    assert {m.date for m in release_mentions(text)} == dates


def test_detention_time_is_the_first_time_after_the_detention() -> None:
    from detente.extract.dates import find
    from detente.extract.opening_days import detention_time

    for text, held in [
        ("Uganda returned 18 soldiers captured in July on Wednesday.", [True, False]),
        ("The activist, detained and freed on Monday, flew home.", [False]),
        ("Crew seized off the coast in 2023 were pardoned on Thursday.", [True, False]),
        # negatives: a detention word as an adjective; a purpose clause after the detention
        ("Belgium sent the convicted diplomat home in 2023.", [False]),
        (
            "He pardoned 23 people convicted of extremism to mark Independence Day on July 3.",
            [False],
        ),
    ]:
        times = find(text, "2025-06-14")
        assert [detention_time(text, t, times) for t in times] == held, text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # background: a verb the parser hung on the main clause right after a "when" clause
        # shares the clause's time
        (
            "It is the first trade since December 2023, when Baku released 32 Armenians "
            "captured in the fighting and Yerevan freed two Azerbaijanis in return.",
            ["2023-12", "2023-12"],
        ),
        (
            "The last exchange was in 2017, when Russia freed the businessman Raivo Susi and "
            "Estonia released Artem Zinchenko, a spy.",
            ["2017", "2017"],
        ),
        # a clause set off by other words than "and" keeps no time it does not tell
        (
            "It is the first trade since May 2023, when Baku released 32 Armenians; the envoy "
            "said that Yerevan freed two Azerbaijanis.",
            ["2023-05", None],
        ),
    ],
)
def test_a_verb_after_a_when_clause_shares_its_time(release_mentions, text, dates):
    assert [m.date for m in release_mentions(text)] == dates


# --- session 17: a time that names an occasion by a possessive dates that occasion ---
@pytest.mark.parametrize(
    ("text", "verb", "value"),
    [
        (
            "The decree pardoned 110 people ahead of December's legislative elections.",
            "pardoned",
            None,
        ),
        (
            "The council freed 40 detainees on Monday, before next week's talks.",
            "freed",
            "2025-06-09",
        ),
        ("Officials pardoned 30 prisoners before July's vote.", "pardoned", None),
    ],
)
def test_a_time_naming_an_occasion_dates_no_act(parsed_sentence, text, verb, value) -> None:
    from detente.extract.mention_times import nearest_time

    ps = parsed_sentence(text)
    trigger = next(t for t in ps.doc if t.text == verb)
    assert nearest_time(ps, trigger) == value


def test_a_possessive_time_of_an_act_still_dates_it(parsed_sentence) -> None:
    from detente.extract.mention_times import nearest_time

    ps = parsed_sentence("Thursday's exchange freed 40 detainees.")
    trigger = next(t for t in ps.doc if t.text == "freed")
    assert nearest_time(ps, trigger) is not None

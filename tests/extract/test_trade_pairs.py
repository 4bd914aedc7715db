"""Trades a sentence tells by its own acts (no cue sentence): two states freeing each other's
nationals in one sentence, of one time."""

from __future__ import annotations

import pytest

from .builders import inline


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Colombia freed twelve Ecuadorian fishermen on Tuesday, while Ecuador released nine "
         "Colombian fishermen.", True),
        ("Kenya handed over 40 Somali soldiers on Tuesday, and Somalia freed 35 Kenyan "
         "soldiers.", True),
        # the second state frees its own people: no swap
        ("Colombia freed twelve Ecuadorian fishermen on Tuesday, while Ecuador pardoned nine "
         "Ecuadorian opposition activists.", False),
        # months apart: two acts, no swap
        ("Colombia freed twelve Ecuadorian fishermen in March, and in October Ecuador released "
         "nine Colombian fishermen.", False),
    ],
)  # fmt: skip
def test_two_states_freeing_each_others_nationals_in_one_sentence(spacy_extractor, text, linked):
    a = spacy_extractor(inline(text, "2026-02-14"))
    assert sorted(e.actor for e in a.events) == sorted({e.actor for e in a.events})
    assert len(a.events) == 2
    assert [sorted(x.events) for x in a.exchanges] == ([["e1", "e2"]] if linked else [])


# (v17) An act told inside a cue sentence's own "in return for" phrase is what its other act was
# traded for, whatever their times; acts of two times joined by "and" are two.
@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Kenya released 17 Somali nationals on Thursday, in return for Somalia's release of "
         "nine Kenyans in January.", True),
        ("Kenya released 17 Somali nationals on Thursday in exchange for Somalia's release of "
         "nine Kenyan soldiers last month.", True),
        ("Kenya released 17 Somali nationals in March in return for a border deal, and in June "
         "Somalia freed nine Kenyans.", False),
    ],
)  # fmt: skip
def test_the_act_named_as_the_price_is_traded_whatever_its_time(spacy_extractor, text, linked):
    a = spacy_extractor(inline(text, "2026-02-14"))
    if linked:  # the negative asks only that no trade is read (whoever its acts' doers are)
        assert sorted(str(e.actor) for e in a.events) == ["KEN", "SOM"]
    assert [sorted(x.events) for x in a.exchanges] == ([["e1", "e2"]] if linked else [])


# (v18) An uncounted release of people a cue does not name, dated only by a month ("in return
# for the release of political prisoners in April"), takes the stages told just after it in that
# month; one dated by a day, or naming its people, is an act of its own.
@pytest.mark.parametrize(
    ("cue_date", "named", "linked"),
    [
        ("2025-04", False, [("e1", "e2", "e3")]),
        ("2025-04-11", False, [("e1", "e2")]),
        ("2025-04", True, [("e1", "e2")]),
        # a stage of another month is another act
        ("2025-03", False, [("e1", "e2")]),
    ],
)
def test_an_uncounted_group_of_a_month_takes_its_stages(cue_date, named, linked):
    from detente.extract.links import cue_sentences, run

    from .builders import mention, sentence

    texts = {2: "Washington on Thursday suspended sanctions on two timber exporters.",
             3: "The step was taken in return for the release of political prisoners this spring.",
             4: "Pavel Marchuk was freed on April 11.",
             5: "Olga Dudko and Ihar Lis were let out of prison on April 15."}  # fmt: skip
    sents = {i: sentence(i, t) for i, t in texts.items()}
    cue = mention("release", "BLR", sents[3], cue_date)
    if named:
        cue.persons = ["Pavel Marchuk"]
    first = mention("release", "BLR", sents[4], "2025-04-11")
    first.persons = ["Pavel Marchuk"]
    later = mention("release", "BLR", sents[5], "2025-04-15")
    later.persons = ["Olga Dudko", "Ihar Lis"]
    pairs = [(mention("sanctions_eased", "USA", sents[2], "2025-05-08", target="BLR"), "e1"),
             (cue, "e2"), (first, "e2"), (later, "e3")]  # fmt: skip
    event_dates = {"e1": "2025-05-08", "e2": "2025-04-11", "e3": "2025-04-15"}
    cues = cue_sentences(sorted(texts.items()))
    assert sorted(link.events for link in run(pairs, cues, event_dates)) == linked


# (v21) "Two states exchanged prisoners" trades people for people: the co-acting states'
# releases, not a sanctions act one of them takes in the same sentence; a deal cue still trades
# the relief for the release.
@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("Armenia and Azerbaijan exchanged prisoners on Saturday, and Armenia lifted its "
         "sanctions on Azerbaijani banks the same day.", [["e1", "e2"]]),
        ("Within two days, Canada and China exchanged prisoners and lifted the sanctions on "
         "each other's farm exports.", [["e1", "e2"]]),
        ("Armenia and Azerbaijan exchanged prisoners on Saturday, and Armenia lifted its "
         "sanctions on Azerbaijani banks in exchange for the release.", [["e1", "e2", "e3"]]),
    ],
)  # fmt: skip
def test_co_actors_swapping_prisoners_trade_no_sanctions_act(spacy_extractor, text, linked):
    a = spacy_extractor(inline(text, "2026-02-14"))
    assert [e.type for e in a.events][:2] == ["release", "release"]
    assert [sorted(x.events) for x in a.exchanges] == linked


# (v25) A swap verb's partners are the co-actors' releases of its own clause's time: a sentence
# telling two days' swaps ("On July 17 ... 95 each, and on June 25 ... 90 each") is one exchange
# per day; one day's swap told with a second time for something else stays one trade.
@pytest.mark.parametrize(
    ("text", "linked"),
    [
        ("On July 17 Kenya and Somalia exchanged 95 prisoners each, and on June 25 they swapped "
         "90 each.", [["e1", "e2"], ["e3", "e4"]]),
        ("In March Armenia and Azerbaijan exchanged 12 prisoners each, and in October they "
         "exchanged 40 each.", [["e1", "e2"], ["e3", "e4"]]),
        # one swap, one time: one trade
        ("On July 17 Kenya and Somalia exchanged 95 prisoners each.", [["e1", "e2"]]),
    ],
)  # fmt: skip
def test_a_swap_verb_trades_only_the_releases_of_its_own_time(spacy_extractor, text, linked):
    a = spacy_extractor(inline(text, "2026-02-14"))
    assert all(e.type == "release" for e in a.events)
    assert sorted(sorted(x.events) for x in a.exchanges) == linked

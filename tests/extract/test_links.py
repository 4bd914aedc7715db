"""Exchanges: cue sentences, and links between the two sides of a trade (hand-built mentions and
whole paragraphs through the pipeline)."""

from __future__ import annotations

import pytest

from detente.extract import dates
from detente.extract.links import cue_sentences, near_time, run
from detente.extract.trade_cues import is_deal_cue
from detente.ingest import iter_documents
from detente.model import Category

from .builders import inline, mention, sentence
from .conftest import FIXTURES


def test_deal_links_each_release_to_its_relief(analyses):
    a = analyses["potash-deal.txt"]
    by_id = {e.id: e for e in a.events}
    pairs = [sorted((by_id[i].type, by_id[i].date) for i in x.events) for x in a.exchanges]
    assert sorted(pairs) == [
        [("release", "2025-09"), ("sanctions_eased", "2025-09")],
        [("release", "2025-12-13"), ("sanctions_eased", "2025-12-13")],
    ]


def test_close_in_time_is_not_an_exchange(analyses):
    a = analyses["separate-acts.txt"]
    assert sorted(e.type for e in a.events) == ["release", "sanctions_imposed"]
    assert a.exchanges == []


# --- links.run over hand-built mentions (no parser involved) ---------------------------------


def _run(spec, cues, event_dates):
    """spec: (event id, kind, actor, sentence index, mention date)."""
    sents = {}
    pairs = []
    for eid, kind, actor, idx, date in spec:
        sents.setdefault(idx, sentence(idx))
        pairs.append((mention(kind, actor, sents[idx], date), eid))
    cue = "They were freed in exchange for relief."
    return [link.events for link in run(pairs, [(i, cue) for i in cues], event_dates)]


def test_one_sided_cue_links_the_same_day_across_sentences():
    spec = [("e1", "release", "IRN", 0, "2026-02-10"), ("e2", "sanctions_eased", "USA", 3, None)]
    got = _run(spec, [0], {"e1": "2026-02-10", "e2": "2026-02-10"})
    assert got == [("e1", "e2")]


def test_one_sided_cue_never_reaches_another_date():
    spec = [("e1", "release", "BLR", 0, "2025-09"), ("e2", "sanctions_eased", "USA", 1, None)]
    assert _run(spec, [0], {"e1": "2025-09", "e2": "2025-12-13"}) == []


def test_a_sentence_of_two_dates_links_only_the_traded_clause():
    # "In March, 30 were freed in exchange for relief, and in May a blogger walked free."
    spec = [
        ("e1", "release", "BLR", 2, "2026-03"),
        ("e2", "sanctions_eased", "USA", 2, "2026-03"),
        ("e3", "release", "BLR", 2, "2026-05"),
    ]
    got = _run(spec, [2], {"e1": "2026-03", "e2": "2026-03", "e3": "2026-05"})
    assert got == [("e1", "e2")]


def test_an_undated_mention_keeps_its_events_date_in_a_clause_of_another_time():
    # "... the first such handover since May 2024, when Tirana freed 12 and Belgrade freed two in
    # return": Belgrade's mention, undated, was merged into this year's act of Belgrade.
    spec = [
        ("e1", "release", "SRB", 1, "2026-03-02"),
        ("e2", "release", "ALB", 1, "2026-03-02"),
        ("e3", "release", "ALB", 3, "2024-05"),
        ("e1", "release", "SRB", 3, None),
    ]
    got = _run(spec, [1, 3], {"e1": "2026-03-02", "e2": "2026-03-02", "e3": "2024-05"})
    assert got == [("e1", "e2")]


def test_multi_party_swap_links_every_release_of_the_day():
    day = "2026-01-15"
    spec = [
        ("e1", "release", "RUS", 1, day),
        ("e2", "release", "USA", 2, None),
        ("e3", "release", "DEU", 3, day),
        ("e4", "release", "NOR", 4, day),
        ("e5", "release", "RUS", 6, "2025-08"),  # an earlier swap, mentioned in passing
    ]
    event_dates = {"e1": day, "e2": day, "e3": day, "e4": day, "e5": "2025-08"}
    assert _run(spec, [2], event_dates) == [("e1", "e2", "e3", "e4")]


def test_no_cue_no_link():
    spec = [("e1", "release", "CUB", 0, None), ("e2", "sanctions_eased", "USA", 1, None)]
    assert _run(spec, [], {"e1": "2026-01-14", "e2": "2026-01-14"}) == []


def test_imposed_sanctions_are_never_traded():
    spec = [("e1", "release", "VEN", 0, None), ("e2", "sanctions_imposed", "USA", 0, None)]
    assert _run(spec, [0], {"e1": "2026-01-14", "e2": "2026-01-14"}) == []


# --- whole paragraphs through the extractor ---------------------------------------------------


def _analyse(extractor, text, published="2026-02-14"):
    return extractor(inline(text, published))


def test_quid_pro_quo_in_the_next_sentence(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Minsk freed 40 political prisoners on Tuesday. The move came after Washington agreed "
        "to lift sanctions on the national carrier Belavia.",
    )
    assert sorted(e.type for e in a.events) == ["release", "sanctions_eased"]
    assert [sorted(x.events) for x in a.exchanges] == [["e1", "e2"]]


def test_a_lead_before_a_whole_earlier_trade_is_no_evidence_of_it(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Caracas freed 17 political prisoners on Wednesday after Washington agreed to lift its "
        "sanctions on the state gold miner Minerven. Officials on both sides declined to give "
        "details of the talks. Relatives waited outside the prison gates until late at night. "
        "The deal is the largest of its kind this year. In June, eight "
        "prisoners were let go in return for US relief on the state airline Conviasa.",
    )
    june = {e.id for e in a.events if e.date == "2025-06"}
    links = {frozenset(x.events): [ev.text[:9] for ev in x.evidence] for x in a.exchanges}
    assert len(june) == 2
    assert links[frozenset(june)] == ["In June, "]  # not "The deal is the largest ..."


def test_release_and_later_easing_without_cue_are_not_traded(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Belarus freed 20 political prisoners in August. In November, Washington lifted "
        "sanctions on Belavia, saying the decision was overdue.",
    )
    assert len(a.events) == 2
    assert a.exchanges == []


def test_same_day_easing_through_a_deal_clause(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Belarus pardoned 16 prisoners on Thursday. The United States on the same day removed "
        "sanctions on the potash maker Belaruskali as part of an agreement brokered by the envoy.",
    )
    by_type = {e.type: e for e in a.events}
    assert by_type["sanctions_eased"].date == by_type["release"].date == "2026-02-12"
    assert [sorted(x.events) for x in a.exchanges] == [["e1", "e2"]]


def test_a_swap_cue_does_not_trade_an_easing(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "The Treasury on Thursday granted the refiner Naftan a licence, days after Minsk freed "
        "six Lithuanians in a prisoner exchange.",
    )
    assert {e.type for e in a.events} == {"release", "sanctions_eased"}
    assert a.exchanges == []


# --- the document-level deal frame (hand-built mentions; own sentences) -------------------------


def _frame_run(spec, texts, event_dates, persons=None, home=()):
    """spec: (event id, kind, actor, sentence index, mention date); texts: {index: sentence} of
    the article's context sentences; persons: {event id: names freed}; home: releases of the
    actor's own people (the others free foreigners)."""
    sents = {}
    pairs = []
    for eid, kind, actor, idx, date in spec:
        sents.setdefault(idx, sentence(idx, texts.get(idx, "They were freed.")))
        m = mention(kind, actor, sents[idx], date)
        m.persons = list((persons or {}).get(eid, []))
        if kind == "release" and eid not in home:
            m.category = Category.FOREIGN_NATIONALS
        pairs.append((m, eid))
    cues = cue_sentences(sorted(texts.items()))
    return sorted(link.events for link in run(pairs, cues, event_dates))


# Cue sentences with no event of their own: (sentences, events (id, type, actor, sentence, date),
# expected links). "Kazakhstan freed 9 dissidents on Monday. The EU lifted the freeze. Both steps
# were part of a deal brokered by Turkey." speaks of the acts just before the cue; a lead or a
# question speaks of those told just after it; never of acts of two times.
FRAME_CASES = {
    "cue-after-the-acts": (
        {4: "Kazakhstan freed 9 dissidents on Monday.", 5: "The EU lifted the freeze.",
         6: "Both steps were part of a deal brokered by Turkey."},
        [("e1", "release", "KAZ", 4, "2026-03-09"), ("e2", "sanctions_eased", "EU", 5, "2026-03-09")],
        [("e1", "e2")],
    ),
    "cue-after-acts-of-two-times": (
        {4: "Kazakhstan freed 9 dissidents in May.", 5: "The EU lifted the freeze in July.",
         6: "Both steps were part of a deal brokered by Turkey."},
        [("e1", "release", "KAZ", 4, "2026-05"), ("e2", "sanctions_eased", "EU", 5, "2026-07")],
        [],
    ),
    "lead-cue": (
        {1: "The long-awaited deal was completed on Tuesday.",
         2: "Laos freed 18 monks.", 3: "Canberra lifted its travel bans the same day."},
        [("e1", "release", "LAO", 2, "2026-06-16"), ("e2", "sanctions_eased", "AUS", 3, "2026-06-16")],
        [("e1", "e2")],
    ),
    "question-cue": (
        {2: "Azerbaijan released a French businessman.", 3: "What did Baku get in return?",
         4: "The EU suspended its asset freeze on the oil company."},
        [("e1", "release", "AZE", 2, "2026-02-04"), ("e2", "sanctions_eased", "EU", 4, "2026-02-04")],
        [("e1", "e2")],
    ),
    "lead-cue-acts-of-two-times": (
        {1: "The long-awaited deal was completed on Tuesday.",
         2: "Laos freed 18 monks in May.", 3: "Canberra lifted its travel bans in July."},
        [("e1", "release", "LAO", 2, "2026-05"), ("e2", "sanctions_eased", "AUS", 3, "2026-07")],
        [],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("texts", "spec", "links"), FRAME_CASES.values(), ids=FRAME_CASES)
def test_a_cue_with_no_event_of_its_own(texts, spec, links):
    dates = {eid: date for eid, _, _, _, date in spec}
    assert _frame_run(spec, texts, dates) == links


@pytest.mark.parametrize(
    ("cue", "linked"),
    [
        ("The deal was struck in Doha after months of talks, diplomats said.", True),
        ("Critics said the deal would encourage more arrests.", False),
        ("The grain deal was struck in Istanbul.", False),
    ],
)
def test_the_deal_named_paragraphs_later_is_the_main_act(cue, linked):
    day = "2026-09-03"
    texts = {1: "Eritrea released nine journalists on Thursday.",
             2: "The EU lifted sanctions on the state mining company the same day.", 7: cue}  # fmt: skip
    spec = [("e1", "release", "ERI", 1, day), ("e2", "sanctions_eased", "EU", 2, day)]
    expected = [("e1", "e2")] if linked else []
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == expected


def test_a_swap_cue_with_no_event_links_the_main_acts_of_several_states():
    # A Q&A: "All of them were exchanged in Doha on Friday." before the acts are told one by one.
    day = "2026-05-15"
    texts = {2: "All of them were exchanged in Doha on Friday.", 5: "Iran freed two Frenchmen.",
             7: "France freed an Iranian engineer.", 9: "Belgium handed over a diplomat."}  # fmt: skip
    spec = [("e1", "release", "IRN", 5, day), ("e2", "release", "FRA", 7, day),
            ("e3", "release", "BEL", 9, day)]  # fmt: skip
    assert _frame_run(spec, texts, dict.fromkeys(("e1", "e2", "e3"), day)) == [("e1", "e2", "e3")]


def test_an_act_set_apart_is_not_pulled_into_the_swap():
    # "Russia and Estonia swapped prisoners on Saturday. Separately, Belarus freed a Lithuanian on
    # Saturday, in a move officials said was unrelated."
    day = "2026-01-31"
    texts = {1: "Russia and Estonia swapped prisoners on Saturday.",
             2: "Separately, Belarus freed a Lithuanian on Saturday."}  # fmt: skip
    spec = [("e1", "release", "RUS", 1, day), ("e2", "release", "EST", 1, day),
            ("e3", "release", "BLR", 2, day)]  # fmt: skip
    assert _frame_run(spec, texts, dict.fromkeys(("e1", "e2", "e3"), day)) == [("e1", "e2")]


def test_a_denied_link_in_the_next_sentence_sets_the_act_apart():
    day = "2026-04-22"
    texts = {1: "Tajikistan freed an American in exchange for a Tajik held in Ohio.",
             3: "Kyrgyzstan also freed a US citizen on Wednesday.",
             4: "Diplomats said the two releases were not connected."}  # fmt: skip
    spec = [("e1", "release", "TJK", 1, day), ("e2", "release", "USA", 1, day),
            ("e3", "release", "KGZ", 3, day)]  # fmt: skip
    assert _frame_run(spec, texts, dict.fromkeys(("e1", "e2", "e3"), day)) == [("e1", "e2")]


def _targeted_run(spec, cue_index, event_dates):
    """spec: (event id, kind, actor, target, sentence index); one deal cue sentence; each act
    dated by its sentence."""
    sents, pairs = {}, []
    for eid, kind, actor, target, idx in spec:
        sents.setdefault(idx, sentence(idx, "They were freed in exchange for relief."))
        pairs.append((mention(kind, actor, sents[idx], event_dates[eid], target), eid))
    cue = [(cue_index, "They were freed in exchange for relief.")]
    return sorted(link.events for link in run(pairs, cue, event_dates))


def test_relief_for_another_state_does_not_pay_for_a_release():
    # A round-up: "Eritrea freed 30 in exchange for relief." / "The EU eased sanctions on Syria."
    spec = [("e1", "release", "ERI", None, 1), ("e2", "sanctions_eased", "EU", "SYR", 2),
            ("e3", "sanctions_eased", "EU", "ERI", 3)]  # fmt: skip
    assert _targeted_run(spec, 1, dict.fromkeys(("e1", "e2", "e3"), "2026-03-02")) == [("e1", "e3")]


def test_relief_for_one_side_joins_a_two_state_swap():
    # "In return, Washington freed five Iranians." + Iran's release of Americans and relief for Iran
    spec = [("e1", "release", "IRN", None, 1), ("e2", "release", "USA", None, 2),
            ("e3", "sanctions_eased", "USA", "IRN", 4)]  # fmt: skip
    assert _targeted_run(spec, 2, dict.fromkeys(("e1", "e2", "e3"), "2026-09-18")) == [
        ("e1", "e2", "e3")
    ]


def test_one_trade_told_in_two_sentences_is_one_link():
    # "Minsk freed 52 on Thursday in exchange for relief on Belavia." ... "Under the same deal,
    # the EU lifted its ban on Belarusian potash on Thursday."
    day = "2026-09-10"
    texts = {1: "Minsk freed 52 on Thursday in exchange for relief on Belavia.",
             4: "Under the same deal, the EU lifted its ban on potash on Thursday."}  # fmt: skip
    spec = [("e1", "release", "BLR", 1, day), ("e2", "sanctions_eased", "USA", 1, day),
            ("e3", "sanctions_eased", "EU", 4, day)]  # fmt: skip
    assert _frame_run(spec, texts, dict.fromkeys(("e1", "e2", "e3"), day)) == [("e1", "e2", "e3")]


@pytest.mark.parametrize(
    "denial",
    [
        "Tehran denied that the engineer had been part of any swap.",
        "Officials insisted the release was not a swap.",
        "The foreign ministry rejected claims of a prisoner exchange.",
    ],
)
def test_a_denied_swap_links_nothing(denial):
    day = "2026-11-25"
    texts = {1: "Iran freed a French engineer on Wednesday.", 2: denial}
    spec = [("e1", "release", "IRN", 1, day), ("e2", "release", "FRA", 3, day)]
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == []


@pytest.mark.parametrize(
    "denial",
    [
        "Washington said it had offered nothing in return for the prisoners.",
        '"We did not give anything in exchange," a Canadian official said.',
        "Both governments insisted that nothing had been traded.",
    ],
)
def test_a_trade_denied_after_the_acts_links_nothing(denial):
    day = "2026-03-11"
    texts = {1: "Eritrea freed a Canadian pastor on Wednesday.",
             2: "Ottawa lifted its travel bans on two Eritrean generals on Wednesday.", 3: denial}  # fmt: skip
    spec = [("e1", "release", "ERI", 1, day), ("e2", "sanctions_eased", "CAN", 2, day)]
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == []


def test_a_cue_naming_the_freed_links_them_whatever_their_dates():
    # "In March, Iran freed Helen Marsh. In April Britain released Reza Tavakoli. Diplomats say
    # Marsh was traded for Tavakoli."
    texts = {1: "In March, Iran freed Helen Marsh.", 2: "In April Britain released Reza Tavakoli.",
             3: "Diplomats say Marsh's freedom was traded for Tavakoli's."}  # fmt: skip
    spec = [("e1", "release", "IRN", 1, "2026-03"), ("e2", "release", "GBR", 2, "2026-04")]
    persons = {"e1": ["Helen Marsh"], "e2": ["Reza Tavakoli"]}
    got = _frame_run(spec, texts, {"e1": "2026-03", "e2": "2026-04"}, persons)
    assert got == [("e1", "e2")]


def test_definite_nouns_link_a_deal_completed_later():
    # "On May 2 Washington lifted the designation of Laos. ... The pardons were granted in return
    # for that delisting." (the pardons dated in July)
    texts = {2: "Laos pardoned 80 prisoners on Monday.", 5: "On May 2 Washington lifted it.",
             6: "The pardons were granted in return for that delisting."}  # fmt: skip
    spec = [("e1", "release", "LAO", 2, "2026-07-06"),
            ("e2", "sanctions_eased", "USA", 5, "2026-05-02")]  # fmt: skip
    assert _frame_run(spec, texts, {"e1": "2026-07-06", "e2": "2026-05-02"}) == [("e1", "e2")]


def test_a_cue_naming_one_side_by_a_definite_noun_finds_the_other_by_time():
    # The release is told a paragraph before the cue; only the relief is within its window.
    day = "2026-04-17"
    texts = {1: "Mongolia freed 12 herders' leaders on Friday.", 4: "Seoul issued a licence.",
             5: "A second licence covers the copper smelter.",
             6: "Officials said the relief was Seoul's half of a bargain struck in Ulaanbaatar."}  # fmt: skip
    spec = [("e1", "release", "MNG", 1, day), ("e2", "sanctions_eased", "KOR", 4, day)]
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == [("e1", "e2")]


def test_a_cue_naming_one_side_does_not_reach_another_date():
    texts = {1: "Mongolia freed 12 herders' leaders in March.", 4: "Seoul issued a licence.",
             6: "Officials said the relief was Seoul's half of a bargain."}  # fmt: skip
    spec = [("e1", "release", "MNG", 1, "2026-03"),
            ("e2", "sanctions_eased", "KOR", 4, "2026-05-02")]  # fmt: skip
    assert _frame_run(spec, texts, {"e1": "2026-03", "e2": "2026-05-02"}) == []


def test_the_other_half_of_a_swap_days_later():
    texts = {1: "Georgia freed the Russian pilot on Tuesday in return for two Georgian students."}
    spec = [("e1", "release", "GEO", 1, "2026-06-09"), ("e2", "release", "RUS", 3, "2026-06-10")]
    assert _frame_run(spec, texts, {"e1": "2026-06-09", "e2": "2026-06-10"}) == [("e1", "e2")]


def test_a_swap_in_daily_stages_pairs_each_day():
    texts = {1: "On Friday each side freed 100.", 2: "On Saturday Sudan freed 80 in return.",
             3: "On Sunday South Sudan freed 70 in return."}  # fmt: skip
    spec = [("e1", "release", "SDN", 1, "2026-02-06"), ("e2", "release", "SSD", 1, "2026-02-06"),
            ("e3", "release", "SDN", 2, "2026-02-07"), ("e4", "release", "SSD", 2, "2026-02-07"),
            ("e5", "release", "SSD", 3, "2026-02-08")]  # fmt: skip
    event_dates = {"e1": "2026-02-06", "e2": "2026-02-06", "e3": "2026-02-07",
                   "e4": "2026-02-07", "e5": "2026-02-08"}  # fmt: skip
    assert _frame_run(spec, texts, event_dates) == [("e1", "e2"), ("e3", "e4")]


def test_a_states_amnesty_of_its_own_people_on_the_day_is_no_part_of_the_swap():
    # "Russia and the US swapped prisoners on Thursday. ... On Thursday Belarus also pardoned
    # 20 of its own political prisoners."
    day = "2026-08-06"
    texts = {1: "Russia and the United States swapped prisoners on Thursday."}
    spec = [("e1", "release", "RUS", 1, day), ("e2", "release", "USA", 1, day),
            ("e3", "release", "BLR", 4, day), ("e4", "release", "DEU", 6, day)]  # fmt: skip
    got = _frame_run(spec, texts, dict.fromkeys(("e1", "e2", "e3", "e4"), day), home={"e3"})
    assert got == [("e1", "e2", "e4")]


@pytest.mark.parametrize(
    "text",
    [
        "The EU lifted its sanctions on two Kazakh banks on Monday as part of a trade deal.",
        "Brussels eased the measures under the 2015 nuclear deal on Monday.",
    ],
)
def test_a_deal_about_something_else_links_nothing(text):
    day = "2026-10-12"
    spec = [("e1", "sanctions_eased", "EU", 1, day), ("e2", "release", "KAZ", 2, day)]
    assert _frame_run(spec, {1: text}, {"e1": day, "e2": day}) == []
    assert not is_deal_cue(text)


def test_a_month_act_does_not_take_the_counterpart_paired_on_its_day():
    # "Hamas freed three hostages on Saturday. Israel released 183 prisoners the same day as part
    # of the ceasefire agreement. In January, 33 hostages had been freed in exchange for 1,700."
    texts = {3: "Israel released 183 prisoners the same day as part of the ceasefire agreement."}
    spec = [("e1", "release", "PSE", 2, "2026-01-31"), ("e2", "release", "ISR", 3, "2026-01-31"),
            ("e3", "release", "PSE", 4, "2026-01")]  # fmt: skip
    event_dates = {"e1": "2026-01-31", "e2": "2026-01-31", "e3": "2026-01"}
    assert _frame_run(spec, texts, event_dates) == [("e1", "e2")]


def test_a_month_act_takes_a_day_of_that_month_with_no_partner():
    # "In September, 52 were freed in exchange for relief." + "On September 11 Washington lifted..."
    texts = {2: "In September, 52 were freed in exchange for relief."}
    spec = [("e1", "release", "BLR", 2, "2026-09"), ("e2", "sanctions_eased", "USA", 4, None)]
    assert _frame_run(spec, texts, {"e1": "2026-09", "e2": "2026-09-11"}) == [("e1", "e2")]


@pytest.mark.parametrize(
    ("a", "b", "near"),
    [
        ("2026-02-28", "2026-03-01", True),
        ("2026-02-06", "2026-02-06", True),
        ("2026-02-06", "2026-02-10", True),
        ("2026-02-06", "2026-02-16", False),
        ("2026-02", "2026-03-01", False),
        (None, "2026-03-01", False),
    ],
)
def test_near_time(a, b, near):
    assert near_time(a, b) is near


# --- own articles through the extractor ---------------------------------------------------------

LINK_FIXTURES = FIXTURES / "links"


def _links_by_actor(analysis):
    by_id = {e.id: (e.type, e.actor) for e in analysis.events}
    return sorted(sorted(by_id[i] for i in x.events) for x in analysis.exchanges)


@pytest.fixture(scope="module")
def link_analyses(spacy_extractor):
    names = sorted(p.name for p in LINK_FIXTURES.glob("*.txt"))
    docs = [next(iter(iter_documents([str(LINK_FIXTURES / n)]))) for n in names]
    return dict(zip(names, spacy_extractor.pipe(docs), strict=True))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "Officials in Canberra described the easing as their side of the bargain."
        ("side-of-the-bargain.txt", [("release", "MMR"), ("sanctions_eased", "AUS")]),
        # a same-day release "Separately, ..." stays out of the swap
        ("separate-release.txt", [("release", "EST"), ("release", "RUS")]),
        ("each-side.txt", [("release", "RUS"), ("release", "UKR")]),
        ("deal-cue-without-gate-word.txt", [("release", "BLR"), ("sanctions_eased", "USA")]),
        # "the delisting had been Tashkent's condition for the release"
        ("condition-for-the-release.txt", [("release", "UZB"), ("sanctions_eased", "GBR")]),
        # "the releases had been agreed in advance by their foreign ministers"
        ("agreed-in-advance.txt", [("release", "KAZ"), ("release", "KGZ")]),
        # "The deal, brokered by Turkey, was negotiated over several months"
        ("the-deal-brokered.txt", [("release", "MDA"), ("release", "RUS")]),
    ],
)
def test_article_links(link_analyses, name, expected):
    assert _links_by_actor(link_analyses[name]) == [expected]


# --- an answering opener, acts told only in the cue sentence, a state's second handover ---------


def _links(spec, cues, event_dates, foreign=()):
    """Like :func:`_run`, with each cue's own text (index, text) and releases of foreigners."""
    sents = {}
    pairs = []
    for eid, kind, actor, idx, date in spec:
        sents.setdefault(idx, sentence(idx))
        m = mention(kind, actor, sents[idx], date)
        if eid in foreign:
            m.category = Category.FOREIGN_NATIONALS
        pairs.append((m, eid))
    return [link.events for link in run(pairs, cues, event_dates)]


@pytest.mark.parametrize(
    "cue", ["In return, Malaysia freed two Thai fishermen.", "In exchange, Quito let the five go."]
)
def test_a_sentence_answering_the_act_before_it_trades_for_that_act_whatever_its_date(cue):
    # the answering act took the publication date; the act before it is dated by the text
    spec = [("e1", "release", "THA", 4, "2019-03"), ("e2", "release", "MYS", 5, None)]
    assert _links(spec, [(5, cue)], {"e1": "2019-03", "e2": "2026-05-02"}) == [("e1", "e2")]


def test_an_answering_sentence_does_not_reach_past_the_paragraph():
    spec = [("e1", "release", "THA", 1, "2019-03"), ("e2", "release", "MYS", 5, None)]
    cue = "In return, Malaysia freed two Thai fishermen."
    assert _links(spec, [(5, cue)], {"e1": "2019-03", "e2": "2026-05-02"}) == []


def test_an_act_told_only_in_the_cue_sentence_joins_the_dated_act_there():
    # "The waiver came as part of a package in which Managua freed twelve, ...": the release,
    # dated nowhere, took the publication date; the waiver was dated in an earlier sentence
    spec = [
        ("e1", "sanctions_eased", "USA", 2, "2025-11"),
        ("e1", "sanctions_eased", "USA", 3, "2025-11"),
        ("e2", "release", "NIC", 3, None),
    ]
    cue = (3, "The waiver came as part of a package in which Managua freed twelve.")
    assert _links(spec, [cue], {"e1": "2025-11", "e2": "2026-02-10"}) == [("e1", "e2")]


def test_a_states_second_handover_of_the_day_adds_no_side_to_the_swap():
    day = "2026-04-03"
    spec = [
        ("e1", "release", "KEN", 1, day),
        ("e2", "release", "UGA", 1, day),
        ("e3", "release", "KEN", 4, day),  # the same handover told again, split off
        ("e4", "release", "TZA", 5, day),  # a third state hands over foreigners that day
    ]
    cue = (1, "Kenya and Uganda swapped prisoners at the Busia crossing.")
    got = _links(spec, [cue], {"e1": day, "e2": day, "e3": day, "e4": day}, {"e3", "e4"})
    assert got == [("e1", "e2", "e4")]


def test_a_past_act_merged_into_the_main_act_is_not_traded_through_its_sentence():
    # "Earlier, 40 prisoners were freed in exchange for the lifting of sanctions on the airline":
    # the earlier release was misread as the main one; its sentence trades nothing of the main act
    day = "2026-04-18"
    spec = [
        ("e1", "release", "TKM", 1, day),
        ("e2", "sanctions_eased", "EU", 1, day),
        ("e1", "release", "TKM", 4, dates.VAGUE_PAST),
        ("e3", "sanctions_eased", "EU", 4, dates.VAGUE_PAST),
    ]
    cue = "They were freed in exchange for relief."
    got = _links(spec, [(1, cue), (4, cue)], {"e1": day, "e2": day, "e3": "2026"})
    assert got == [("e1", "e2")]


# --- session 8: plural act nouns, quoted cues, acts done with nothing in return ------------------

PLURAL_CASES = {
    # "Officials said the two releases formed one reciprocal arrangement." after acts twelve days
    # apart, a quoted reaction between them and the cue
    "plural-releases-days-apart": (
        {3: "Chad freed two Sudanese traders on 2 May.", 4: "They crossed at Adre.",
         5: "On 14 May Sudan released a Chadian officer.", 6: "'We are glad,' his wife said.",
         7: "Both governments said the two releases formed a reciprocal arrangement."},
        [("e1", "release", "TCD", 3, "2026-05-02"), ("e2", "release", "SDN", 5, "2026-05-14")],
        [("e1", "e2")],
    ),
    "plural-releases-of-one-state": (
        {3: "Chad freed two Sudanese traders on 2 May.", 5: "On 14 May Chad released a nurse.",
         7: "Officials said the two releases were part of a deal."},
        [("e1", "release", "TCD", 3, "2026-05-02"), ("e2", "release", "TCD", 5, "2026-05-14")],
        [],
    ),
    "plural-steps-out-of-reach": (
        {1: "Chad freed two Sudanese traders on 2 May.", 2: "On 14 May Sudan freed an officer.",
         8: "Both governments said the two releases formed a reciprocal arrangement."},
        [("e1", "release", "TCD", 1, "2026-05-02"), ("e2", "release", "SDN", 2, "2026-05-14")],
        [],
    ),
    # 'the delisting was "part of the understanding that brought Ana home"', paragraphs after the
    # acts of one day
    "quoted-cue-naming-the-easing-and-a-homecoming": (
        {1: "Peru freed the Chilean engineer Ana Soto on Monday.",
         2: "The US removed two Peruvian fishing firms from its blacklist the same day.",
         5: "Is it a trade?", 6: "Yes.",
         7: 'An aide said the delisting was "part of the understanding that brought Ana home".'},
        [("e1", "release", "PER", 1, "2026-03-02"), ("e2", "sanctions_eased", "USA", 2, "2026-03-02")],
        [("e1", "e2")],
    ),
    "possessive-nouns-of-both-sides": (
        {1: "Bolivia released two Americans on Monday.",
         2: "The Treasury removed a state bank from its list the same day.",
         4: "Was it a trade?", 5: "Nobody would say.",
         6: "Aides said the bank's removal was agreed in return for the Americans' release."},
        [("e1", "release", "BOL", 1, "2026-03-02"), ("e2", "sanctions_eased", "USA", 2, "2026-03-02")],
        [("e1", "e2")],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("texts", "spec", "links"), PLURAL_CASES.values(), ids=PLURAL_CASES)
def test_a_cue_naming_acts_by_nouns_speaks_of_the_acts_before_it(texts, spec, links):
    dates = {eid: date for eid, _, _, _, date in spec}
    assert _frame_run(spec, texts, dates) == links


@pytest.mark.parametrize("nothing", ["without a matching handover", "without any quid pro quo"])
def test_an_act_done_with_nothing_in_return_is_no_side_of_the_swap(spacy_extractor, nothing):
    text = (
        "Armenia and Azerbaijan exchanged 12 prisoners each on Friday, and last month Azerbaijan "
        f"also freed four Armenian shepherds {nothing}."
    )
    a = _analyse(spacy_extractor, text)
    by_id = {e.id: e for e in a.events}
    assert sorted((e.actor, e.count) for e in a.events) == [("ARM", 12), ("AZE", 4), ("AZE", 12)]
    assert [sorted((by_id[i].actor, by_id[i].count) for i in x.events) for x in a.exchanges] == [
        [("ARM", 12), ("AZE", 12)]
    ]


@pytest.mark.parametrize(
    ("denial", "linked"),
    [
        ("Both governments denied any link.", False),
        ("Neither government accepted suggestions it was a swap; both denied a deal.", False),
        ("Ministers in Rome denied any link.", True),  # one side only: the cue stands
    ],
)
def test_acts_both_parties_deny_were_a_bargain_are_not_one(denial, linked):
    day = "2026-10-08"
    texts = {
        3: "In what officials privately called an arrangement, Italy freed a Tunisian sailor, "
        "and Tunis in turn freed an Italian nurse.",
        4: denial,
    }
    spec = [("e1", "release", "ITA", 3, day), ("e2", "release", "TUN", 3, day)]
    expected = [("e1", "e2")] if linked else []
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == expected


@pytest.mark.parametrize(
    ("after", "linked"),
    [
        ("Both governments rejected that.", False),
        ("Officials in London declined to comment.", True),
    ],
)
def test_a_reported_link_both_parties_reject(after, linked):
    # a denial by both parties undoes the reported link; silence does not
    texts = {
        1: "Mali freed a British engineer on Tuesday.",
        2: "Four days earlier, London delisted a Malian gold firm.",
        3: "Several papers reported that the two decisions were connected.",
        4: after,
    }
    spec = [
        ("e1", "release", "MLI", 1, "2026-10-27"),
        ("e2", "sanctions_eased", "GBR", 2, "2026-10-23"),
    ]
    got = _frame_run(spec, texts, {"e1": "2026-10-27", "e2": "2026-10-23"})
    assert got == ([("e1", "e2")] if linked else [])


# --- v11: sentences with no time of their own, acts dated nowhere, given names, definite nouns --


def test_a_cue_sentence_with_no_time_of_its_own_tells_its_acts_as_one_time():
    # "Khartoum said it let him go after Washington kept its word, in return": both mentions
    # undated, their events weeks apart (the waiver signed in April).
    texts = {1: "Sudan freed an American teacher on Thursday.",
             2: "Washington signed the waiver on April 20.",
             3: "Khartoum said it let him go after Washington kept its word, in return."}  # fmt: skip
    spec = [("e1", "release", "SDN", 1, "2026-05-14"),
            ("e2", "sanctions_eased", "USA", 2, "2026-04-20"),
            ("e1", "release", "SDN", 3, None), ("e2", "sanctions_eased", "USA", 3, None)]  # fmt: skip
    got = _frame_run(spec, texts, {"e1": "2026-05-14", "e2": "2026-04-20"})
    assert got == [("e1", "e2")]


def test_an_act_dated_nowhere_joins_the_dated_act_told_with_it_before_a_cue():
    # "Oslo handed over Karimi, and Tehran freed Berg on June 3. Muscat flew both men out and
    # swapped them there." Oslo's act, told once and undated, has only the default date.
    texts = {4: "Oslo handed over Karimi, and Tehran freed Berg on June 3.",
             5: "Muscat flew both men out and swapped them there."}  # fmt: skip
    spec = [("e1", "release", "NOR", 4, None), ("e2", "release", "IRN", 4, "2026-06-03")]
    got = _frame_run(spec, texts, {"e1": "2026-11-20", "e2": "2026-06-03"})
    assert got == [("e1", "e2")]


def test_an_act_dated_nowhere_does_not_pull_acts_of_another_date_after_the_cue():
    texts = {3: "The Kinshasa deal was a turning point.", 4: "Kinshasa freed six on May 2.",
             5: "Brussels lifted its freeze."}  # fmt: skip
    spec = [("e1", "release", "COD", 4, "2026-05-02"), ("e2", "sanctions_eased", "EU", 5, None)]
    assert _frame_run(spec, texts, {"e1": "2026-05-02", "e2": "2026-11-20"}) == []


def test_a_cue_naming_the_freed_by_given_name_finds_the_other_side_by_time():
    texts = {2: "Minsk freed Pavel Hrytsuk on Monday.", 3: "Washington delisted a bank on Tuesday.",
             6: "An aide said the delisting was the price of bringing Pavel home."}  # fmt: skip
    spec = [("e1", "release", "BLR", 2, "2026-03-02"),
            ("e2", "sanctions_eased", "USA", 3, "2026-03-03")]  # fmt: skip
    persons = {"e1": ["Pavel Hrytsuk"]}
    got = _frame_run(spec, texts, {"e1": "2026-03-02", "e2": "2026-03-03"}, persons)
    assert got == [("e1", "e2")]


def test_a_given_name_of_another_person_names_nobody_freed():
    texts = {2: "Minsk freed Pavel Hrytsuk in March.", 3: "Washington delisted a bank in June.",
             6: "Pavel Latushka said the delisting was part of a deal."}  # fmt: skip
    spec = [("e1", "release", "BLR", 2, "2026-03"), ("e2", "sanctions_eased", "USA", 3, "2026-06")]
    persons = {"e1": ["Pavel Hrytsuk"]}
    assert _frame_run(spec, texts, {"e1": "2026-03", "e2": "2026-06"}, persons) == []


@pytest.mark.parametrize(
    ("cue", "linked"),
    [
        ("An official said the removal of the company was part of the understanding.", True),
        ("An official said the removal of Nordex Trading was part of the understanding.", False),
    ],
)
def test_a_definite_noun_of_a_thing_told_before_speaks_of_that_act(cue, linked):
    # "the removal of the company" speaks of the delisting told before; "the removal of Nordex
    # Trading" names its own (here unextracted) act.
    texts = {3: "Treasury removed a gold exporter from its list on Wednesday.",
             5: "Mali freed an American missionary on Monday.", 7: cue}  # fmt: skip
    spec = [("e1", "sanctions_eased", "USA", 3, "2026-07-15"),
            ("e2", "release", "MLI", 5, "2026-07-13")]  # fmt: skip
    got = _frame_run(spec, texts, {"e1": "2026-07-15", "e2": "2026-07-13"})
    assert got == ([("e1", "e2")] if linked else [])


def test_acts_dated_nowhere_are_not_paired_by_the_default_date():
    # A year in review whose acts no sentence dates: "Moscow pardoned Issachar. ... Tehran let
    # White go. In return, Washington allowed Taheri to leave. ... Sanaa freed two Americans."
    # The answer trades for the act just before it, not for every act of the default date.
    texts = {5: "Moscow pardoned an Israeli backpacker.", 12: "Tehran let a US veteran go.",
             13: "In return, Washington allowed an Iranian doctor to leave.",
             15: "The Houthis freed two Americans."}  # fmt: skip
    spec = [("e1", "release", "RUS", 5, None), ("e2", "release", "IRN", 12, None),
            ("e3", "release", "USA", 13, None), ("e4", "release", "YEM", 15, None)]  # fmt: skip
    day = "2020-12-29"
    got = _frame_run(spec, texts, dict.fromkeys(("e1", "e2", "e3", "e4"), day))
    assert got == [("e2", "e3")]


def test_a_report_of_few_acts_dated_nowhere_pairs_them_by_the_default_date():
    # A news report dates neither act: the default date is its main act's.
    texts = {5: "Under the terms of the deal, Ankara released 40 prisoners in return.",
             7: "Three soldiers were handed over at the crossing."}  # fmt: skip
    spec = [("e1", "release", "TUR", 5, None), ("e2", "release", "SYR", 7, None)]
    got = _frame_run(spec, texts, dict.fromkeys(("e1", "e2"), "2026-01-19"))
    assert got == [("e1", "e2")]


# --- session 12: one party's denial answered by another's claim; both parties' denial -------


@pytest.mark.parametrize(
    "texts",
    [
        # the claim first, the denial after it
        {
            5: "Kenyan officials said the removals were what Nairobi got in exchange for letting the "
            "engineers go.",
            6: "Washington denies any link and calls the delistings routine.",
        },
        # the denial first, the claim after it
        {
            5: "Officials in London insist there was no swap.",
            6: "But a Kenyan minister described the two steps as two halves of one bargain.",
        },
        # one sentence: a denial, then another party's claim
        {
            5: "The State Department denied any bargain, but a Kenyan spokesman said the delisting "
            "had been the natural counterpart to the engineers' release."
        },
    ],
)
def test_one_partys_denial_answered_by_a_claim_sets_nothing_apart(texts):
    texts = {2: "Kenya freed two American engineers on Monday.",
             3: "On Wednesday the Treasury removed two Kenyan officials from its list.", **texts}  # fmt: skip
    spec = [("e1", "release", "KEN", 2, "2026-05-11"),
            ("e2", "sanctions_eased", "USA", 3, "2026-05-13")]  # fmt: skip
    assert _frame_run(spec, texts, {"e1": "2026-05-11", "e2": "2026-05-13"}) == [("e1", "e2")]


def test_one_partys_denial_alone_still_sets_the_acts_apart():
    texts = {2: "Kenya freed two American engineers on Monday.",
             3: "On Wednesday the Treasury removed two Kenyan officials from its list.",
             4: "Washington denies any link.", 7: "The weather was mild."}  # fmt: skip
    spec = [("e1", "release", "KEN", 2, "2026-05-11"),
            ("e2", "sanctions_eased", "USA", 3, "2026-05-13")]  # fmt: skip
    assert _frame_run(spec, texts, {"e1": "2026-05-11", "e2": "2026-05-13"}) == []


@pytest.mark.parametrize(
    "denial",
    [
        "Both Lisbon and Luanda denied that the releases were a bargain.",
        "But both governments denied on Tuesday that the releases were a swap.",
    ],
)
def test_both_parties_deny_a_swap_told_paragraphs_before(denial):
    # A headline tells the swap; the denial comes four sentences later.
    day = "2026-03-03"
    texts = {0: "Angola and Portugal swap detainees", 1: "Angola freed a Portuguese pilot on Tuesday.",
             2: "Hours later Portugal released an Angolan general.", 6: denial}  # fmt: skip
    spec = [("e1", "release", "AGO", 0, None), ("e2", "release", "PRT", 0, None),
            ("e1", "release", "AGO", 1, day), ("e2", "release", "PRT", 2, day)]  # fmt: skip
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == []


@pytest.mark.parametrize(
    ("other_day", "linked"),
    [("2026-04-08", True), ("2026-04-02", True), ("2026-03-10", False)],
)
def test_a_cue_naming_no_act_trades_the_act_just_before_with_its_counterpart(other_day, linked):
    # "Iran freed a British couple ... A day earlier a British court discharged an Iranian
    # student. ... Tehran thanked London for a step 'which was reciprocated'."
    texts = {1: "Iran freed a British couple.",
             3: "A British court discharged an Iranian student on Tuesday.",
             5: "Tehran thanked London for a constructive step, which was reciprocated."}  # fmt: skip
    spec = [("e1", "release", "IRN", 1, other_day), ("e2", "release", "GBR", 3, "2026-04-07")]
    got = _frame_run(spec, texts, {"e1": other_day, "e2": "2026-04-07"})
    assert got == ([("e1", "e2")] if linked else [])


def test_a_cue_naming_no_act_does_not_reach_an_act_set_apart():
    texts = {1: "Separately, Iran freed a British couple.",
             3: "A British court discharged an Iranian student on Tuesday.",
             5: "Tehran thanked London for a constructive step, which was reciprocated."}  # fmt: skip
    spec = [("e1", "release", "IRN", 1, "2026-04-08"), ("e2", "release", "GBR", 3, "2026-04-07")]
    assert _frame_run(spec, texts, {"e1": "2026-04-08", "e2": "2026-04-07"}) == []


def test_a_release_told_again_is_no_second_side():
    # "Russia freed Marc Fogel on Tuesday. ... On Wednesday, the United States released a Russian
    # in exchange for Fogel": the second Russian act (Fogel again) is the first one told again.
    texts = {
        2: "Russia freed the teacher Marc Fogel on Tuesday.",
        3: "On Wednesday, the United States released a Russian in exchange for Fogel.",
    }
    spec = [
        ("e1", "release", "RUS", 2, "2025-02-11"),
        ("e2", "release", "USA", 3, "2025-02-12"),
        ("e3", "release", "RUS", 3, "2025-02-12"),
    ]
    persons = {"e1": ["Marc Fogel"], "e2": ["Alexander Vinnik"], "e3": ["Fogel"]}
    dates = {"e1": "2025-02-11", "e2": "2025-02-12", "e3": "2025-02-12"}
    assert _frame_run(spec, texts, dates, persons) == [("e1", "e2")]


def test_of_a_release_told_twice_the_earlier_day_stays():
    # "X landed in Lisbon on Wednesday. X was freed on Tuesday. ... Y's release was agreed as
    # part of the arrangement that brought X home."
    texts = {
        1: "The engineer Ricardo Soares landed in Lisbon on Wednesday.",
        2: "Soares was freed on Tuesday.",
        4: "Portugal released an Iranian, as part of the arrangement that brought Soares home.",
    }
    spec = [
        ("e1", "release", "IRN", 1, "2024-08-28"),
        ("e2", "release", "IRN", 2, "2024-08-27"),
        ("e3", "release", "PRT", 4, None),
    ]
    persons = {"e1": ["Ricardo Soares"], "e2": ["Soares"], "e3": []}
    dates = {"e1": "2024-08-28", "e2": "2024-08-27", "e3": "2024-08-28"}
    assert _frame_run(spec, texts, dates, persons) == [("e2", "e3")]


def test_a_mention_of_a_vaguer_date_keeps_its_events_date():
    # (v13) "this year" of a relief merged into July's act is not the April of another clause
    texts = {
        2: "Iran freed an Australian on Monday and Canberra lifted sanctions in return.",
        3: "It is the second country this year to trade sanctions relief for a detainee; in April, "
        "Ottawa lifted a freeze after Tehran freed an engineer.",
    }
    spec = [
        ("e1", "release", "IRN", 2, "2026-07-20"),
        ("e2", "sanctions_eased", "AUS", 2, "2026-07-20"),
        ("e3", "release", "IRN", 3, "2026-04"),
        ("e2", "sanctions_eased", "AUS", 3, "2026"),
        ("e4", "sanctions_eased", "CAN", 3, "2026-04"),
    ]
    event_dates = {"e1": "2026-07-20", "e2": "2026-07-20", "e3": "2026-04", "e4": "2026-04"}
    assert _frame_run(spec, texts, event_dates) == [("e1", "e2"), ("e3", "e4")]


@pytest.mark.parametrize(
    ("apart", "links"),
    [
        # (v13) the swap told apart from the relief stands; the relief of its day is set apart
        ("Officials said the swap was negotiated in a separate channel from the nuclear talks.",
         [("e3", "e4")]),
        ("Officials said the talks had taken fourteen months.", [("e1", "e2", "e3", "e4")]),
    ],
)  # fmt: skip
def test_a_swap_told_apart_from_relief(apart, links):
    day = "2016-01-16"
    texts = {
        2: "On Saturday Washington lifted its nuclear sanctions on Iran.",
        3: "Brussels removed its own measures the same evening.",
        4: "Iran freed four Americans on Saturday.",
        6: "In exchange, Washington granted clemency to seven Iranians.",
        7: apart,
    }
    spec = [
        ("e1", "sanctions_eased", "USA", 2, day),
        ("e2", "sanctions_eased", "EU", 3, day),
        ("e3", "release", "IRN", 4, day),
        ("e4", "release", "USA", 6, day),
    ]
    assert _frame_run(spec, texts, dict.fromkeys(("e1", "e2", "e3", "e4"), day)) == links


# --- v14 ------------------------------------------------------------------------------------------


def test_their_freedom_speaks_of_the_release_told_just_before_even_set_apart():
    # An amnesty, then "Separately," the two foreigners, then the cue naming them by a pronoun:
    # the waiver paid for the foreigners, not for the amnesty of the same day.
    texts = {1: "Hanoi pardoned 2,000 prisoners on Tuesday.",
             2: "Separately, two Australians walked out of prison on Wednesday.",
             3: "They landed in Sydney on Thursday.",
             4: "Their freedom was secured in return for a licence signed on Tuesday."}  # fmt: skip
    spec = [("e1", "release", "VNM", 1, "2026-03-17"), ("e2", "release", "VNM", 2, "2026-03-18"),
            ("e3", "sanctions_eased", "AUS", 4, "2026-03-17")]  # fmt: skip
    dates = {"e1": "2026-03-17", "e2": "2026-03-18", "e3": "2026-03-17"}
    assert _frame_run(spec, texts, dates, home=("e1",)) == [("e2", "e3")]


def test_their_freedom_does_not_reach_past_the_anaphora_window():
    texts = {1: "Separately, two Australians walked out of prison on Wednesday.",
             5: "Their freedom was secured in return for a licence signed on Wednesday."}  # fmt: skip
    spec = [("e1", "release", "VNM", 1, "2026-03-18"), ("e2", "sanctions_eased", "AUS", 5, None)]
    dates = {"e1": "2026-03-18", "e2": "2026-03-25"}
    assert _frame_run(spec, texts, dates) == []


def test_a_sentence_setting_its_own_missed_act_apart_leaves_the_earlier_act_linked():
    # The second delisting was not read by any rule; "its move" is its own, not the US's.
    day = "2026-02-13"
    texts = {1: "Damascus released an American journalist on Friday.",
             2: "Within hours, the Treasury removed the central bank from its list.",
             3: "An official said the delisting was part of the understanding that freed him.",
             4: "Canada also delisted the bank, but said its move had nothing to do with him."}  # fmt: skip
    spec = [("e1", "release", "SYR", 1, day), ("e2", "sanctions_eased", "USA", 2, day)]
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == [("e1", "e2")]


def test_a_sentence_setting_apart_with_no_act_of_its_own_still_speaks_of_the_act_before():
    day = "2026-02-13"
    texts = {1: "Damascus released an American journalist on Friday.",
             2: "Within hours, the Treasury removed the central bank from its list.",
             3: "An official said the delisting was part of the understanding that freed him.",
             4: "Later the Treasury said its move had nothing to do with him."}  # fmt: skip
    spec = [("e1", "release", "SYR", 1, day), ("e2", "sanctions_eased", "USA", 2, day)]
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == []


def test_a_trade_made_possible_by_a_waiver_days_before():
    texts = {1: "Three Canadians held in Iran were freed on Monday.",
             2: "The trade became possible after Ottawa signed a waiver on Tuesday last week."}  # fmt: skip
    spec = [
        ("e1", "release", "IRN", 1, "2026-09-21"),
        ("e2", "sanctions_eased", "CAN", 2, "2026-09-15"),
    ]
    dates = {"e1": "2026-09-21", "e2": "2026-09-15"}
    assert _frame_run(spec, texts, dates) == [("e1", "e2")]


def test_a_review_of_acts_dated_nowhere_pulls_no_release_into_a_swap_by_its_default_date():
    # Every act of the review has the publication's date; one told in two sentences (two men
    # freed by Tehran, read as one act) is no evidence of a day shared with the others.
    day = "2026-12-30"
    texts = {1: "Moscow pardoned an Israeli backpacker.", 2: "Iran freed a French academic.",
             3: "France released an Iranian engineer.", 6: "Tehran let a US Navy veteran go.",
             7: "In return, the United States allowed an Iranian physician to leave.",
             9: "Thailand freed three Iranians."}  # fmt: skip
    spec = [("e1", "release", "RUS", 1, None), ("e2", "release", "IRN", 2, None),
            ("e3", "release", "FRA", 3, None), ("e2", "release", "IRN", 6, None),
            ("e4", "release", "USA", 7, None), ("e5", "release", "THA", 9, None)]  # fmt: skip
    dates = dict.fromkeys(("e1", "e2", "e3", "e4", "e5"), day)
    assert _frame_run(spec, texts, dates) == [("e2", "e4")]


def test_two_trades_of_different_months_sharing_a_misread_act_stay_two():
    texts = {1: "In March, Iran freed a French academic in exchange for an Iranian engineer.",
             5: "In June, Iran freed a veteran in exchange for an Iranian physician."}  # fmt: skip
    spec = [("e1", "release", "IRN", 1, "2026-03"), ("e2", "release", "FRA", 1, "2026-03"),
            ("e1", "release", "IRN", 5, "2026-06"), ("e3", "release", "USA", 5, "2026-06")]  # fmt: skip
    dates = {"e1": "2026-03", "e2": "2026-03", "e3": "2026-06"}
    assert _frame_run(spec, texts, dates) == [("e1", "e2"), ("e1", "e3")]


def test_one_trade_told_in_two_sentences_of_one_month_is_one_link():
    texts = {1: "On 3 March, Iran freed a French academic in exchange for an Iranian engineer.",
             5: "Days later, as part of the same deal, Paris lifted sanctions on an Iranian bank."}  # fmt: skip
    spec = [("e1", "release", "IRN", 1, "2026-03-03"), ("e2", "release", "FRA", 1, "2026-03-03"),
            ("e3", "sanctions_eased", "FRA", 5, "2026-03-09")]  # fmt: skip
    dates = {"e1": "2026-03-03", "e2": "2026-03-03", "e3": "2026-03-09"}
    assert _frame_run(spec, texts, dates) == [("e1", "e2", "e3")]


def test_both_parties_setting_the_swap_apart_from_relief_leave_the_swap_linked():
    day = "2026-01-17"
    texts = {1: "Eritrea freed two Italians on Saturday.",
             2: "In return, Italy freed three Eritreans the same day.",
             3: "Both governments said the prisoner swap was negotiated separately from the "
                "sanctions talks."}  # fmt: skip
    spec = [("e1", "release", "ERI", 1, day), ("e2", "release", "ITA", 2, day)]
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == [("e1", "e2")]


def test_both_parties_denying_a_swap_only_claimed_unlink_it():
    # (v20: the trade told only as others' claim; see the own-voice tests below)
    day = "2026-01-17"
    texts = {1: "Eritrea freed two Italians on Saturday.",
             2: "Italy freed three Eritreans the same day, in what state media called a swap.",
             3: "Both governments denied that the releases were a swap."}  # fmt: skip
    spec = [("e1", "release", "ERI", 1, day), ("e2", "release", "ITA", 2, day)]
    assert _frame_run(spec, texts, {"e1": day, "e2": day}) == []


# --- (v20) the article's own voice decides (guide, session 20) -------------------------------


@pytest.mark.parametrize(
    ("told", "linked"),
    [
        # the text states the trade as fact: no denial undoes it
        ("In return, Italy freed three Eritreans the same day.", True),
        ("Italy freed three Eritreans the same day in exchange for the two.", True),
        # others' claim, or what seemed: the denial of both parties stands
        ("In return, Italy freed three Eritreans the same day, state media said.", False),
        ("Italy appeared to free three Eritreans in return the same day.", False),
    ],
)
def test_a_trade_stated_in_the_articles_own_voice_stands_though_both_deny(told, linked):
    day = "2026-01-17"
    texts = {1: "Eritrea freed two Italians on Saturday.",
             2: told,
             3: "Both governments denied that the releases were a swap."}  # fmt: skip
    spec = [("e1", "release", "ERI", 1, day), ("e2", "release", "ITA", 2, day)]
    got = _frame_run(spec, texts, {"e1": day, "e2": day})
    assert got == ([("e1", "e2")] if linked else [])


@pytest.mark.parametrize(
    ("beside", "linked"),
    [
        # a swap told beside a nuclear deal claims no relief: the denial keeps the relief out
        ("Iran freed two Americans on Saturday in a swap that ran alongside a nuclear deal.",
         [("e1", "e2")]),
        ("Iran swap ran alongside nuclear deal, officials said.", [("e1", "e2")]),
        # a deal cue that names the relief answers the one party's denial
        ("Iran freed two Americans on Saturday in return for the sanctions relief.",
         [("e1", "e2", "e3")]),
    ],
)  # fmt: skip
def test_a_relief_denial_is_answered_only_by_a_deal_naming_relief(beside, linked):
    day = "2026-01-17"
    texts = {1: beside,
             2: "In return, the United States freed four Iranians the same day.",
             3: "Washington lifted oil sanctions on Iran that evening.",
             4: "US officials insisted the swap was negotiated separately from the sanctions "
                "relief."}  # fmt: skip
    spec = [("e1", "release", "IRN", 1, day), ("e2", "release", "USA", 2, day),
            ("e3", "sanctions_eased", "USA", 3, day)]  # fmt: skip
    assert _frame_run(spec, texts, {"e1": day, "e2": day, "e3": day}) == linked


def test_relief_told_as_a_reward_for_the_release_is_traded_for_it(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Belarus freed three opposition activists on Tuesday. On Thursday the United States "
        "suspended sanctions on two Belarusian chemical plants, in what officials called a "
        "reward for the release of the activists.",
    )
    assert sorted(e.type for e in a.events) == ["release", "sanctions_eased"]
    assert len(a.exchanges) == 1 and len(a.exchanges[0].events) == 2


def test_a_reward_for_information_trades_nothing(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Belarus freed three opposition activists on Tuesday. On Thursday the United States "
        "suspended sanctions on two Belarusian chemical plants and offered a reward for "
        "information on the smugglers.",
    )
    assert sorted(e.type for e in a.events) == ["release", "sanctions_eased"]
    assert a.exchanges == []


def test_dropped_charges_are_no_easing_of_the_swap(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Iran freed four Americans on Saturday. In exchange, Washington pardoned or dropped "
        "charges against seven Iranians who had been accused of breaking sanctions.",
    )
    assert sorted((e.type, e.actor) for e in a.events) == [("release", "IRN"), ("release", "USA")]
    assert len(a.exchanges) == 1


# --- (v15) a doer answering the act before it; an act told as no part of the deal -----------


def test_a_doer_in_return_answers_the_act_before_not_another_trade_of_its_day(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "On June 15, 2024, Portugal freed two Angolans. In return, Angola released three "
        "Portuguese nationals the same day. On May 26, 2023, Portugal freed four Brazilians. "
        "Brazil in return released five Portuguese nationals.",
        published="2025-06-15",
    )
    by_actor = {(e.actor, e.count): e.id for e in a.events}
    assert sorted(sorted(x.events) for x in a.exchanges) == sorted(
        [
            sorted([by_actor[("PRT", 2)], by_actor[("AGO", 3)]]),
            sorted([by_actor[("PRT", 4)], by_actor[("BRA", 5)]]),
        ]
    )


def test_an_act_told_as_not_part_of_the_deal_is_not_its_side(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Laos freed four Thai traders on Saturday. In return, Thailand freed seven Lao nationals "
        "the same day. In a release that officials said was not part of the exchange, Laos also "
        "freed a Thai student on Saturday.",
    )
    counts = {e.id: e.count for e in a.events}
    assert sorted(counts.values()) == [1, 4, 7]
    assert [sorted(counts[i] for i in x.events) for x in a.exchanges] == [[4, 7]]


def test_a_swap_a_year_ago_this_week_keeps_every_side(spacy_extractor):
    """An anniversary's "a year ago this week" dates the swap it opens with; the sides told in
    the next sentences with no time of their own are the same swap, not acts of the publication
    day (dating it by the month alone cut the first side off and moved the rest a year on)."""
    a = _analyse(
        spacy_extractor,
        "A year ago this week, Russia freed sixteen prisoners in a seven-country exchange at "
        "Ankara airport. In return, Germany released Vadim Krasikov, Slovenia freed two Russian "
        "spies, and Norway, Poland and the United States each handed over people Moscow wanted "
        "back.",
        published="2025-08-01",
    )
    released = {e.actor: e for e in a.events if e.type == "release"}
    assert {"RUS", "DEU", "SVN"} <= released.keys()
    assert {e.date for e in released.values()} == {"2024-08-01"}
    assert [set(x.events) for x in a.exchanges] == [{e.id for e in released.values()}]


# --- (v16) a multi-party swap does not depend on the precision of one act's date ----------------

_SWAP_LEAD = "Seven planes met at the airport on Thursday for a prisoner exchange."


@pytest.mark.parametrize(
    ("belarus", "swap_day", "linked"),
    [
        # "Belarus, which had pardoned the medic last week, handed him over too": the pardon's
        # month, a week before the swap's day, with a telling of no time of its own
        (
            [("e2", "release", "BLR", 3, "2024-07"), ("e2", "release", "BLR", 3, None)],
            "2024-08-01",
            ("e1", "e2", "e3"),
        ),
        # the same month as the swap's day
        (
            [("e2", "release", "BLR", 3, "2024-08"), ("e2", "release", "BLR", 3, None)],
            "2024-08-20",
            ("e1", "e2", "e3"),
        ),
        # a month that holds no day within a week of the swap: another act
        (
            [("e2", "release", "BLR", 3, "2024-06"), ("e2", "release", "BLR", 3, None)],
            "2024-08-01",
            ("e1", "e3"),
        ),
        (
            [("e2", "release", "BLR", 3, "2024-07"), ("e2", "release", "BLR", 3, None)],
            "2024-08-20",
            ("e1", "e3"),
        ),
        # told only with its own month: an act of that month, not of the swap's day
        ([("e2", "release", "BLR", 3, "2024-07")], "2024-08-01", ("e1", "e3")),
    ],
)
def test_a_month_dated_side_joins_the_swap_of_a_day_near_it(belarus, swap_day, linked):
    texts = {1: _SWAP_LEAD, 2: "Russia freed fifteen people.",
             3: "Belarus, which had pardoned a German medic recently, handed him over too.",
             4: "Germany released a Russian hitman."}  # fmt: skip
    spec = [("e1", "release", "RUS", 2, None), *belarus, ("e3", "release", "DEU", 4, None)]
    event_dates = {"e1": swap_day, "e2": belarus[0][4], "e3": swap_day}
    assert _frame_run(spec, texts, event_dates) == [linked]


@pytest.mark.parametrize(
    ("first", "others", "linked"),
    [
        # the first-reported act dated by its month only ("pardoned earlier in the week"): the
        # acts of the day within it told next are the same swap
        ("2024-08", "2024-08-01", [("e1", "e2", "e3")]),
        ("2024", "2024-08-01", [("e1", "e2", "e3")]),
        # a day of another month is another time
        ("2024-07", "2024-08-01", []),
    ],
)
def test_a_lead_speaks_of_a_month_dated_first_act_with_its_day(first, others, linked):
    texts = {0: "Q&A: how the prisoner swap worked", 1: "Who was freed?",
             2: "Belarus freed a German medic, pardoned earlier in the week.",
             3: "Russia freed fifteen people.", 4: "Germany released a Russian hitman."}  # fmt: skip
    spec = [
        ("e1", "release", "BLR", 2, first),
        ("e2", "release", "RUS", 3, None),
        ("e3", "release", "DEU", 4, None),
    ]
    assert _frame_run(spec, texts, {"e1": first, "e2": others, "e3": others}) == linked


def test_a_question_and_answer_swap_keeps_a_month_dated_side(spacy_extractor):
    """A Q&A on a three-way swap whose first answer dates its act by the week ("pardoned earlier
    in the week": the month) and whose other answers date nothing: one exchange of every side."""
    a = _analyse(
        spacy_extractor,
        "Q&A: how the three-way prisoner trade at Doha worked\nDOHA, March 8, 2025 --\n"
        "Nine prisoners changed hands at Doha's Hamad airport on Friday in the largest prisoner "
        "exchange the Gulf has hosted. Here is what we know.\n\nWas Belarus part of it?\nYes. "
        "Belarus handed over the Lithuanian lorry driver Tomas Varnas, whom Alexander Lukashenko "
        "had pardoned earlier in the week.\n\nWho else let people go?\nIran freed two French "
        "teachers, Claire Duval and Marc Leroy. France released the Iranian engineer Reza Kamali, "
        "who had been convicted of smuggling parts. Lithuania freed Ihar Savich, a Belarusian "
        "officer jailed for spying.\n",
        published="2025-03-08",
    )
    released = {e.actor: e.id for e in a.events if e.type == "release"}
    assert {"BLR", "IRN", "FRA", "LTU"} <= released.keys()
    assert [set(x.events) for x in a.exchanges] == [set(released.values())]


@pytest.mark.parametrize(
    ("claim", "linked"),
    [
        # a critic's word of reward names no relief: the denial stands, the relief stays apart
        ("Critics said Tehran had been rewarded for taking hostages.", [("e1", "e2")]),
        # a claim that ties the relief to the releases answers it
        ("Critics said the sanctions relief had been the price of the swap.", [("e1", "e2", "e3")]),
    ],
)
def test_a_swap_told_apart_from_relief_keeps_the_relief_out(claim, linked):
    """ "Officials insisted the nuclear deal and the prisoner deal were not linked": the relief of
    the swap's day is set apart from it, unless a claim near it ties relief to the releases."""
    texts = {2: "Iran freed four Americans on Saturday.",
             3: "In return, the United States pardoned seven Iranians.",
             4: "The European Union lifted its oil sanctions the same day.",
             5: "American officials insisted that the nuclear deal and the prisoner deal were not linked.",
             6: claim}  # fmt: skip
    spec = [("e1", "release", "IRN", 2, "2016-01-16"),
            ("e2", "release", "USA", 3, None),
            ("e3", "sanctions_eased", "EU", 4, None)]  # fmt: skip
    day = "2016-01-16"
    assert _frame_run(spec, texts, {"e1": day, "e2": day, "e3": day}, home=("e2",)) == linked


def test_a_month_dated_first_act_is_not_a_later_exchange_dated_to_its_own_day():
    """A timeline: "January: Russia released 230 Ukrainians ..." (read as the month) and "A
    second exchange, on January 31, returned 207 Ukrainians for 195 Russians" dated to its own
    day: two times, not one swap."""
    texts = {0: "The year of prisoner swaps, in review", 1: "January: Russia released 230 Ukrainians.",
             2: "A second exchange, on January 31, returned 207 Ukrainians for 195 Russians."}  # fmt: skip
    spec = [
        ("e1", "release", "RUS", 1, "2024-01"),
        ("e2", "release", "RUS", 2, "2024-01-31"),
        ("e3", "release", "UKR", 2, "2024-01-31"),
    ]
    event_dates = {"e1": "2024-01", "e2": "2024-01-31", "e3": "2024-01-31"}
    assert _frame_run(spec, texts, event_dates) == [("e2", "e3")]


@pytest.mark.parametrize(
    ("counted", "linked"),
    [
        # "in return for the release of the last three political prisoners": Kozulin (one) and
        # the two activists freed four days later make up the three
        (3, [("e1", "e2", "e3")]),
        # the count of the first act alone: the later act is another
        (1, [("e1", "e2")]),
        # more than the acts told after it free: they are all of it
        (5, [("e1", "e2", "e3")]),
    ],
)
@pytest.mark.parametrize("other", ["sanctions_eased", "release"])
def test_a_cue_counting_more_than_its_act_takes_the_stages_told_after_it(counted, linked, other):
    """Relief traded for a group freed in stages takes every stage; a swap's rounds (the other
    side a release) are trades of their own days."""
    from detente.extract.counts import Count
    from detente.model import CountQualifier

    texts = {2: "The United States on Thursday suspended sanctions on two timber exporters.",
             3: "The step was taken in return for the release of the last political prisoners.",
             4: "Pavel Marchuk was freed on April 11.",
             5: "Olga Dudko and Ihar Lis were let out of prison on April 15."}  # fmt: skip
    sents = {i: sentence(i, t) for i, t in texts.items()}
    cue = mention("release", "BLR", sents[3])
    cue.count = Count(counted, CountQualifier.EXACT, 0, 1)
    first = mention("release", "BLR", sents[4], "2025-04-11")
    first.persons = ["Pavel Marchuk"]
    later = mention("release", "BLR", sents[5], "2025-04-15")
    later.persons = ["Olga Dudko", "Ihar Lis"]
    if other == "release":
        linked = [("e1", "e2")]
    pairs = [(mention(other, "USA", sents[2], "2025-05-08", target="BLR"), "e1"),
             (cue, "e2"), (first, "e2"), (later, "e3")]  # fmt: skip
    event_dates = {"e1": "2025-05-08", "e2": "2025-04-11", "e3": "2025-04-15"}
    cues = cue_sentences(sorted(texts.items()))
    assert sorted(link.events for link in run(pairs, cues, event_dates)) == linked


@pytest.mark.parametrize(
    ("last", "linked"),
    [
        # the cue's releases have their counterparts by time; it names the relief too
        ("The waiver was part of the arrangement under which the five Americans were freed.",
         [("e1", "e2", "e3")]),
        # no cue: the waiver of another month stays apart
        ("The waiver was signed by the Secretary of State while the five Americans were held.",
         [("e1", "e2")]),
    ],
)  # fmt: skip
def test_a_cue_naming_relief_by_a_definite_noun_takes_it_beside_the_swap(last, linked):
    texts = {2: "On Monday, Iran released five Americans.",
             3: "In return, the United States freed five Iranians.",
             4: "Washington had signed a waiver for the funds last month.", 5: last}  # fmt: skip
    spec = [("e1", "release", "IRN", 2, "2023-09-18"), ("e2", "release", "USA", 3, None),
            ("e3", "sanctions_eased", "USA", 4, "2023-08"), ("e1", "release", "IRN", 5, None)]  # fmt: skip
    event_dates = {"e1": "2023-09-18", "e2": "2023-09-18", "e3": "2023-08"}
    assert _frame_run(spec, texts, event_dates) == linked


# (v17) A state that receives people in a multi-party swap and frees people the same day is a
# side of it, even when the text does not tell its own freed as foreigners ("Malaysia released 11
# workers held in Sabah" beside "Indonesia released six Malaysians"); a state that receives
# nobody in the swap adds no side by its own people's release.
@pytest.mark.parametrize(
    ("nationality", "linked"),
    [("MYS", [("e1", "e2", "e3")]), ("THA", [("e1", "e2")])],
)
def test_a_receiving_state_freeing_people_the_same_day_joins_the_swap(nationality, linked):
    day = "2026-06-10"
    texts = {1: "Was this one deal? Yes, every release was part of one swap.",
             2: "The Philippines freed four Indonesian crew members.",
             3: "Indonesia released six fishermen.",
             4: "Malaysia released 11 workers held in Sabah."}  # fmt: skip
    spec = [("e1", "release", "PHL", 2, day, "IDN"), ("e2", "release", "IDN", 3, day, nationality),
            ("e3", "release", "MYS", 4, day, None)]  # fmt: skip
    sents, pairs = {}, []
    for eid, kind, actor, idx, date, people in spec:
        sents.setdefault(idx, sentence(idx, texts[idx]))
        m = mention(kind, actor, sents[idx], date)
        m.nationality = people
        pairs.append((m, eid))
    cues = [(1, "Yes, every release was part of one swap.")]
    found = sorted(link.events for link in run(pairs, cues, dict.fromkeys(("e1", "e2", "e3"), day)))
    assert found == linked


# (v21) A sentence setting an act apart that tells it only by a pointing noun ("that release",
# "his release") speaks of the release told just before that noun, even when its mention was
# merged into another act of the story (the swap's, by the state "Washington said"): the swap
# keeps its side and the act told before is the one set apart.
@pytest.mark.parametrize(
    ("denial", "trigger", "linked"),
    [
        ("Washington said that release was not part of the arrangement.", "release",
         [("e1", "e2")]),
        ("Washington said his release was not part of the arrangement.", "release",
         [("e1", "e2")]),
        # no pointing word: the act the mention was merged into is the one spoken of, and the
        # release of the same day is not set apart (it joins the swap as any other would)
        ("Washington said the release of Orlov was not part of the arrangement.", "release",
         [("e1", "e2", "e3")]),
    ],
)  # fmt: skip
def test_a_pointing_release_noun_sets_apart_the_act_told_before_it(
    parsed_sentence, denial, trigger, linked
):
    day = "2026-02-11"
    texts = {1: "The United States freed Pavel Orlov on Wednesday in a swap for John Miller.",
             2: "Also on Wednesday, Belarus freed three prisoners, including an American.",
             3: denial}  # fmt: skip
    sents = {i: sentence(i, t) for i, t in texts.items()}
    sents[3] = parsed_sentence(denial)  # the pointing noun is told by its part of speech
    sents[3].sentence = sentence(3, denial).sentence
    pairs = [(mention("release", "USA", sents[1], day), "e1"),
             (mention("release", "RUS", sents[1], day), "e2"),
             (mention("release", "BLR", sents[2], day), "e3"),
             (mention("release", "USA", sents[3], day), "e1")]  # fmt: skip
    pairs[0][0].persons, pairs[1][0].persons = ["Pavel Orlov"], ["John Miller"]
    for m, _ in pairs:
        m.category = Category.FOREIGN_NATIONALS
    pairs[3][0].trigger = next(t for t in sents[3].doc if t.text == trigger)
    cues = cue_sentences(sorted(texts.items()))
    got = sorted(link.events for link in run(pairs, cues, dict.fromkeys(("e1", "e2", "e3"), day)))
    assert got == linked


# (v21) Sanctions named as the crime of the people freed ("jailed for sanctions violations") are
# no claim of relief: they do not answer one party's denial that the relief was traded; a claim
# that names the relief itself still does.
@pytest.mark.parametrize(
    ("claim", "linked"),
    [
        ("In exchange, the United States granted clemency to seven Cubans jailed for sanctions "
         "violations.", [["e1", "e2"]]),
        ("In exchange, the United States granted clemency to seven Cubans convicted of sanctions "
         "evasion.", [["e1", "e2"]]),
        ("In exchange, the United States granted clemency to seven Cubans and lifted its "
         "sanctions on Cuban banks.", [["e1", "e2", "e3"]]),
    ],
)  # fmt: skip
def test_sanctions_as_a_crime_are_no_claim_of_relief(spacy_extractor, claim, linked):
    a = _analyse(
        spacy_extractor,
        "Cuba freed four Americans on Saturday in a prisoner swap. " + claim + " The same day, "
        "Washington lifted sanctions on Cuban banks. US officials insisted that the swap had been "
        "negotiated on a separate track from the sanctions relief.",
    )
    assert [e.type for e in a.events] == ["release", "release", "sanctions_eased"]
    assert [sorted(x.events) for x in a.exchanges] == linked

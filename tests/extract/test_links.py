"""Exchanges: cue sentences, and links between the two sides of a trade (hand-built mentions and
whole paragraphs through the pipeline)."""

from __future__ import annotations

import pytest

from detente.extract import lexicon as lx
from detente.extract.links import cue_sentences, run
from detente.model import Document

from .builders import mention, sentence


@pytest.mark.parametrize(
    ("text", "is_cue"),
    [
        ("They were freed in exchange for the lifting of sanctions.", True),
        ("The prisoners were released as part of a deal with Washington.", True),
        ("Fifty were released in return for the lifting of restrictions.", True),
        ("Sanctions were lifted on Friday.", False),
        ("The prisoners were driven to the border in buses.", False),
    ],
)
def test_cue_sentences(text, is_cue):
    assert cue_sentences([(7, text)]) == ([(7, text)] if is_cue else [])


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


def test_multi_party_swap_links_every_release_of_the_day():
    day = "2026-01-15"
    spec = [
        ("e1", "release", "RUS", 1, day),
        ("e2", "release", "USA", 2, None),
        ("e3", "release", "DEU", 3, None),
        ("e4", "release", "NOR", 4, None),
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


@pytest.mark.parametrize(
    "text",
    [
        "The releases came as part of a Qatar-brokered understanding.",
        "Under the ceasefire accord, the army is freeing 300 detainees.",
        "It was the third prisoner swap this year.",
        "The pair were traded for two men held in Germany.",
        "He was freed after Washington agreed to unfreeze the funds.",
        "Caracas freed the men under an arrangement negotiated in Doha.",
    ],
)
def test_deal_cues(text):
    assert cue_sentences([(0, text)]) == [(0, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Shares rose on the stock market.",
        "The foreign ministers exchanged views on Tuesday.",
        "The two leaders agreed to meet again in spring.",
    ],
)
def test_not_deal_cues(text):
    assert cue_sentences([(0, text)]) == []


# --- whole paragraphs through the extractor ---------------------------------------------------


def _analyse(extractor, text, published="2026-02-14"):
    return extractor(Document(id="x", source="inline", published=published, text=text))


def test_quid_pro_quo_in_the_next_sentence(spacy_extractor):
    a = _analyse(
        spacy_extractor,
        "Minsk freed 40 political prisoners on Tuesday. The move came after Washington agreed "
        "to lift sanctions on the national carrier Belavia.",
    )
    assert sorted(e.type for e in a.events) == ["release", "sanctions_eased"]
    assert [sorted(x.events) for x in a.exchanges] == [["e1", "e2"]]


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


@pytest.mark.parametrize(
    ("text", "links_easing"),
    [
        ("They were freed in a prisoner exchange.", False),
        ("They were freed in exchange for sanctions relief.", True),
        ("They were freed under a deal with Washington.", True),
    ],
)
def test_swap_cues_are_cues(text, links_easing):
    assert cue_sentences([(0, text)]) == [(0, text)]
    assert bool(lx.EXCHANGE_CUES.search(text) or lx.DEAL_CUES.search(text)) is links_easing

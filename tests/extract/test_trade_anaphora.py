"""Cue sentences that speak of acts told elsewhere in the article (session 9: errors on articles
no rule was tuned to). Hand-built mentions; the sentences are our own."""

from __future__ import annotations

import pytest

from .test_links import _frame_run

# (sentences by index, events (id, type, actor, sentence, date), expected links)
CASES = {
    # a compliance note: the action, then the trigger two days before it, then the link, which
    # names one side by a definite noun paragraphs after that side was told
    "note-definite-easing-far-back": (
        {2: "On Thursday the Treasury removed the Armenian lender Vostok Bank from its list.",
         3: "No licence was needed.", 4: "Its chairman remains listed.",
         6: "On Tuesday Yerevan pardoned the blogger Aram Petrosyan.",
         7: "He left prison the same afternoon.",
         9: "An official told us the delisting was the US half of an understanding."},
        [("e1", "sanctions_eased", "USA", 2, "2026-04-16"), ("e2", "release", "ARM", 6, "2026-04-14")],
        [("e1", "e2")],
    ),
    "note-definite-easing-months-apart": (
        {2: "In January the Treasury removed the Armenian lender Vostok Bank from its list.",
         6: "On Tuesday Yerevan pardoned the blogger Aram Petrosyan.",
         9: "An official told us the delisting was the US half of an understanding."},
        [("e1", "sanctions_eased", "USA", 2, "2026-01"), ("e2", "release", "ARM", 6, "2026-04-14")],
        [],
    ),
    # two acts named together by a plural noun, told far before the cue: the first-reported act
    # with its counterpart of a day within a week
    "plural-steps-of-the-main-act": (
        {0: "Almaty frees two reporters; Brussels delists a mining firm",
         2: "Kazakhstan freed two reporters on Monday.", 3: "They flew to Vienna.",
         6: "On Wednesday the EU took the miner Tau-Ken off its list.", 7: "Shares rose.",
         8: "Asked about the timing, a diplomat called the two steps part of a wider arrangement."},
        [("e1", "release", "KAZ", 0, None), ("e1", "release", "KAZ", 2, "2026-05-04"),
         ("e2", "sanctions_eased", "EU", 6, "2026-05-06")],
        [("e1", "e2")],
    ),
    "plural-steps-months-apart": (
        {0: "Almaty frees two reporters",
         2: "Kazakhstan freed two reporters on Monday.",
         6: "In February the EU took the miner Tau-Ken off its list.", 7: "Shares rose.",
         8: "Asked about the timing, a diplomat called the two steps part of a wider arrangement."},
        [("e1", "release", "KAZ", 0, None), ("e1", "release", "KAZ", 2, "2026-05-04"),
         ("e2", "sanctions_eased", "EU", 6, "2026-02")],
        [],
    ),
    # "reciprocal steps" names acts of both sides
    "reciprocal-steps": (
        {1: "Georgia released six Armenian drivers on Friday.",
         3: "A Yerevan court freed three Georgian farmers a day earlier.",
         4: "No official spoke of a swap.",
         5: "Both presidents had agreed in June on reciprocal steps over detained citizens."},
        [("e1", "release", "GEO", 1, "2026-07-10"), ("e2", "release", "ARM", 3, "2026-07-09")],
        [("e1", "e2")],
    ),
    # one side in the cue sentence names the other by a definite noun: the last such act told in
    # the paragraph before it, whatever its date
    "definite-other-side-in-the-paragraph": (
        {2: "The licence came a day after Managua freed 30 prisoners.",
         3: "Most had been jailed since 2018.",
         4: "Aides said the Treasury granted the licence in return for the releases."},
        [("e1", "release", "NIC", 2, "2018"), ("e2", "sanctions_eased", "USA", 4, "2026-03-12")],
        [("e1", "e2")],
    ),
    # "the release of X" names an act of its own: no anaphora
    "definite-noun-with-its-own-complement": (
        {2: "In 2019 Tehran freed a Princeton student.",
         3: "In June 2020 Washington freed an Iranian doctor as part of a deal, days after the "
            "release of a navy veteran."},
        [("e1", "release", "IRN", 2, "2019"), ("e2", "release", "USA", 3, "2020-06")],
        [],
    ),
    "definite-other-side-out-of-reach": (
        {1: "In 2018 Managua freed 30 prisoners.",
         9: "Aides said the Treasury granted the licence in return for the releases."},
        [("e1", "release", "NIC", 1, "2018"), ("e2", "sanctions_eased", "USA", 9, "2026-03-12")],
        [],
    ),
    # one side told as part of "the deal" of the article, weeks before the main swap
    "side-of-the-deal-weeks-before": (
        {0: "Three Britons leave Caracas as London frees three Venezuelans",
         2: "Three Britons landed in London on Monday, and Britain freed three Venezuelans in "
            "return.",
         5: "The sanctions side of the deal had been settled last month, when London lifted the "
            "freeze on a state bank."},
        [("e1", "release", "VEN", 0, None), ("e1", "release", "VEN", 2, "2026-06-15"),
         ("e2", "release", "GBR", 2, "2026-06-15"),
         ("e3", "sanctions_eased", "GBR", 5, "2026-05")],
        [("e1", "e2", "e3")],
    ),
    "under-the-deal-years-before": (
        {0: "Three Britons leave Caracas as London frees three Venezuelans",
         2: "Three Britons landed in London on Monday, and Britain freed three Venezuelans in "
            "return.",
         5: "In 2019, under the deal then in force, London lifted the freeze on a state bank."},
        [("e1", "release", "VEN", 0, None), ("e1", "release", "VEN", 2, "2026-06-15"),
         ("e2", "release", "GBR", 2, "2026-06-15"),
         ("e3", "sanctions_eased", "GBR", 5, "2019")],
        [("e1", "e2")],
    ),
    # a question of a trade answered no by both parties
    "a-question-answered-no": (
        {0: "What Hanoi and Phnom Penh traded this week",
         2: "On Monday Vietnam released four Cambodian loggers.",
         3: "Hours earlier Cambodia had deported two Vietnamese traders.",
         4: "Was it a swap?",
         5: "Both governments say no."},
        [("e1", "release", "VNM", 2, "2026-02-16"), ("e2", "release", "KHM", 3, "2026-02-16")],
        [],
    ),
    # a denial that is itself denied is a claim that stands
    "did-not-deny": (
        {2: "Laos freed a Thai monk on Friday.", 3: "The same day Thailand freed two Lao porters.",
         4: "Bangkok did not deny that the two moves were traded."},
        [("e1", "release", "LAO", 2, "2026-08-07"), ("e2", "release", "THA", 3, "2026-08-07")],
        [("e1", "e2")],
    ),
    "denied": (
        {2: "Laos freed a Thai monk on Friday.", 3: "The same day Thailand freed two Lao porters.",
         4: "Both governments denied that the two moves were traded."},
        [("e1", "release", "LAO", 2, "2026-08-07"), ("e2", "release", "THA", 3, "2026-08-07")],
        [],
    ),
    # a trade of three parties takes a third state's release two days later
    "three-capitals": (
        {3: "Minsk freed a Pole and a Lithuanian on Friday.",
         4: "Poland released a Belarusian courier the same day.",
         5: "On Sunday Lithuania let a Belarusian officer go.",
         6: "Officials in all three capitals called it a humanitarian exchange."},
        [("e1", "release", "BLR", 3, "2026-09-04"), ("e2", "release", "POL", 4, "2026-09-04"),
         ("e3", "release", "LTU", 5, "2026-09-06")],
        [("e1", "e2", "e3")],
    ),
    "two-capitals": (
        {3: "Minsk freed a Pole and a Lithuanian on Friday.",
         4: "Poland released a Belarusian courier the same day.",
         5: "On Sunday Lithuania let a Belarusian officer go.",
         6: "Officials in Minsk and Warsaw called it a humanitarian exchange."},
        [("e1", "release", "BLR", 3, "2026-09-04"), ("e2", "release", "POL", 4, "2026-09-04"),
         ("e3", "release", "LTU", 5, "2026-09-06")],
        [("e1", "e2")],
    ),
    # plural definite nouns of easings ("the removals")
    "plural-removals": (
        {1: "Togo freed a French and a Belgian aid worker on Tuesday.",
         2: "On Wednesday the EU removed two Togolese officers from its list.",
         3: "A diplomat said the removals were part of the understanding that freed them."},
        [("e1", "release", "TGO", 1, "2026-01-20"), ("e2", "sanctions_eased", "EU", 2, "2026-01-21")],
        [("e1", "e2")],
    ),
    # a swap cue links people only: a relief it names is no act it speaks of
    "swap-cue-naming-a-relief": (
        {1: "Minsk freed two Poles on Friday.",
         2: "In May the EU had lifted its freeze on a Belarusian bank.",
         4: "The relief came long before the prisoner exchange."},
        [("e1", "release", "BLR", 1, "2026-06-05"), ("e2", "sanctions_eased", "EU", 2, "2026-05")],
        [],
    ),
    # (v13) a trade told as one of a series speaks of the precedent told just after it
    "such-trade-precedent-after": (
        {1: "Minsk freed nine prisoners on Tuesday and the US delisted a tyre maker.",
         2: "It is the fourth such bargain in a year.",
         3: "In March, Belarus let 14 people go and Washington lifted curbs on a refinery."},
        [("e1", "release", "BLR", 1, "2026-06-09"), ("e2", "sanctions_eased", "USA", 1, "2026-06-09"),
         ("e3", "release", "BLR", 3, "2026-03"), ("e4", "sanctions_eased", "USA", 3, "2026-03")],
        [("e3", "e4")],
    ),
    "such-trade-precedent-one-side": (
        {1: "Minsk freed nine prisoners on Tuesday and the US delisted a tyre maker.",
         2: "It is the fourth such bargain in a year.",
         3: "In March, Belarus let 14 people go."},
        [("e1", "release", "BLR", 1, "2026-06-09"), ("e2", "sanctions_eased", "USA", 1, "2026-06-09"),
         ("e3", "release", "BLR", 3, "2026-03")],
        [("e1", "e2")],
    ),
    "first-such-trade-is-no-precedent": (
        {2: "It was the first swap of its kind.",
         3: "In March, Belarus let 14 people go and Washington lifted curbs on a refinery."},
        [("e3", "release", "BLR", 3, "2026-03"), ("e4", "sanctions_eased", "USA", 3, "2026-03")],
        [],
    ),
    # releases named by a plural noun: every stage of the group told in the paragraph before
    "plural-releases-in-stages": (
        {2: "The last nine walked out on Sunday.", 3: "The other 44 were freed last week.",
         4: "The releases completed the December deal under which Washington freed three agents."},
        [("e1", "release", "CUB", 2, "2015-01-11"), ("e2", "release", "CUB", 3, "2015-01"),
         ("e3", "release", "USA", 4, "2014-12")],
        [("e1", "e2", "e3")],
    ),
    "singular-release-last-stage": (
        {2: "The last nine walked out on Sunday.", 3: "The other 44 were freed last week.",
         4: "That release completed the December deal under which Washington freed three agents."},
        [("e1", "release", "CUB", 2, "2015-01-11"), ("e2", "release", "CUB", 3, "2015-01"),
         ("e3", "release", "USA", 4, "2014-12")],
        [("e2", "e3")],
    ),
    # (v17) a pair named by a plural noun, one act dated by its month, the next month's day
    "plural-pair-month-and-day": (
        {2: "Uganda freed nine Rwandans in January.", 3: "Rwanda released 17 Ugandans on Friday.",
         4: "Both sets of releases were part of the deal agreed in Luanda."},
        [("e1", "release", "UGA", 2, "2020-01"), ("e2", "release", "RWA", 3, "2020-02-21")],
        [("e1", "e2")],
    ),
    "plural-pair-months-apart": (
        {2: "Uganda freed nine Rwandans in October.", 3: "Rwanda released 17 Ugandans on Friday.",
         4: "Both sets of releases were part of the deal agreed in Luanda."},
        [("e1", "release", "UGA", 2, "2019-10"), ("e2", "release", "RWA", 3, "2020-02-21")],
        [],
    ),
}  # fmt: skip


@pytest.mark.parametrize(("texts", "spec", "links"), CASES.values(), ids=CASES)
def test_cues_speaking_of_acts_told_elsewhere(texts, spec, links):
    dates = {eid: date for eid, _, _, _, date in spec if date is not None}
    assert _frame_run(spec, texts, dates) == links


# (v18) A cue counting the acts it names ("the four handovers") speaks of that many acts told
# last before it, past a Q&A's questions, all within a month; not of acts months apart.
_QA = {
    2: "What did Kabul give up?",
    3: "On Tuesday it handed eleven Tajik guards to Dushanbe.",
    4: "On Wednesday it released three Uzbek drivers at Termez.",
    5: "What did it get back?",
    6: "Tajikistan freed 25 Afghans the same Tuesday.",
    7: "Uzbekistan let forty Afghans go.",
    8: "Was it one deal?",
    9: "Mediators said the four handovers had been negotiated as one package.",
}


@pytest.mark.parametrize(
    ("uzbek_day", "links"),
    [
        ("2025-12-03", [("e1", "e2", "e3", "e4")]),
        # Uzbekistan's release months later: not one of the four (the Tuesday acts, told around
        # the cue, pair by their day)
        ("2026-05-03", [("e1", "e3")]),
    ],
)
def test_a_cue_counting_its_acts_takes_that_many_told_before(uzbek_day, links):
    spec = [("e1", "release", "AFG", 3, "2025-12-02"), ("e2", "release", "AFG", 4, "2025-12-03"),
            ("e3", "release", "TJK", 6, "2025-12-02"), ("e4", "release", "UZB", 7, uzbek_day)]  # fmt: skip
    dates = {eid: date for eid, _, _, _, date in spec}
    assert _frame_run(spec, _QA, dates, home={"e1", "e2", "e3", "e4"}) == links

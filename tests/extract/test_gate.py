"""The document filter and the sentence gates: what they keep, and that they keep what the rules
and the gold evidence of the dev corpus need."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.evaluation.corpus import load_split
from detente.evaluation.gatecheck import rule_misses
from detente.extract import gate, sentences

from .conftest import ARTICLES, load

DEV = Path(__file__).resolve().parents[2] / "eval" / "corpus" / "dev"
ITEMS = load_split(DEV)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Belarus freed 12 political prisoners.", (True, True)),
        ("The EU imposed sanctions on Minsk.", (True, True)),
        ("Officials announced an export ban on oil equipment bound for Syria.", (True, True)),
        ("They let the two reporters go on Sunday.", (True, True)),
        ("Russia handed over 15 people.", (True, True)),
        ("The Azerbaijani side received the soldiers.", (True, True)),
        ("Washington lifted sanctions on Belavia.", (True, True)),
        ("More than 1,100 political prisoners remain behind bars.", (True, False)),
        ("Relatives of the prisoners were still waiting outside.", (False, False)),
        ("Prices eased on Monday.", (False, False)),
        ("The weather was cold.", None),
        ("The team lifted the trophy in front of a full stadium.", (False, False)),
        ("Twelve more were let out a week later.", (True, True)),
        ("The four were brought to Warsaw by bus.", (True, True)),
        ("The reporter stepped off the plane in Rome.", (True, True)),
        ("An official said the pair were on their way home.", (True, True)),
        ("Nine editors are in pre-trial detention.", (True, True)),
        ("The chess player boarded a flight to Vienna, his lawyer said.", (True, True)),
        ("They included two teachers and a nurse.", (True, True)),
        ('He said "we are bringing our people home".', (True, True)),
        ("Eritrea flew 30 detainees to Rome on Sunday.", (True, True)),
        ("Both moves were part of one arrangement the Vatican had brokered.", (False, False)),
        ("Officials insisted the two moves were unrelated.", (False, False)),
        ("About 170 fishermen are imprisoned in Pakistan.", (True, False)),
        ("Monitors put the number of Uzbeks held in Kazakh jails at forty.", (True, False)),
        ("The minister held 3 meetings in Paris.", None),
        ("The fishermen are imprisoned in Pakistan.", None),
        ("The navy let thirty stranded sailors fly home to Manila.", (True, True)),
        ("Three Kenyans held in Uganda crossed home at Busia.", (True, True)),
        ("Both countries sent detainees back across the bridge.", (True, True)),
        ("The monk returned on Monday, walking across the bridge at dawn.", (True, True)),
        ("Baku says Armenia holds 14 Azerbaijanis, two of them soldiers.", (True, False)),
        ("At least 60 people are serving sentences for insulting the ruler.", (True, False)),
        ("Six guards walked back across the bridge at noon.", (True, True)),
        ("Uganda hands 12 rebel fighters to Kinshasa", (True, True)),
        ("The old arrangement no longer holds.", None),
        ("Two more Britons are thought to be held in Evin.", (True, False)),
        ("Coaches ferried the freed detainees to Hebron overnight.", (True, True)),
        ("Greece returned a Turkish soldier it had detained.", (True, True)),
        # v24 (names): people of a release told of before, named in apposition or a list
        ("The Estonian, Karl Parnaste, had spent two years in Pskov.", (True, True)),
        ("Among the Lebanese were Rami Haddad and Samir Aoun.", (True, True)),
        (
            "Two of the Britons, John Carter and Mark Ellis, had spent a year in Donetsk.",
            (True, True),
        ),
        (
            "The Czechs, the teacher Jan Novak and the nurse Eva Dvorak, had spent a year in Minsk.",
            (True, True),
        ),
        ("The Hague, a city of courts, hosts many tribunals.", None),
        ("The Guardian, a British daily, ran the story first.", None),
    ],
    ids=[
        "release",
        "sanctions",
        "ban",
        "let-go",
        "handed-over",
        "received",
        "lifted-sanctions",
        "stock",
        "still-no-number",
        "eased-alone",
        "nothing",
        "lifted-alone",
        "let-out",
        "brought-to",
        "stepped-off",
        "on-the-way-home",
        "in-detention",
        "boarded",
        "they-included",
        "bringing-home",
        "flown-abroad",
        "trade-cue-context",
        "set-apart-context",
        "stock-imprisoned-no-gate-word",
        "stock-held-in",
        "held-a-meeting",
        "held-no-number",
        "let-fly-home",
        "crossed-home",
        "sent-detainees-back",
        "walking-across",
        "holds-a-number",
        "serving-sentences",
        "walked-back-across",
        "hands-fighters",
        "holds-no-number",
        "thought-to-be-held",
        "ferried-detainees",
        "returned-one-foreigner",
        "named-nationality-apposition",
        "among-a-nationality-without-s",
        "two-of-a-group-named",
        "roles-before-names",
        "a-place-in-apposition",
        "a-paper-in-apposition",
    ],
)
def test_needs(text, expected):
    g = gate.needs(text)
    assert (None if g is None else (g.parse, g.entities)) == expected


@pytest.mark.parametrize(
    ("lemma", "inflected"),
    [
        ("free", {"frees", "freed", "freeing"}),
        ("swap", {"swaps", "swapped", "swapping"}),
        ("expel", {"expels", "expelled", "expelling"}),
        ("trade", {"trades", "traded", "trading"}),
        ("amnesty", {"amnesties", "amnestied"}),
    ],
)
def test_forms(lemma, inflected):
    assert inflected | {lemma} <= gate.forms(lemma)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The band released its new album on Friday, and fans queued all night.", False),
        ("The power company raised prices again.", False),
        ("Minsk pardoned 20 people on Saturday.", True),
        ("The exchange of POWs took place at the border.", True),
        ("OFAC issued a general licence.", True),
        # common release words admit an article only with a word for people
        ("Chad released two tourists held for a week.", True),
        ("The navy let go the 25 crew members on Friday.", True),
        ("Ottawa cut its price cap on Russian crude to $45.", True),
        ("Seoul added nine firms to its asset-freeze list.", True),
        ("Pakistan returned the pilot on Friday, handing him over at the border.", True),
        ("The coach handed her the ball and the team won.", False),
        # a people told by a plural demonym is people ("released three Americans")
        ("Russia released three Americans on Sunday.", True),
        ("The Britons were released late on Friday.", True),
        ("The studio released two Americana records this spring.", False),
        ("Americans watched as the studio released the film.", False),
    ],
)
def test_document_filter(text, expected):
    assert gate.relevant(text) is expected


def test_plan_skips_irrelevant_documents_and_keeps_offsets():
    assert gate.plan("Software update\nThe firm released version 2 on Monday. It was fast.") == []
    text = "Belarus frees prisoners\nThe weather was cold. Belarus freed 12 political prisoners."
    plan = gate.plan(text)
    assert [g.sentence.text for g in plan] == [
        "Belarus frees prisoners",
        "Belarus freed 12 political prisoners.",
    ]
    for g in plan:
        assert text[g.sentence.start : g.sentence.end] == g.sentence.text


def test_screen_gates_a_documents_sentences_split_once():
    """The pipeline splits a document once and screens those sentences: the plan's sentences are
    the same objects, indexed among all of them."""
    text = "Belarus frees prisoners\nThe weather was cold. Belarus freed 12 political prisoners."
    every = sentences.split(text)
    plan = gate.screen(every)
    assert [g.sentence.index for g in plan] == [0, 2]
    assert all(g.sentence is every[g.sentence.index] for g in plan)
    assert [(g.sentence, g.parse, g.entities) for g in plan] == [
        (g.sentence, g.parse, g.entities) for g in gate.plan(text)
    ]


# The gate's recall on the dev corpus, pinned like the accuracy floors: a sentence it stops is lost
# to every rule, so a drop here is a drop in event recall. Measured 2026-11-28 on 550 articles, after
# last session's held-out v6 (168 articles, never seen when the gates were written) was folded in:
# 1,355 of 1,364 events and stocks keep an evidence sentence that is parsed (0.993; it was 942 of
# 946 on the 382 articles before), and 1,919 of 1,962 evidence sentences (events', stocks' and
# exchanges') reach what they need (0.978; 1,364 of 1,385 before). The floors follow the unseen text.
# Session 9 folded held-out v8 (360 articles) into dev: 2,769 of 2,801 events and stocks keep a
# parsed evidence sentence (0.989; 0.986 before the session's gate words "holds 23 Armenians",
# "serving sentences", "walked back across", "hands 19 fighters to") and 3,875 of 3,964 evidence
# sentences reach what they need (0.978). What stays out is mostly sanctions acts told without an
# act word ("Britain and the EU followed in October", "acted in concert"): the item floor follows.
ITEMS_FLOOR = 0.985
SENTENCES_FLOOR = 0.975


def _gate_misses(item) -> tuple[list[str], list[str], int, int]:
    """Evidence sentences the gate does not parse (or drops, for exchanges), items left with none."""
    gold, text = item.gold, item.document.text
    plan = gate.plan(text)

    def reached(ev, parse: bool) -> bool:
        passed = [g for g in plan if g.sentence.start < ev.end and ev.start < g.sentence.end]
        return any(g.parse or not parse for g in passed)

    missed, bare, n = [], [], 0
    for x in (*gold.events, *gold.stocks):
        n += len(x.evidence)
        lost = [ev.text for ev in x.evidence if not reached(ev, True)]
        missed += lost
        if x.evidence and len(lost) == len(x.evidence):
            bare.append(x.evidence[0].text)
    for x in gold.exchanges:
        n += len(x.evidence)
        missed += [ev.text for ev in x.evidence if not reached(ev, False)]
    return missed, bare, n, len(gold.events) + len(gold.stocks)


def test_gold_evidence_passes_the_gates():
    """The dev corpus's evidence: articles with gold pass the document filter; nearly every event
    and stock keeps a parsed evidence sentence, and nearly every evidence sentence is parsed (an
    exchange's at least kept as context). Failing: the messages list the sentences lost."""
    missed, bare, sentences, items = [], [], 0, 0
    for item in ITEMS:
        if item.gold.events or item.gold.stocks:
            assert gate.plan(item.document.text), item.document.source
        m, b, n, k = _gate_misses(item)
        missed, bare, sentences, items = missed + m, bare + b, sentences + n, items + k
    assert 1 - len(bare) / items >= ITEMS_FLOOR, bare
    assert 1 - len(missed) / sentences >= SENTENCES_FLOOR, missed


def quarter(items):
    """A fixed quarter of the dev corpus (by content id) for the tests that parse every sentence
    in full; ``eval/tools/gate_check.py`` checks the whole split."""
    return [item for item in items if item.document.id[0] in "0123"]


def test_sentences_where_rules_fire_pass_the_gates(spacy_extractor):
    """Every sentence of the test articles and a quarter of the dev corpus, fully parsed: where a
    rule finds something, the gate parses it, with named entities for the release and sanctions
    rules."""
    sample = quarter(ITEMS)
    assert len(ITEMS) / 5 < len(sample) < len(ITEMS) / 3
    documents = [load(name) for name in ARTICLES] + [item.document for item in sample]
    assert rule_misses(spacy_extractor, documents) == []


def _plans(texts):
    return [[(g.sentence.start, g.parse, g.entities) for g in gate.plan(t)] for t in texts]


def test_a_character_that_folds_apart_is_searched_as_written():
    """The gate's screen tries case-insensitive patterns by a lower-case twin; "ſ" is an "s" to
    case folding but not to lower-casing, so such a sentence is searched as written."""
    assert gate.needs("The EU imposed ſanctions on Minsk.") is not None
    assert gate.needs("PRİSONERS WERE FREED ON MONDAY.") is not None

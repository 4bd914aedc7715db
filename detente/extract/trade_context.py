"""(v18) A cue sentence read against the trades around it.

- A sentence that only times an act against a trade ("Iran frees a Dane a week after Belgian
  swap", "The licence comes less than two weeks after Venezuela freed ten Americans in a
  three-way arrangement") makes no side of that trade of the act told before its time phrase:
  acts merely close in time are not traded. Only the acts told in the time phrase itself ("a
  week after the exchange in which Iran freed V and Belgium released A") are the trade.
- A sentence telling one side "as part of the same understanding" ("Under the same deal,
  Venezuela also freed 80 political prisoners") adds that act to the trade told before it, not
  to a counterpart of its date.

Regular expressions without IGNORECASE, tested only on cue sentences.
"""

from __future__ import annotations

import re

from detente.extract.mentions import Mention
from detente.extract.trade_anaphora import definite_kinds
from detente.extract.trade_frame import DAY, Frame, months_apart, other_side, sides

_SPAN = r"(?:days?|weeks?|months?|years?|hours?|fortnight)"
_TRADE = r"(?:swaps?|exchanges?|deals?|trades?|bargains?|arrangements?|agreements?)"
# a duration then "after"/"before" and a trade named by a noun phrase ("a week after Belgian
# swap", "four weeks after the historic exchange")
_TIMED_TRADE = (
    rf"\b{_SPAN} (?:after|before) (?:(?:[Tt]he|an?|its|their|this|that) )?"
    rf"(?:[\w'’-]+ ){{0,3}}?{_TRADE}\b"
)
# a sentence whose verb is the timing ("The release came a week after ...", "Thursday's
# decision came days after ...")
_TIMED_CLAUSE = (
    r"\b(?:came|comes|come|arrived|arrives) (?:[\w'’-]+ ){0,4}?"
    rf"{_SPAN} (?:after|before)\b"
)
TIMED = re.compile(rf"{_TIMED_TRADE}|{_TIMED_CLAUSE}")
# one act told as part of the trade told before ("as part of the same understanding", "under
# the same deal", "in the framework of the same arrangement")
SAME_TRADE = re.compile(
    r"\b(?:[Tt]he|[Tt]hat) same (?:deal|understanding|arrangement|agreement|package|bargain|"
    r"accord|framework)\b"
)

Pairs = list[tuple[Mention, str]]


def timed_out(text: str, here: Pairs, frame: Frame) -> tuple[Pairs, set[str]]:
    """A cue sentence's acts less those it only times against a trade, and those acts: the acts
    told before its time phrase, and the acts of a kind it names there by a definite noun ("The
    licence comes two weeks after ...") but does not tell in the phrase; the sentence's acts as
    they are, and none, when it times nothing."""
    found = TIMED.search(text)
    if found is None:
        return here, set()
    cut = TIMED.search(here[0][0].sent.sentence.text) if here else None
    kept = [(m, e) for m, e in here if cut is None or m.trigger.idx >= cut.start()]
    own = {e for _, e in kept}
    named = definite_kinds(text[: found.start()])
    timed = {e for _, e in here} | {e for e, (t, _) in frame.kinds.items() if t in named}
    return kept, timed - own


def same_trade(
    idx: int, text: str, links: dict[frozenset[str], set[int]], frame: Frame
) -> set[str]:
    """For a cue sentence telling one side "as part of the same understanding", its act with
    the trade told last before it, of its time and without it; else nothing."""
    if SAME_TRADE.search(text) is None:
        return set()
    own = {e for _, e in frame.by_sentence.get(idx, [])} - frame.apart
    before = [(max(s), ids) for ids, s in links.items() if max(s) < idx and sides(ids, frame.kinds)]
    if not own or sides(own, frame.kinds) or not before:
        return set()
    prev = max(before, key=lambda p: p[0])[1]
    # the halves of one deal are a month apart at most (a review's act misdated is not joined)
    near = all(any(months_apart(frame.dates[e], frame.dates[p]) <= 1 for p in prev) for e in own)
    # an act already in that trade (told again) is read as any cue sentence is
    if not near or own & prev or _round_of_its_own(own, prev, frame):
        return set()
    return own | prev


def _round_of_its_own(own: set[str], prev: frozenset[str], frame: Frame) -> bool:
    """(v20) Whether an act told "as part of the same deal", on a day the text gives, is a round
    of that deal with a partner of its own day, told and dated apart from the trade told before
    it, of another day ("The previous round, on Thursday: eight hostages were handed over.
    Israel freed 110 prisoners late that night as part of the same deal." after Saturday's
    exchange): it is traded with that partner, as any cue sentence's act is, not with
    Saturday's acts. An act dated only by the article's default date ("Cuba also agreed to free
    53 as part of the same understanding") still joins the trade before it."""
    return any(
        e in frame.told  # its own day, not the article's default date
        and len(frame.dates[e] or "") == DAY
        and all(frame.dates[p] != frame.dates[e] for p in prev)
        and any(
            w not in prev and w in frame.told and frame.dates[w] == frame.dates[e]
            for w in other_side(e, frame.kinds) - frame.apart
        )
        for e in own
    )

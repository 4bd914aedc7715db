"""(v20) Whose voice tells a trade: the article's own, or others'.

The annotation guide (session 20): the article's own voice decides. A cue sentence that states the
trade as fact ("In return, Washington freed five Iranians", "freed in exchange for two spies",
"was swapped for a hacker") makes an exchange even when both governments deny any bargain; a
trade told only as others' claim ("in what officials called an arrangement", "Iranian media said
the men were traded for ...") or as the article's reading ("appeared to be a swap") is undone by
both parties' denial.

Parties' denials are read here too (moved from :mod:`detente.extract.trade_cues`, v20): one
party's denial, answered by another party's claim; a swap set apart from relief.

Regular expressions only, tested on cue sentences (:mod:`detente.extract.links`).
"""

from __future__ import annotations

import re

from detente.extract.trade_cues import (
    APART,
    BOTH_PARTIES,
    DENIAL,
    RELIEF,
    is_deal_cue,
    is_swap_cue,
    plain,
)

# A trade stated with its own words: an act told as answering another ("In return, ...", "Belgium
# in exchange released ..."), given for another ("in exchange for", "in return for"), or swapped
# for another ("was traded for", "swapped the pilot for").
_STATED = re.compile(
    r"^\W*(?:(?:and|but|then)\W+)?(?:[\w'’.-]+,?\s){0,3}?in (?:return|exchange)\b|"
    r"\bin (?:return|exchange) for\b|"
    r"\b(?:swapped|traded|exchanged) (?:[\w'’.-]+ ){0,6}?for\b",
    re.IGNORECASE,
)
# Words by which a sentence tells what others say or what seems, not what happened.
_REPORTED = re.compile(
    r"\b(?:said|says|say|saying|told|tells|according to|called|calls|calling|described|"
    r"describes|describing|claimed|claims|claiming|alleged|alleges|allegedly|reported|reports|"
    r"reportedly|insisted|insists|suggested|suggests|believed|believes|appeared|appears|"
    r"apparently|seemed|seems|seen as|speculat\w*|presented|portrayed|framed|hinted|"
    r"(?:may|might|could|would) have)\b",
    re.IGNORECASE,
)


def stated(text: str) -> bool:
    """Whether a cue sentence states a trade as fact in the article's own voice."""
    return _STATED.search(text) is not None and _REPORTED.search(text) is None


# A claim that answers a denial in the same sentence ("The State Department denied any bargain,
# but a Cambodian spokesman said the delisting had been the fair counterpart ...").
_BUT = re.compile(r"[,;]\s*(?:but|yet|while|whereas)\b|\bbut\b", re.IGNORECASE)


def one_party_denial(text: str) -> bool:
    """Whether a sentence setting acts apart is one party's denial ("Washington denies any
    link"), not the text's own ("Separately, ...") nor both parties' ("Both governments denied
    ...")."""
    text = plain(text)
    return bool(APART.search(text) and DENIAL.search(text) and not BOTH_PARTIES.search(text))


# A trade of people named as a track of its own ("the prisoner talks", "the prisoner deal").
_PRISONER_TRACK = re.compile(
    r"\b(?:prisoner|hostage|detainee)s? (?:deal|talks|exchange|swap|track|negotiations)\b",
    re.IGNORECASE,
)


def swap_apart_from_relief(text: str) -> bool:
    """Whether a sentence sets a swap apart from relief ("the nuclear deal and the prisoner deal
    were not linked", "the prisoner talks were never part of the nuclear deal"): the relief of
    its time is what it sets apart, and only a claim that ties relief to the releases answers it."""
    text = plain(text)
    return bool(
        APART.search(text)
        and RELIEF.search(text)
        and (is_swap_cue(text) or _PRISONER_TRACK.search(text))
    )


def answered_denial(text: str) -> bool:
    """Whether a sentence answers one party's denial with another's claim of a trade ("The
    State Department denied any bargain, but a Cambodian spokesman called the delisting the
    fair counterpart to the lawyer's release")."""
    text = plain(text)
    denial = DENIAL.search(text)
    if denial is None or not one_party_denial(text):
        return False
    but = _BUT.search(text, denial.end())
    if but is None:
        return False
    rest = text[but.end() :]
    return not APART.search(rest) and (is_deal_cue(rest) or is_swap_cue(rest))

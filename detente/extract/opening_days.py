"""The day an article's opening tells its story on, and times that date a detention, not a release
(split from :mod:`dates`, session 18)."""

from __future__ import annotations

import re

from detente.extract import sentences, week_days
from detente.extract.dates import TimeExpr, find, is_date

# Sentences (headline and dateline included) in which an article tells the day of its story.
OPENING_SENTENCES = 4
# A time expression right after a verb of saying dates the saying ("officials confirmed on Friday").
_SAID = re.compile(
    r"\b(?:said|says|told|confirmed|announced|reported|added|stated|disclosed)\s+(?:on\s+)?$", re.I
)


# ... or dates the detention that came before ("The four were seized on October 7, 2023"), in a
# clause that tells no release before it ("returned 18 soldiers captured in July on Wednesday").
_HELD = re.compile(
    r"\b(?:seized|arrested|detained|abducted|kidnapped|captured|jailed|convicted|sentenced)\b"
    r"[^.,;:]{0,60}$",
    re.I,
)
_FREED = re.compile(
    r"\b(?:freed|released|pardoned|handed|let|walked|returned|flown|crossed|exchanged|swapped|"
    r"handover|exchange|swap)\b",
    re.I,
)


def _held(before: str) -> bool:
    """Whether the text before a time expression ends on a detention and tells no release."""
    return _HELD.search(before) is not None and _FREED.search(before) is None


# A detention word used as an adjective ("the convicted diplomat"), and a purpose clause that ends
# the detention's phrase ("pardoned 23 people convicted of extremism to mark Independence Day on
# July 3"): the time after them is not the detention's.
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|his|her|their|its)\s+$", re.I)
_PURPOSE = re.compile(r"\bto\s+(?:mark|celebrate|commemorate|honou?r|coincide)\b", re.I)


def detention_time(text: str, t: TimeExpr, times: list[TimeExpr]) -> bool:
    """Whether a time is the first after a detention participle, with no release word between
    ("crew seized off the coast in 2023 were pardoned on Thursday": 2023; "soldiers captured in
    July on Wednesday": July, not Wednesday; "detained and freed on Monday": neither)."""
    held = _HELD.search(text, 0, t.start)
    if held is None or _FREED.search(text, held.start(), t.start) is not None:
        return False
    if _ATTRIBUTIVE.search(text, 0, held.start()) or _PURPOSE.search(text, held.start(), t.start):
        return False  # "the convicted diplomat ... home in 2023"; "convicted ..., to mark ... on"
    return not any(held.start() <= o.start and o.end <= t.start for o in times if o is not t)


def opening_day(text: str, published: str | None) -> str | None:
    """The first day before publication that the article's opening sentences date something on
    ("The handover that took place on Wednesday", "were driven out of prison on Tuesday"), not a
    day of saying ("officials confirmed on Thursday") or of detention ("seized on October 7"): the
    day of a story whose acts the sentences that tell them leave undated. Read from the raw text:
    gates keep no such sentence."""
    opening = "\n".join(text.split("\n", OPENING_SENTENCES + 2)[: OPENING_SENTENCES + 1])
    for sentence in sentences.split(opening)[: OPENING_SENTENCES + 1]:
        days = [
            t.value
            for t in week_days.snapped(find(sentence.text, published), text, published)
            if len(t.value) == 10
            and is_date(t.value)
            and not _SAID.search(sentence.text[: t.start])
            and not _held(sentence.text[: t.start])
            and (published is None or t.value < published)  # not the dateline's own day
        ]
        if days:  # "signed the pardons on Wednesday, and prisons freed them on Thursday"
            return max(days)
    return None

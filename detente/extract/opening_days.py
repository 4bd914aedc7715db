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


# A journey's end after the freeing ("flown to Rabat, before continuing to Paris on Thursday",
# "landed at Heathrow on Thursday"): the guide dates a release by the day people were freed.
_ARRIVAL = re.compile(
    r"\b(?:land(?:ed|ing|s)|arriv(?:ed|ing|es)|touch(?:ed|ing) down|reach(?:ed|ing)|"
    r"(?:flew|flown|flying) (?:on )?(?:to|home|back)|continu(?:ed|ing) (?:on )?to|"
    r"completed the journey|board(?:ed|ing))\b",
    re.I,
)
_CLAUSE_END = re.compile(r"[,;:.]")


def _stage(text: str, start: int, t: TimeExpr, stop: int) -> str | None:
    """What a sentence tells happened on a day: "freed" when a release follows it in its clause,
    with no other time there ("on Wednesday three more were freed"); else by the stretch before
    it (from the time before): "arrival" when a journey's end is its last act, "freed" when a
    release is, else None."""
    end = _CLAUSE_END.search(text, t.end)
    clause_end = end.start() if end else len(text)
    if clause_end <= stop and _FREED.search(text, t.end, clause_end):
        return "freed"
    stretch = text[start : t.start]
    arrivals = list(_ARRIVAL.finditer(stretch))
    if arrivals and _FREED.search(stretch, arrivals[-1].end()) is None:
        return "arrival"
    return "freed" if _FREED.search(stretch) else None


def _story_days(text: str, times: list[TimeExpr], published: str | None) -> list[str]:
    """The days of a sentence that may be its story's: not of saying, of detention or after
    publication; not of an arrival when the sentence dates the freeing before it."""
    days: list[tuple[str, str | None]] = []
    start = 0
    for i, t in enumerate(times):
        if (
            len(t.value) == 10
            and is_date(t.value)
            and not _SAID.search(text[: t.start])
            and not _held(text[: t.start])
            and (published is None or t.value < published)  # not the dateline's own day
        ):
            stop = times[i + 1].start if i + 1 < len(times) else len(text)
            days.append((t.value, _stage(text, start, t, stop)))
        start = t.end
    if any(stage == "freed" for _, stage in days):
        return [day for day, stage in days if stage != "arrival"]
    return [day for day, _ in days]


def opening_day(text: str, published: str | None) -> str | None:
    """The first day before publication that the article's opening sentences date something on
    ("The handover that took place on Wednesday", "were driven out of prison on Tuesday"), not a
    day of saying ("officials confirmed on Thursday"), of detention ("seized on October 7") or of
    the arrival after a freeing ("freed on Wednesday ... landed on Thursday"): the day of a story
    whose acts the sentences that tell them leave undated. Read from the raw text: gates keep no
    such sentence."""
    opening = "\n".join(text.split("\n", OPENING_SENTENCES + 2)[: OPENING_SENTENCES + 1])
    for sentence in sentences.split(opening)[: OPENING_SENTENCES + 1]:
        times = week_days.snapped(find(sentence.text, published), text, published)
        days = _story_days(sentence.text, times, published)
        if days:  # "signed the pardons on Wednesday, and prisons freed them on Thursday"
            return max(days)
    return None

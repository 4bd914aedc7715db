"""The Treasury of a British story: Britain's finance ministry, not the US one.

The gazetteer reads "the Treasury" as Washington's (the guide: "the Treasury" → USA), which is
right in most sanctions news. A story that tells Britain acting and never names the United
States ("The British government on Thursday froze the assets of seven oligarchs ... At the same
time the Treasury issued a special licence") tells of HM Treasury, and so does a Treasury the text
calls British ("the UK Treasury removed X from its sanctions list", "HM Treasury"): those places
stand for `GBR`. Britain named only as a partner ("in coordination with Britain") is no sign.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from detente.extract.gazetteer import Place
from detente.extract.mentions import ParsedSentence

# Words before "Treasury" that make it Britain's ("the UK Treasury", "HM Treasury").
BRITISH_WORDS = frozenset({"uk", "british", "hm", "u.k."})
# Possessors before "'s Treasury" that make it Britain's ("His Majesty's Treasury").
BRITISH_OWNERS = frozenset({"majesty", "britain", "uk"})


def british(
    context: Sequence[tuple[object, list[Place]]],
    sents: list[ParsedSentence],
    whole: Callable[[], list[Place]],
) -> None:
    """Give the article's "Treasury" places Britain's code (in place) when the text calls that
    Treasury British, or when the article tells Britain as a doer and names no US place other than
    a Treasury anywhere (headline and dateline included, ``whole``)."""
    lists = {id(places): places for _, places in context}
    lists.update({id(ps.places): ps.places for ps in sents})
    if not any(_treasury(p) for places in lists.values() for p in places):
        return
    codes = {p.code for p in whole() if not _treasury(p)}
    story = "USA" not in codes and any(_british_doer(p) for ps in sents for p in ps.places)
    for places in lists.values():
        places[:] = [
            replace(p, code="GBR") if _treasury(p) and (story or _called_british(p)) else p
            for p in places
        ]


# Dependencies of a subject, and of the word a subject's noun takes ("The British government").
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _british_doer(place: Place) -> bool:
    """Britain told as a doer: the subject of a clause ("Britain on Wednesday imposed", "When the
    British government froze"), not a partner ("in coordination with Britain")."""
    root = place.span.root
    if place.code != "GBR" or _treasury(place):
        return False
    return root.dep_ in SUBJECT_DEPS or (
        root.dep_ in ("amod", "compound") and root.head.dep_ in SUBJECT_DEPS
    )


def _treasury(place: Place) -> bool:
    return place.kind == "institution" and place.code == "USA" and place.span.text == "Treasury"


def _called_british(place: Place) -> bool:
    """ "the UK Treasury", "HM Treasury", "His Majesty's Treasury"."""
    doc, i = place.span.doc, place.span.start
    if i >= 1 and doc[i - 1].lower_ in BRITISH_WORDS:
        return True
    return i >= 2 and doc[i - 1].lower_ in ("'s", "’s") and doc[i - 2].lower_ in BRITISH_OWNERS

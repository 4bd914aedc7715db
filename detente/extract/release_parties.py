"""Who acted, when a release mention names no single state: a number per party ("each freed 84"),
the two sides of a swap ("205 prisoners were swapped on each side"), a group of states ("the
West"), a total over a swap ("26 people were exchanged in total") or a swap named without its
people. Moved out of releases.py (which was over 500 lines); the rules are unchanged."""

from __future__ import annotations

import re

from spacy.tokens import Token

from detente.extract import lexicon as lx
from detente.extract.homecomings import each_side
from detente.extract.mentions import PARTY_GROUP, PARTY_SIDES, PARTY_TOTAL, ParsedSentence

# A number that sums up the acts told before it.
TOTAL = re.compile(r"\b(?:in total|in all|altogether|all told)\b", re.IGNORECASE)
SWAP_NOUNS = frozenset({"swap", "exchange"})

# Words that give a number per party ("each freed 84", "swapped 35 prisoners apiece").
EACH = frozenset({"each", "apiece"})


def each(trigger: Token, subj: Token | None) -> bool:
    """ "Ukraine and Russia each freed 84", "each side freed 1,000": a number per party."""
    words = [*trigger.children, *(subj.children if subj is not None else [])]
    return (
        any(w.lower_ in EACH for w in words)
        or (subj is not None and subj.lower_ == "each")
        or _trailing_each(trigger)
    )


def _trailing_each(trigger: Token) -> bool:
    """recall: "swapped 146 prisoners of war each": "each" closing the object, which the parser
    hangs on the object's last noun ("war") rather than on the verb, or on the phrase after it
    ("swapped 75 prisoners each after a break": numbers)."""
    obj = next((c for c in trigger.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    last = obj.doc[obj.right_edge.i]
    after = obj.doc[last.i + 1] if last.i + 1 < len(obj.doc) else None
    # "exchanged 1,000 prisoners each over three days": "each" hung on the phrase after it
    close = obj.doc[obj.i + 1] if obj.i + 1 < len(obj.doc) else None
    return (
        (last.lower_ in EACH and last.dep_ in ("appos", "advmod", "npadvmod"))
        or (after is not None and after.lower_ in EACH and after.dep_ in ("advmod", "npadvmod"))
        or (close is not None and close.lower_ in EACH and _hung_after(close))
    )


def _hung_after(each: Token) -> bool:
    """ "each" hung on the phrase after the object ("1,000 prisoners each over three days"),
    not a determiner of the noun right after it ("115 prisoners each day": per day)."""
    if each.dep_ == "advmod":
        return True
    return each.dep_ == "det" and each.head.i > each.i + 1


def party(trigger: Token, subj: Token | None, actors: list[str], each: bool) -> str | None:
    """What an actorless subject says about who acted: "each side" / "both sides" (the two parties
    of the article's swap) or a group of states ("the West", "Western governments"), which is
    no single state's act."""
    if actors:
        return None
    if each_side(trigger):  # "205 prisoners were swapped on each side"
        return PARTY_SIDES
    if subj is None:  # recall: "a swap of 90 for 90", "a swap of 50 prisoners each"
        return PARTY_SIDES if each and trigger.lemma_.lower() in lx.SWAP_LEMMAS else None
    words = {t.lemma_.lower() for t in subj.subtree}
    swap = trigger.lemma_.lower() in lx.SWAP_LEMMAS
    if each and swap and subj.lower_ == "they":  # "and in June they exchanged 90 each"
        return PARTY_SIDES
    if each and words & lx.SIDE_NOUNS or {"both", "side"} <= words:
        return PARTY_SIDES
    if words & lx.STATE_GROUPS:
        return PARTY_GROUP
    return None


def unspecific(
    ps: ParsedSentence, trigger: Token, group: Token | None, actors: list[str]
) -> str | None:
    """An actorless mention that is no state's act of its own: a total over a swap ("26 people
    were exchanged in total") or a swap named without its people ("the previous swap")."""
    if actors:
        return None
    if TOTAL.search(ps.sentence.text):
        return PARTY_TOTAL
    named = group is not None and group.dep_ != "compound"  # not just "a prisoner swap"
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in SWAP_NOUNS and not named:
        return PARTY_GROUP
    return None


# Place kinds that name a state acting in an "X and Y each freed" run.
EACH_STATE_KINDS = frozenset({"name", "capital"})


def each_run(ps: ParsedSentence, trigger: Token) -> list[str]:
    """recall: "On Ukraine's Independence Day, Russia and Ukraine each freed 115": the parser
    makes "each" the subject and hangs the states on the noun before them; the states named
    just before a subject "each", joined by "and" or commas, are the actors (two at least)."""
    subj = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in EACH:
        return []
    starts = {p.span.end - 1: p for p in ps.places if p.kind in EACH_STATE_KINDS}
    codes: list[str] = []
    i = subj.i - 1
    while i >= 0:
        place = starts.get(i)
        if place is not None:
            codes.insert(0, place.code)
            i = place.span.start - 1
        elif ps.doc[i].lower_ in ("and", ",", "the"):
            i -= 1
        else:
            break
    return codes if len(set(codes)) >= 2 else []

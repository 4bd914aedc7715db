"""A further group of the same state: when a release the text sets apart ("Venezuela also freed 20
political prisoners", "Separately, Iran released X") is another act than the one told before it
(read by :func:`detente.extract.events.merge`)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from detente.extract.counts import Count
from detente.extract.mentions import Mention, own_subject
from detente.model import CountQualifier, EventType

if TYPE_CHECKING:
    from detente.extract.events import Cluster

# Words that set a release apart from the one told before ("also", "separately").
APART_WORDS = frozenset({"also", "separately"})
APART_OPENING = re.compile(
    r"^\W*(?:separately|in a (?:separate|parallel) "
    r"(?:move|case|release|step|trade|deal|arrangement|decision))\b",
    re.IGNORECASE,
)


def set_apart(m: Mention, cluster: Cluster) -> bool:
    """ "Venezuela also freed 20 political prisoners", "Separately, Iran released X": a release
    the text sets apart from the same state's act, of other people (another number, or other
    names), is another act, not that act told again."""
    if m.type is not EventType.RELEASE or cluster.type is not EventType.RELEASE:
        return False
    verb = m.trigger
    if verb.pos_ != "VERB" or verb.dep_ in ("relcl", "acl"):
        return False  # not "the release was also meant to", "her husband, who was also freed"
    words = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    separate = "separately" in words or APART_OPENING.search(m.sent.sentence.text) is not None
    if not (separate or words & APART_WORDS):
        return False
    if not (_acts_itself(m) or (separate and m.persons)):  # "X was freed separately"
        return False
    theirs = {p for c in cluster.mentions for p in c.persons}
    other_names = bool(m.persons and theirs) and not set(m.persons) & theirs
    count = cluster.count
    mine = m.count or (Count(len(m.persons), CountQualifier.EXACT, 0, 0) if m.persons else None)
    other_count = mine is not None and count is not None and not counts_agree(count, mine)
    return other_names or other_count


def _acts_itself(m: Mention) -> bool:
    """Whether the subject of the release verb names its actor ("Venezuela also freed 20"): an
    act set apart needs its own actor, not one the article's context lends it."""
    subj = own_subject(m.trigger)
    if subj is None:
        return False
    mods = [c for c in subj.children if c.dep_ in ("compound", "poss", "amod", "nmod")]
    inside = {subj.i} | {t.i for c in mods for t in c.subtree}  # not "among them the mayor of X"
    return any(p.span.start in inside and p.code == m.actor for p in m.sent.places)


def counts_agree(a: Count | None, b: Count | None) -> bool:
    """Whether two counts of a group may be the same group's."""
    if a is None or b is None or a.lone or b.lone:
        return True
    if a.qualifier is CountQualifier.EXACT and b.qualifier is CountQualifier.EXACT:
        return a.value == b.value
    return abs(a.value - b.value) <= max(a.value, b.value) * 0.5

"""News in brief: a paragraph headed by its country in capitals ("MYANMAR -- The military
government freed 3,085 prisoners", "EGYPT: The opposition politician Ayman Nour was released")
tells acts of that country (area "precision", session 17).

A roundup of briefs names many states; an unattributed release in one brief fell to the state the
whole article names most (Belarus for a Myanmar amnesty told under a Belarus sanctions brief). The
heading is the brief's own releasing state. The heading may have been cut from the sentence as a
dateline (:mod:`detente.extract.sentences`), so it is read on the paragraph's line of the text.
"""

from __future__ import annotations

import re

from detente.extract.gazetteer import place_table
from detente.extract.mentions import Mention
from detente.model import EventType

# A heading in capitals (up to four words) and its dash or colon, opening a line.
BRIEF_HEAD = re.compile(r"[ \t]*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,3})[ \t]*(?:--|—|–|:)\s")


def head_actors(mentions: list[Mention], text: str) -> None:
    """Give each unattributed release told in a brief the state its heading names (in place)."""
    for m in mentions:
        if m.type is EventType.RELEASE and m.actor is None and m.party is None:
            m.actor = brief_state(text, m.sent.sentence.start)


def brief_state(text: str, start: int) -> str | None:
    """The state whose name in capitals heads the line (paragraph) holding offset ``start``."""
    line = text.rfind("\n", 0, start) + 1
    match = BRIEF_HEAD.match(text, line)
    if match is None or match.start(1) > start:
        return None
    entry = place_table().get(match.group(1).title())
    return entry[0] if entry is not None and entry[1] == "name" else None

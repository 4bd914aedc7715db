"""(v17) Relief told as a clause of a swap's deal: "under a deal in which the United States freed
five Iranians and allowed the transfer of $6 billion in frozen Iranian funds", "in exchange for
five Iranians and access to $6 billion of oil revenue". The cue sentence tells both states'
releases, and the relief only by a noun phrase of money or relief, with no act of its own there;
the easing is told in another sentence (the waiver signed a week before the flight). That
easing, by one of the swapping states and aimed at the other, of the swap's month or the one
before or after it, is a side of the deal. Read by :mod:`detente.extract.links`.

Not relief told by time ("hours before the sanctions were lifted"): only a money or relief noun
phrase tied into the deal's clause counts, never a clause of before or after.
"""

from __future__ import annotations

import re

from detente.extract.trade_frame import Frame, Kinds, aimed, months_apart
from detente.model import EventType

# Matched against the lower-cased sentence (a cue sentence only: no screen needed).
_MONEY = r"(?:funds|money|assets|revenues?|reserves|oil money)"
_FUNDS = re.compile(
    r"\b(?:"
    rf"(?:access to|transfer of|release of|return of|unfreezing of|use of)(?: [\w$,.'’-]+){{0,7}}? {_MONEY}\b"
    rf"|(?:frozen|blocked|restricted) (?:[\w-]+ ){{0,2}}{_MONEY}\b"
    r"|(?:unfr(?:oze|eez\w*)|unlock(?:ed|ing|s)?|unblock(?:ed|ing|s)?) (?:[\w$,.'’-]+ ){0,4}?"
    rf"(?:{_MONEY}|billion|million)\b"
    r"|sanctions relief|relief from sanctions"
    r")"
)
# A relief phrase told by time, not as a part of the deal ("hours before ... frozen funds were
# released"): a subordinator of time just before it.
_BY_TIME = re.compile(r"\b(?:before|after|ahead of|once|until)\b(?: [\w$,.'’-]+){0,8} ?$")
# Months between a swap and the relief that paid for it at most (a waiver signed weeks before).
FUNDS_MONTHS = 1


def funds_relief(text: str, group: set[str], kinds: Kinds, frame: Frame) -> set[str]:
    """The easings a swap's cue sentence tells as a clause of its deal ("and allowed access to $6
    billion of frozen funds"), told elsewhere: by a releasing state of ``group`` (releases only,
    of two states), not set apart, within :data:`FUNDS_MONTHS` months of the swap."""
    if any(kinds[e][0] is not EventType.RELEASE for e in group):
        return set()
    releasing = {kinds[e][1] for e in group}
    if len(releasing) < 2:
        return set()
    low = text.lower()
    found = _FUNDS.search(low)
    if found is None or _BY_TIME.search(low, 0, found.start()):
        return set()
    eased = {
        e
        for e, (t, actor) in kinds.items()
        if t is EventType.SANCTIONS_EASED
        and actor in releasing
        and e not in frame.apart
        and all(months_apart(frame.dates[e], frame.dates[g]) <= FUNDS_MONTHS for g in group)
    }
    return aimed(group, eased, frame)

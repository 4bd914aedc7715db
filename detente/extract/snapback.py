"""Document level: UN measures restored by a snapback carry their arms embargo (``defense``).

A snapback brings back every UN measure a deal had lifted (on Iran: the arms embargo, the missile
and enrichment bans, the asset freezes); articles tell it as "UN sanctions came back into force"
with no goods named. Session 25 decides that snapback's restored UN measures are ``defense``
(docs/annotation.md), with any sector the article gives the bodies listed again. Only the UN's
impositions take it: the EU or Britain restoring their own measures the same week name their own
goods.
"""

from __future__ import annotations

import re

from detente.model import Event, EventType

# "snapback", "snap-back", "snap back" (the mechanism or the verb).
SNAPBACK = re.compile(r"\bsnap[- ]?back\b", re.IGNORECASE)
SANCTIONER = "UN"
SECTOR = "defense"


def run(events: list[Event], text: str) -> None:
    """Add ``defense`` to the UN's impositions of an article that tells a snapback (in place)."""
    if SNAPBACK.search(text) is None:
        return
    for event in events:
        if (
            event.type == EventType.SANCTIONS_IMPOSED
            and event.actor == SANCTIONER
            and SECTOR not in event.sectors
        ):
            event.sectors = [SECTOR, *event.sectors]

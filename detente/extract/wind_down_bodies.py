"""Document level: a wind-down licence told with nothing named takes the bodies and sectors of
the act it closes out.

Session 26 makes every wind-down licence told as issued an easing of its own, also beside a new
listing or a lapse the same day (docs/annotation.md). Its ``entities`` are the listed bodies it
lets people wind down dealings with (session 25) and its sectors those of the business it lets
end (session 23): when its own sentence names neither ("In its place OFAC issued General License
44A, a 45-day wind-down"), they are those of the listing or lapse by the same actor, on the same
target and day, that the licence goes with.
"""

from __future__ import annotations

from detente.extract.wind_downs import WIND_DOWN
from detente.model import Event, EventType


def run(events: list[Event]) -> None:
    """Give each bare wind-down easing the entities and sectors of its same-day imposition (in
    place)."""
    for event in events:
        if not _bare_wind_down(event):
            continue
        ended = [
            e
            for e in events
            if e.type == EventType.SANCTIONS_IMPOSED
            and e.actor == event.actor
            and e.date == event.date
            and e.date is not None
            and event.target in (None, e.target)
        ]
        if len(ended) == 1:  # one act it goes with; two listings the same day: not guessed
            (act,) = ended
            event.entities, event.sectors = list(act.entities), list(act.sectors)
            event.target = event.target or act.target


def _bare_wind_down(event: Event) -> bool:
    """An easing told by a wind-down licence that names no body and no sector."""
    return (
        event.type == EventType.SANCTIONS_EASED
        and not event.entities
        and not event.sectors
        and any(WIND_DOWN.search(ev.text) for ev in event.evidence)
    )

"""Corroboration: is a sanctions event read in the news backed by the official lists?

A news ``sanctions_imposed`` / ``sanctions_eased`` event is **confirmed** by an official event of
the same direction (imposed = added to a list, eased = removed), the same actor and target when
both sides give them, an entity name (or alias of the listed record) that matches, and a date
within the window around the interval of the two snapshots that show the change. Without a
confirmation it is **contradicted** when the first snapshot of the actor's list dated more than the
window after the news still lists the entity (news says eased) or does not list it (news says
imposed); otherwise **unconfirmed**. Events that name no entity are confirmed by target alone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from detente.lists.events import SOURCE_PREFIX
from detente.lists.formats import SOURCES
from detente.lists.match import DEFAULT_THRESHOLD, name_score
from detente.lists.screen import ScreenIndex, ScreenQuery
from detente.lists.snapshots import (
    entries,
    latest_entries,
    save_corroborations,
    snapshots,
    stored_corroborations,
)
from detente.model import (
    Corroboration,
    EventType,
    ListEntry,
    ListSnapshot,
    OfficialMatch,
    StoredEvent,
)
from detente.store import Store

log = logging.getLogger(__name__)

DEFAULT_WINDOW_DAYS = 14
"""Days of slack between the news date and the snapshots showing the change (setting
``DETENTE_CORROBORATION_WINDOW``): lists are published on their own schedule."""
SANCTIONS = (EventType.SANCTIONS_IMPOSED.value, EventType.SANCTIONS_EASED.value)


@dataclass(frozen=True)
class _Official:
    event: StoredEvent
    names: tuple[str, ...]
    start: date
    end: date


def _span(value: str | None) -> tuple[date, date] | None:
    """First and last day of a ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` date."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            day = date(*parts)
            return day, day
        if len(parts) == 2:
            first = date(parts[0], parts[1], 1)
            return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    except (TypeError, ValueError):
        return None


def _interval(event: StoredEvent) -> tuple[date, date] | None:
    """The snapshot interval of an official event, from its report's source (``list:S:A..B``)."""
    source = event.document.source
    if source.startswith(SOURCE_PREFIX) and ".." in source:
        first, last = source.rsplit(":", 1)[-1].split("..", 1)
        before, after = _span(first), _span(last)
        if before and after:
            return before[0], after[1]
    return _span(event.date)


def _officials(events: Iterable[StoredEvent], records: dict[str, ListEntry]) -> list[_Official]:
    found = []
    for event in events:
        interval = _interval(event)
        if not event.official or interval is None:
            continue
        entry = records.get(event.record or "")
        names = [*event.entities, *((entry.name, *entry.aliases) if entry else ())]
        found.append(_Official(event, tuple(dict.fromkeys(names)), *interval))
    return found


def _name_match(news: Sequence[str], names: Sequence[str]) -> float:
    return max((name_score(a, b) for a in news for b in names), default=0.0)


class Corroborator:
    """Matches news sanctions events against the official events and snapshots of a store."""

    def __init__(
        self, store: Store, window_days: int = DEFAULT_WINDOW_DAYS,
        threshold: float = DEFAULT_THRESHOLD,
    ) -> None:  # fmt: skip
        self.store, self.threshold = store, threshold
        self.window = timedelta(days=window_days)
        records = {f"{e.source}:{e.entry_id}": e for e in latest_entries(store, None, True)}
        self.officials = _officials(store.view().events(), records)
        self.history: dict[str, list[ListSnapshot]] = {}
        for snap in snapshots(store):
            self.history.setdefault(snap.source, []).append(snap)
        self._indexes: dict[int, ScreenIndex] = {}

    def __call__(self, event: StoredEvent) -> OfficialMatch:
        """The corroboration of one news event."""
        span = _span(event.date or event.document.published)
        return (
            self.confirm(event, span)
            or self.contradict(event, span)
            or OfficialMatch(event_key=event.key, status=Corroboration.UNCONFIRMED)
        )

    def confirm(self, event: StoredEvent, span: tuple[date, date] | None) -> OfficialMatch | None:
        """The best official event that backs the news event, if any."""
        best: tuple[float, int, _Official, list[str]] | None = None
        for item in self.officials:
            official = item.event
            if official.type != event.type or not _agree(event.actor, official.actor):
                continue
            if not _agree(event.target, official.target) or (
                not event.entities and not event.target
            ):
                continue
            reasons = [
                "direction",
                "actor" if event.actor else "",
                "target" if event.target else "",
            ]
            gap = 0
            if span is not None:
                if span[1] < item.start - self.window or span[0] > item.end + self.window:
                    continue
                gap = max((item.start - span[1]).days, (span[0] - item.end).days, 0)
                reasons.append("date window")
            score = 1.0
            if event.entities:
                score = _name_match(event.entities, item.names)
                if score < self.threshold:
                    continue
                reasons.insert(0, "name" if score >= 1.0 else "fuzzy name")
            if best is None or (score, -gap) > (best[0], -best[1]):
                best = (score, gap, item, [r for r in reasons if r])
        if best is None:
            return None
        score, _gap, item, reasons = best
        source, _, entry_id = (item.event.record or "").partition(":")
        return OfficialMatch(
            event_key=event.key, status=Corroboration.CONFIRMED, source=source or None,
            entry_id=entry_id or None, official_event=item.event.key,
            snapshot_date=item.end.isoformat(), score=round(score, 4) if event.entities else None,
            reasons=reasons,
        )  # fmt: skip

    def contradict(
        self, event: StoredEvent, span: tuple[date, date] | None
    ) -> OfficialMatch | None:
        """The first later snapshot of the actor's list that says otherwise, if any."""
        if not event.entities or span is None or event.actor is None:
            return None
        due = (span[1] + self.window).isoformat()
        for source, actor in SOURCES.items():
            later = [
                s for s in self.history.get(source, []) if actor == event.actor and s.as_of > due
            ]
            if not later:
                continue
            snapshot = later[0]
            hits = [h for name in event.entities for h in self._index(snapshot).search(
                ScreenQuery(name), self.threshold, 1)]  # fmt: skip
            hit = max(hits, key=lambda h: h.score, default=None)
            eased = event.type == EventType.SANCTIONS_EASED
            if eased and hit is not None:
                return OfficialMatch(
                    event_key=event.key, status=Corroboration.CONTRADICTED, source=source,
                    entry_id=hit.entry.entry_id, snapshot_date=snapshot.as_of, score=hit.score,
                    reasons=["still listed", *hit.reasons],
                )  # fmt: skip
            if not eased and hit is None:
                return OfficialMatch(
                    event_key=event.key, status=Corroboration.CONTRADICTED, source=source,
                    snapshot_date=snapshot.as_of, reasons=["not listed"],
                )  # fmt: skip
        return None

    def _index(self, snapshot: ListSnapshot) -> ScreenIndex:
        if snapshot.id not in self._indexes:
            self._indexes[snapshot.id] = ScreenIndex(entries(self.store, snapshot))
        return self._indexes[snapshot.id]


def _agree(news: str | None, official: str | None) -> bool:
    return news is None or official is None or news.upper() == official.upper()


def corroborate(
    store: Store, window_days: int = DEFAULT_WINDOW_DAYS, threshold: float = DEFAULT_THRESHOLD
) -> list[OfficialMatch]:
    """Corroborate every news sanctions event of the store and store the results."""
    judge = Corroborator(store, window_days, threshold)
    news = [e for e in store.view().events() if not e.official and e.type in SANCTIONS]
    matches = [judge(event) for event in news]
    save_corroborations(store, matches)
    log.info("corroborated %d news sanctions events", len(matches))
    return matches


def with_corroboration(store: Store, events: Sequence[StoredEvent]) -> list[StoredEvent]:
    """The events with their stored corroboration attached (news sanctions events only)."""
    stored = stored_corroborations(store, {e.key for e in events})
    return [
        e.model_copy(update={"corroboration": stored[e.key]}) if e.key in stored else e
        for e in events
    ]

"""CAMEO and PLOVER codes for each event type (DOMAIN notes: CAMEO 0.7b5; PLOVER as used by POLECAT)."""

from __future__ import annotations

from detente.model import EventType

CODES: dict[EventType, tuple[str, str]] = {
    EventType.RELEASE: ("0841", "RETREAT/release"),
    EventType.SANCTIONS_EASED: ("085", "RETREAT/ease"),
    EventType.SANCTIONS_IMPOSED: ("163", "SANCTION"),
}
"""Event type → (CAMEO code, PLOVER category/mode)."""


def run(event_type: EventType) -> tuple[str, str]:
    """The (CAMEO, PLOVER) codes of an event type."""
    return CODES[event_type]

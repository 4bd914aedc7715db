"""Export to FollowTheMoney JSON lines: listed entities, their sanctions, and sanctions events.

Every entry of the latest snapshots (delisted ones included) becomes a ``Person``,
``Organization``, ``Vessel`` or ``Airplane`` with a ``Sanction`` whose ``startDate`` is the listing
(the official ``sanctions_imposed`` event of the record, else the publisher's listing date) and
whose ``endDate`` is the delisting. Every news sanctions event that names entities becomes a
``Sanction`` too: linked to the listed entity its corroboration found, else to a ``LegalEntity``
made from the name. Countries are ISO alpha-2 in lower case, as FtM writes them.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Iterator
from typing import IO, Any

import pycountry

from detente.lists.corroborate import with_corroboration
from detente.lists.snapshots import latest_entries
from detente.model import EntryType, EventType, ListEntry, StoredEvent
from detente.store import Store

log = logging.getLogger(__name__)

PREFIX = "detente"
SCHEMATA = {
    EntryType.PERSON: "Person",
    EntryType.ORGANIZATION: "Organization",
    EntryType.VESSEL: "Vessel",
    EntryType.AIRCRAFT: "Airplane",
    EntryType.OTHER: "LegalEntity",
}
AUTHORITIES = {
    "ofac": "US Office of Foreign Assets Control",
    "eu": "Council of the European Union",
    "un": "United Nations Security Council",
    "uk": "UK Office of Financial Sanctions Implementation",
    "ftm": "OpenSanctions",
}
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def make_id(*parts: str) -> str:
    """An FtM entity id from parts: ``detente-ofac-90002``; unsafe characters become ``-``."""
    return "-".join([PREFIX, *(_ID_UNSAFE.sub("-", p).strip("-") for p in parts)])


def alpha2(code: str | None) -> str | None:
    """ISO alpha-2 (lower case) of an alpha-3 code; None for blocs and unknown codes."""
    found = pycountry.countries.get(alpha_3=code.upper()) if code and len(code) == 3 else None
    return found.alpha_2.lower() if found else None


def _entity(schema: str, entity_id: str, props: dict[str, list[str]]) -> dict[str, Any]:
    clean = {k: list(dict.fromkeys(v for v in values if v)) for k, values in props.items()}
    return {"id": entity_id, "schema": schema, "properties": {k: v for k, v in clean.items() if v}}


def entry_entity(entry: ListEntry) -> dict[str, Any]:
    """The FtM entity of a list entry."""
    schema = SCHEMATA[EntryType(entry.type)]
    props = {
        "name": [entry.name], "alias": entry.aliases,
        "country": [c for c in map(alpha2, entry.countries) if c],
        "notes": [entry.remarks or ""],
        "topics": ["sanction"] if entry.delisted_on is None else [],
    }  # fmt: skip
    if schema == "Person":
        props["birthDate"] = entry.birth_dates
    if schema in ("Person", "Organization", "LegalEntity"):
        props["idNumber"] = [i.value for i in entry.identifiers]
    return _entity(schema, make_id(entry.source, entry.entry_id), props)


def entry_sanction(entry: ListEntry, start: str | None, end: str | None) -> dict[str, Any]:
    """The FtM ``Sanction`` of a list entry, from ``start`` (listing) to ``end`` (delisting)."""
    return _entity("Sanction", make_id(entry.source, entry.entry_id, "sanction"), {
        "entity": [make_id(entry.source, entry.entry_id)],
        "authority": [AUTHORITIES.get(entry.source, entry.source)],
        "authorityId": [entry.entry_id], "program": entry.programmes,
        "listingDate": [entry.listed_on or ""], "startDate": [start or entry.listed_on or ""],
        "endDate": [end or entry.delisted_on or ""],
        "status": ["active" if (end or entry.delisted_on) is None else "ended"],
    })  # fmt: skip


def event_records(event: StoredEvent) -> list[dict[str, Any]]:
    """A news sanctions event as a ``Sanction`` and the ``LegalEntity`` records it needs."""
    match = event.corroboration
    linked = match is not None and match.status == "confirmed" and match.entry_id is not None
    records, targets = [], []
    if linked and match is not None:
        targets.append(make_id(str(match.source), str(match.entry_id)))
    else:
        for name in event.entities:
            digest = hashlib.sha256(name.strip().lower().encode("utf-8")).hexdigest()[:16]
            targets.append(make_id("name", digest))
            records.append(_entity("LegalEntity", targets[-1], {
                "name": [name], "country": [alpha2(event.target) or ""],
            }))  # fmt: skip
    date = event.date or ""
    eased = event.type == EventType.SANCTIONS_EASED
    records.append(_entity("Sanction", make_id("event", event.key), {
        "entity": targets, "country": [alpha2(event.actor) or ""],
        "startDate": ["" if eased else date], "endDate": [date if eased else ""],
        "program": event.programmes, "provisions": event.sectors,
        "status": [str(match.status) if match else ""],
        "summary": [event.evidence[0].text if event.evidence else ""],
        "sourceUrl": [event.document.source if event.document.source.startswith("http") else ""],
        "publisher": [event.document.title or ""],
    }))  # fmt: skip
    return records


def _official_dates(events: list[StoredEvent]) -> dict[str, tuple[str | None, str | None]]:
    """Record → (date listed, date delisted) from the official events (latest of each)."""
    dates: dict[str, tuple[str | None, str | None]] = {}
    for event in events:
        if not event.official or not event.record:
            continue
        start, end = dates.get(event.record, (None, None))
        if event.type == EventType.SANCTIONS_IMPOSED:
            start = max(filter(None, (start, event.date)), default=None)
        else:
            end = max(filter(None, (end, event.date)), default=None)
        dates[event.record] = (start, end)
    return dates


def export_ftm(store: Store) -> Iterator[dict[str, Any]]:
    """Every FtM record of the store: listed entities, their sanctions, news sanctions events."""
    events = store.view().events()
    dates = _official_dates(events)
    for entry in latest_entries(store, None, include_delisted=True):
        start, end = dates.get(f"{entry.source}:{entry.entry_id}", (None, None))
        if end and start and end < start:  # delisted, then listed again
            end = None
        yield entry_entity(entry)
        yield entry_sanction(entry, start, end if entry.delisted_on else None)
    news = [e for e in events if not e.official and e.type != EventType.RELEASE]
    skipped = 0
    for event in with_corroboration(store, news):
        if not event.entities:
            skipped += 1
            continue
        yield from event_records(event)
    if skipped:
        log.info("%d sanctions events name no entity: not exported (FtM needs one)", skipped)


def write_ftm(store: Store, out: IO[str]) -> int:
    """Write the export as JSON lines; return the number of records."""
    count = 0
    for record in export_ftm(store):
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
        count += 1
    return count

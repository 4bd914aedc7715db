"""FollowTheMoney entities as JSON lines (OpenSanctions ``entities.ftm.json``).

Two passes over the file keep memory flat: the first collects each listed entity's ``Sanction``
records (programme, dates), the second maps ``Person``, ``Organization``, ``Company``,
``LegalEntity`` (and ``Vessel``, ``Airplane``) entities to entries. An entity whose sanctions all
have an ``endDate`` gets ``delisted_on`` (OpenSanctions keeps ended listings).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from detente.errors import E_LIST_ROW, InputError
from detente.lists.common import Meta, iso_date, unique
from detente.lists.countries import countries
from detente.model import EntryType, Identifier, ListEntry

log = logging.getLogger(__name__)

SOURCE = "ftm"
SCHEMATA = {
    "Person": EntryType.PERSON,
    "Organization": EntryType.ORGANIZATION,
    "Company": EntryType.ORGANIZATION,
    "LegalEntity": EntryType.ORGANIZATION,
    "PublicBody": EntryType.ORGANIZATION,
    "Vessel": EntryType.VESSEL,
    "Airplane": EntryType.AIRCRAFT,
}
ALIAS_PROPS = ("alias", "weakAlias", "previousName")
COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "flag")
ID_PROPS = (
    "registrationNumber", "idNumber", "passportNumber", "imoNumber", "taxNumber", "innCode",
    "ogrnCode", "swiftBic", "leiCode",
)  # fmt: skip


@dataclass
class _Sanctions:
    programmes: list[str] = field(default_factory=list)
    starts: list[str] = field(default_factory=list)
    ends: list[str] = field(default_factory=list)
    open: bool = False


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8", errors="replace") as handle:
        for line_no, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                problem = f"invalid JSON ({exc.msg} at column {exc.colno})"
                raise InputError(
                    str(path), E_LIST_ROW.format(line=line_no, problem=problem)
                ) from None
            if not isinstance(record, dict) or not record.get("id") or not record.get("schema"):
                problem = "not a FollowTheMoney entity (needs id and schema)"
                raise InputError(str(path), E_LIST_ROW.format(line=line_no, problem=problem))
            yield line_no, record


def _props(record: dict[str, Any], name: str) -> list[str]:
    values = (record.get("properties") or {}).get(name) or []
    return [str(v) for v in values if isinstance(v, str | int)]


def _sanctions(path: Path) -> dict[str, _Sanctions]:
    found: dict[str, _Sanctions] = {}
    for _line, record in _records(path):
        if record["schema"] != "Sanction":
            continue
        for entity_id in _props(record, "entity"):
            item = found.setdefault(entity_id, _Sanctions())
            item.programmes += _props(record, "program") or _props(record, "programId")
            item.starts += _props(record, "listingDate") + _props(record, "startDate")
            ends = _props(record, "endDate")
            item.ends += ends
            item.open = item.open or not ends
    return found


def read_ftm(path: Path, meta: Meta) -> Iterator[ListEntry]:
    """Listed entities of a FollowTheMoney JSON lines file."""
    sanctions = _sanctions(path)
    for _line, record in _records(path):
        kind = SCHEMATA.get(record["schema"])
        listed = sanctions.get(record["id"])
        if kind is None or (listed is None and not record.get("target")):
            continue
        names = unique(_props(record, "name"))
        if not names:
            continue
        listed = listed or _Sanctions(open=True)
        starts = sorted(filter(None, (iso_date(d) for d in listed.starts)))
        ends = sorted(filter(None, (iso_date(d) for d in listed.ends)))
        yield ListEntry(
            source=SOURCE, entry_id=record["id"], type=kind, name=names[0],
            aliases=unique([*names[1:], *(v for p in ALIAS_PROPS for v in _props(record, p))]),
            programmes=sorted(unique(listed.programmes)),
            countries=countries(v for p in COUNTRY_PROPS for v in _props(record, p)),
            identifiers=[Identifier(type=p, value=v) for p in ID_PROPS for v in _props(record, p)],
            birth_dates=unique(iso_date(d) for d in _props(record, "birthDate")),
            listed_on=starts[0] if starts else iso_date(record.get("first_seen")),
            delisted_on=ends[-1] if ends and not listed.open else None,
            remarks=" ".join(_props(record, "notes")) or None,
        )  # fmt: skip

"""UK consolidated list of financial sanctions targets (OFSI ``ConList.csv``, 2022 format).

The file starts with a ``Last Updated,DD/MM/YYYY`` line, then a header row; each further row is
one name of a target, rows of one target share its ``Group ID``.
"""

from __future__ import annotations

import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import E_LIST_ROW, InputError
from detente.lists.common import Meta, iso_date, unique
from detente.lists.countries import countries
from detente.model import EntryType, Identifier, ListEntry

log = logging.getLogger(__name__)

SOURCE = "uk"
GROUP_TYPES = {
    "individual": EntryType.PERSON,
    "entity": EntryType.ORGANIZATION,
    "ship": EntryType.VESSEL,
}
NAME_COLUMNS = ("Name 1", "Name 2", "Name 3", "Name 4", "Name 5", "Name 6")
REQUIRED = ("Group ID", "Name 6", "Group Type", "Regime")
PRIMARY = "primary name"
UK_DATE = ["%d/%m/%Y"]


@dataclass
class _Group:
    line: int
    kind: EntryType
    names: list[str] = field(default_factory=list)
    primary: str | None = None
    regimes: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    births: list[str] = field(default_factory=list)
    ids: list[Identifier] = field(default_factory=list)
    listed_on: str | None = None
    remarks: str | None = None


def _name(row: dict[str, str]) -> str:
    # Name 6 is the surname (or the whole name of an entity); Names 1-5 are the given names.
    given = " ".join(row.get(c, "").strip() for c in NAME_COLUMNS[:5] if row.get(c, "").strip())
    last = row.get("Name 6", "").strip()
    return f"{last}, {given}" if last and given else last or given


def _add(group: _Group, row: dict[str, str]) -> None:
    name = _name(row)
    if (row.get("Alias Type") or "").strip().lower() == PRIMARY and group.primary is None:
        group.primary = name
    group.names.append(name)
    group.names.append(row.get("Name Non-Latin Script", ""))
    group.regimes.append(row.get("Regime", ""))
    group.places += [row.get("Country", ""), row.get("Nationality", "")]
    group.births.append(iso_date(row.get("DOB", "").replace("dd/", "").replace("mm/", "")) or "")
    passport = row.get("Passport Number", "").strip()
    if passport:
        group.ids.append(Identifier(type="Passport", value=passport))
    group.listed_on = group.listed_on or iso_date(row.get("Listed On"), UK_DATE)
    group.remarks = group.remarks or row.get("Other Information", "").strip() or None


def read_uk(path: Path, meta: Meta) -> Iterator[ListEntry]:
    """Entries of an OFSI ConList.csv file, one per Group ID.

    Two streaming passes keep memory flat however large the file: the first checks every row and
    notes the line of each group's last row; the second gathers a group's rows and yields its entry
    at that line. Only groups whose rows are still to come are held (one, in a file sorted by group).
    """
    last_line = {group_id: line for line, group_id, _kind, _row in _records(path, meta)}
    pending: dict[str, _Group] = {}
    for line, group_id, kind, record in _records(path, meta):
        _add(pending.setdefault(group_id, _Group(line, kind)), record)
        if last_line[group_id] == line:
            yield _entry(group_id, pending.pop(group_id))


def _records(path: Path, meta: Meta) -> Iterator[tuple[int, str, EntryType, dict[str, str]]]:
    """(line, Group ID, group type, row by column) of every row; InputError naming a bad line."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = _header(path, reader, meta)
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                record = dict(zip(header, row, strict=False))
                group_id = record.get("Group ID", "").strip()
                kind = GROUP_TYPES.get(record.get("Group Type", "").strip().lower())
                if not group_id.isdigit() or kind is None or len(row) != len(header):
                    problem = f"bad row (Group ID {group_id!r}, {len(row)} of {len(header)} fields)"
                    raise InputError(
                        str(path), E_LIST_ROW.format(line=reader.line_num, problem=problem)
                    )
                yield reader.line_num, group_id, kind, record
        except csv.Error as exc:
            raise InputError(
                str(path), E_LIST_ROW.format(line=reader.line_num, problem=exc)
            ) from None


def _entry(group_id: str, group: _Group) -> ListEntry:
    names = unique(group.names)
    name = group.primary or names[0]
    return ListEntry(
        source=SOURCE, entry_id=group_id, type=group.kind, name=name,
        aliases=[n for n in names if n != name], programmes=sorted(unique(group.regimes)),
        countries=countries(list(group.places)), identifiers=group.ids,
        birth_dates=unique(group.births), listed_on=group.listed_on, remarks=group.remarks,
    )  # fmt: skip


def _header(path: Path, reader: csv.Reader, meta: Meta) -> list[str]:  # type: ignore[name-defined]
    """Skip the ``Last Updated`` line (taking its date) and return the column names."""
    for row in reader:
        if not row:
            continue
        if row[0].strip().lower() == "last updated" and len(row) > 1:
            meta.as_of = iso_date(row[1], UK_DATE)
            continue
        header = [cell.strip() for cell in row]
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            problem = "not an OFSI consolidated list header (no column " + ", ".join(missing) + ")"
            raise InputError(str(path), E_LIST_ROW.format(line=reader.line_num, problem=problem))
        return header
    raise InputError(str(path), E_LIST_ROW.format(line=reader.line_num, problem="no header row"))

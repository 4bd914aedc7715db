"""OFAC SDN list readers: legacy XML (``sdn.xml``) and the legacy CSV set (``sdn.csv``…).

Both carry the same record ids (``uid`` = ``ent_num``). Person names are written OFAC's way,
``LAST, First``, in both, so snapshots read from either compare cleanly.
"""

from __future__ import annotations

import csv
import logging
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from detente.errors import E_LIST_ROW, InputError
from detente.lists.common import Meta, iso_date, iter_xml, local, record_error, text, texts, unique
from detente.lists.countries import countries, to_alpha3
from detente.model import EntryType, Identifier, ListEntry

log = logging.getLogger(__name__)

SOURCE = "ofac"
TYPES = {
    "individual": EntryType.PERSON,
    "entity": EntryType.ORGANIZATION,
    "vessel": EntryType.VESSEL,
    "aircraft": EntryType.AIRCRAFT,
}
CSV_NULL = "-0-"
SDN_FIELDS = 12  # ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT,
#                  Vess_flag, Vess_owner, Remarks
ADD_FIELDS = 6  # ent_num, Add_num, Address, City/State/Province/Postal Code, Country, Add_remarks
ALT_FIELDS = 5  # ent_num, alt_num, alt_type, alt_name, alt_remarks
CSV_EOF = "\x1a"  # OFAC ends its CSV files with a DOS end-of-file character
_PROGRAMS = re.compile(r"\]\s*\[")
_REMARK_DOB = re.compile(r"\bDOB ([^;]+)")
_REMARK_NATIONALITY = re.compile(r"\b(?:nationality|citizen) ([A-Za-z ,'-]+?)(?:;|\.|$)")


def person_name(last: str | None, first: str | None) -> str:
    """OFAC's form of a person's name: ``LAST, First`` (or whichever part exists)."""
    return ", ".join(part for part in (last, first) if part)


# --- sdn.xml ------------------------------------------------------------------------------


def read_sdn_xml(path: Path, meta: Meta) -> Iterator[ListEntry]:
    """Entries of an OFAC ``sdn.xml`` file (root ``sdnList``)."""
    for el in iter_xml(path, "sdnList", ("publshInformation", "sdnEntry"), "an OFAC sdn.xml file"):
        if local(el) == "publshInformation":
            meta.as_of = iso_date(text(el, "Publish_Date"), ["%m/%d/%Y"])
            continue
        yield _sdn_entry(path, el)


def _sdn_entry(path: Path, el: etree._Element) -> ListEntry:
    uid = text(el, "uid")
    last = text(el, "lastName")
    if not uid or not last:
        missing = "uid" if not uid else "lastName"
        raise record_error(path, el, uid or "?", f"missing <{missing}>")
    kind = TYPES.get((text(el, "sdnType") or "").lower())
    if kind is None:
        raise record_error(path, el, uid, f"unknown sdnType {text(el, 'sdnType')!r}")
    aliases = [
        person_name(text(aka, "lastName"), text(aka, "firstName"))
        for aka in el.iterfind("{*}akaList/{*}aka")
    ]
    places = [
        *texts(el, "addressList/address/country"),
        *texts(el, "nationalityList/nationality/country"),
        *texts(el, "citizenshipList/citizenship/country"),
        text(el, "vesselInfo/vesselFlag"),
    ]
    identifiers = [
        Identifier(
            type=text(item, "idType") or "id",
            value=text(item, "idNumber") or "",
            country=to_alpha3(text(item, "idCountry")),
        )
        for item in el.iterfind("{*}idList/{*}id")
        if text(item, "idNumber")
    ]
    births = [iso_date(d) for d in texts(el, "dateOfBirthList/dateOfBirthItem/dateOfBirth")]
    return ListEntry(
        source=SOURCE,
        entry_id=uid,
        type=kind,
        name=person_name(last, text(el, "firstName")),
        aliases=unique(aliases),
        programmes=sorted(unique(texts(el, "programList/program"))),
        countries=countries(places),
        identifiers=identifiers,
        birth_dates=unique(births),
        remarks=text(el, "remarks"),
    )


# --- legacy CSV ---------------------------------------------------------------------------


def _sibling(path: Path, name: str) -> Path | None:
    for candidate in path.parent.iterdir():
        if candidate.name.lower() == name:
            return candidate
    return None


def _rows(path: Path, width: int) -> Iterator[tuple[int, list[str | None]]]:
    """(line, fields with ``-0-`` as None) of an OFAC CSV file; wrong widths are errors."""
    with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
        reader = csv.reader(handle)
        try:
            for row in reader:
                if not row or row == [CSV_EOF] or all(not cell.strip() for cell in row):
                    continue
                if len(row) != width:
                    problem = f"expected {width} fields, found {len(row)}"
                    raise InputError(
                        str(path), E_LIST_ROW.format(line=reader.line_num, problem=problem)
                    )
                cells = [cell.strip() for cell in row]
                yield reader.line_num, [None if c in ("", CSV_NULL) else c for c in cells]
        except csv.Error as exc:
            raise InputError(
                str(path), E_LIST_ROW.format(line=reader.line_num, problem=exc)
            ) from None


def _ent_num(path: Path, line: int, value: str | None) -> str:
    if not value or not value.isdigit():
        problem = f"ent_num {value!r} is not a number"
        raise InputError(str(path), E_LIST_ROW.format(line=line, problem=problem))
    return value


def _side_tables(path: Path) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """Aliases (alt.csv) and address countries (add.csv) by ent_num; absent files are empty."""
    aliases: dict[str, list[str]] = defaultdict(list)
    places: dict[str, list[str]] = defaultdict(list)
    alt = _sibling(path, "alt.csv")
    if alt is not None:
        for line, row in _rows(alt, ALT_FIELDS):
            if row[3]:
                aliases[_ent_num(alt, line, row[0])].append(row[3])
    add = _sibling(path, "add.csv")
    if add is not None:
        for line, row in _rows(add, ADD_FIELDS):
            if row[4]:
                places[_ent_num(add, line, row[0])].append(row[4])
    return aliases, places


def read_sdn_csv(path: Path, meta: Meta) -> Iterator[ListEntry]:
    """Entries of OFAC's ``sdn.csv``, joined with ``alt.csv`` and ``add.csv`` next to it."""
    aliases, places = _side_tables(path)
    for line, row in _rows(path, SDN_FIELDS):
        ent_num = _ent_num(path, line, row[0])
        name, kind, remarks = row[1], (row[2] or "entity").lower(), row[11]
        if not name:
            raise InputError(str(path), E_LIST_ROW.format(line=line, problem="no SDN_Name"))
        if kind not in TYPES:
            problem = f"unknown SDN_Type {row[2]!r}"
            raise InputError(str(path), E_LIST_ROW.format(line=line, problem=problem))
        from_remarks = _REMARK_NATIONALITY.findall(remarks or "")
        yield ListEntry(
            source=SOURCE,
            entry_id=ent_num,
            type=TYPES[kind],
            name=name,
            aliases=unique(aliases.get(ent_num, [])),
            programmes=sorted(unique(_PROGRAMS.split((row[3] or "").strip("[] ")))),
            countries=countries([*places.get(ent_num, []), *from_remarks, row[9]]),
            birth_dates=unique(iso_date(d) for d in _REMARK_DOB.findall(remarks or "")),
            remarks=remarks,
        )

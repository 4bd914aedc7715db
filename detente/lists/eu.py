"""EU consolidated financial sanctions list (FSF XML, ``export/sanctionEntity``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from detente.lists.common import Meta, iso_date, iter_xml, record_error, unique
from detente.lists.countries import countries, to_alpha3
from detente.model import EntryType, Identifier, ListEntry

log = logging.getLogger(__name__)

SOURCE = "eu"
SUBJECT_TYPES = {"person": EntryType.PERSON, "enterprise": EntryType.ORGANIZATION}


def read_eu(path: Path, meta: Meta) -> Iterator[ListEntry]:
    """Entries of an EU FSF XML file; ``generationDate`` of the root is the date."""
    for el in iter_xml(path, "export", ("sanctionEntity",), "an EU consolidated list XML file"):
        if meta.as_of is None:
            root = el.getroottree().getroot()
            meta.as_of = iso_date(root.get("generationDate"))
        yield _entry(path, el)


def _entry(path: Path, el: etree._Element) -> ListEntry:
    entry_id = el.get("euReferenceNumber") or el.get("logicalId")
    if not entry_id:
        raise record_error(path, el, "?", "no euReferenceNumber or logicalId")
    subject = el.find("{*}subjectType")
    code = subject.get("code") if subject is not None else None
    names = unique(n.get("wholeName") for n in el.iterfind("{*}nameAlias"))
    if not names:
        raise record_error(path, el, entry_id, "no nameAlias with a wholeName")
    places = [
        n.get("countryIso2Code") or n.get("countryDescription")
        for tag in ("address", "citizenship", "birthdate")
        for n in el.iterfind(f"{{*}}{tag}")
    ]
    identifiers = [
        Identifier(
            type=n.get("identificationTypeDescription") or n.get("identificationTypeCode") or "id",
            value=n.get("number") or n.get("latinNumber") or "",
            country=to_alpha3(n.get("countryIso2Code")),
        )
        for n in el.iterfind("{*}identification")
        if n.get("number") or n.get("latinNumber")
    ]
    births = [
        iso_date(n.get("birthdate")) or iso_date(n.get("year")) for n in el.iterfind("{*}birthdate")
    ]
    remark = el.findtext("{*}remark")
    return ListEntry(
        source=SOURCE,
        entry_id=entry_id,
        type=SUBJECT_TYPES.get(code or "", EntryType.OTHER),
        name=names[0],
        aliases=names[1:],
        programmes=sorted(unique(r.get("programme") for r in el.iterfind("{*}regulation"))),
        countries=countries(places),
        identifiers=identifiers,
        birth_dates=unique(births),
        listed_on=iso_date(el.get("designationDate")),
        remarks=remark.strip() if remark and remark.strip() else None,
    )

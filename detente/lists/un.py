"""UN Security Council consolidated list (XML, ``CONSOLIDATED_LIST/INDIVIDUALS|ENTITIES``)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

from lxml import etree

from detente.lists.common import Meta, iso_date, iter_xml, local, record_error, text, texts, unique
from detente.lists.countries import countries, to_alpha3
from detente.model import EntryType, Identifier, ListEntry

log = logging.getLogger(__name__)

SOURCE = "un"
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def read_un(path: Path, meta: Meta) -> Iterator[ListEntry]:
    """Entries of a UN consolidated list file; ``dateGenerated`` of the root is the date."""
    kind = "a UN consolidated list XML file"
    for el in iter_xml(path, "CONSOLIDATED_LIST", ("INDIVIDUAL", "ENTITY"), kind):
        if meta.as_of is None:
            meta.as_of = iso_date(el.getroottree().getroot().get("dateGenerated"))
        yield _entry(path, el)


def _entry(path: Path, el: etree._Element) -> ListEntry:
    person = local(el) == "INDIVIDUAL"
    prefix = "INDIVIDUAL" if person else "ENTITY"
    entry_id = text(el, "DATAID")
    name = " ".join(part for part in (text(el, p) for p in NAME_PARTS) if part)
    if not entry_id or not name:
        raise record_error(path, el, entry_id or "?", "missing DATAID or FIRST_NAME")
    aliases = [
        alias.strip()
        for node in el.iterfind(f"{prefix}_ALIAS")
        for alias in (text(node, "ALIAS_NAME") or "").split("; ")
        if alias.strip()
    ]
    places = [
        *texts(el, "NATIONALITY/VALUE"),
        *texts(el, f"{prefix}_ADDRESS/COUNTRY"),
        *texts(el, "INDIVIDUAL_PLACE_OF_BIRTH/COUNTRY"),
    ]
    identifiers = [
        Identifier(
            type=text(doc, "TYPE_OF_DOCUMENT") or "id",
            value=text(doc, "NUMBER") or "",
            country=to_alpha3(text(doc, "ISSUING_COUNTRY")),
        )
        for doc in el.iterfind("INDIVIDUAL_DOCUMENT")
        if text(doc, "NUMBER")
    ]
    reference = text(el, "REFERENCE_NUMBER")
    if reference:
        identifiers.append(Identifier(type="UN reference", value=reference))
    births = [
        iso_date(text(dob, "DATE")) or iso_date(text(dob, "YEAR"))
        for dob in el.iterfind("INDIVIDUAL_DATE_OF_BIRTH")
    ]
    return ListEntry(
        source=SOURCE,
        entry_id=entry_id,
        type=EntryType.PERSON if person else EntryType.ORGANIZATION,
        name=name,
        aliases=unique([*aliases, text(el, "NAME_ORIGINAL_SCRIPT")]),
        programmes=unique([text(el, "UN_LIST_TYPE")]),
        countries=countries(places),
        identifiers=identifiers,
        birth_dates=unique(births),
        listed_on=iso_date(text(el, "LISTED_ON")),
        remarks=text(el, "COMMENTS1"),
    )

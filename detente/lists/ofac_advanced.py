"""OFAC advanced sanctions data (``sdn_advanced.xml``), read in two streaming passes.

Pass one keeps the small lookup sections (ReferenceValueSets, Locations, IDRegDocuments,
SanctionsEntries) as compact maps; pass two streams DistinctParties into entries. Record ids are
the DistinctParty ``FixedRef``, the same number as ``uid`` in ``sdn.xml``.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from detente.lists.common import Meta, from_parts, iter_xml, local, record_error, text, unique
from detente.lists.countries import to_alpha3
from detente.lists.ofac import SOURCE, person_name
from detente.model import EntryType, Identifier, ListEntry

log = logging.getLogger(__name__)

ROOT = "Sanctions"
KIND = "an OFAC sdn_advanced.xml file"
TYPES = {
    "Individual": EntryType.PERSON,
    "Entity": EntryType.ORGANIZATION,
    "Vessel": EntryType.VESSEL,
    "Aircraft": EntryType.AIRCRAFT,
}
COUNTRY_FEATURES = ("Nationality Country", "Citizenship Country", "Location", "Vessel Flag")


@dataclass
class _Lookups:
    refs: dict[tuple[str, str], tuple[str | None, dict[str, str]]] = field(default_factory=dict)
    """(value set, ID) → (text, attributes) of every reference value."""
    locations: dict[str, list[str]] = field(default_factory=dict)
    documents: dict[str, list[Identifier]] = field(default_factory=lambda: defaultdict(list))
    programmes: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    listed: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))

    def ref(self, kind: str, ref_id: str | None) -> str | None:
        value = self.refs.get((kind, ref_id or ""), (None, {}))[0]
        return value.strip() if value else None

    def attr(self, kind: str, ref_id: str | None, name: str) -> str | None:
        return self.refs.get((kind, ref_id or ""), (None, {}))[1].get(name)

    def country(self, ref_id: str | None) -> str | None:
        return to_alpha3(self.attr("Country", ref_id, "ISO2")) or to_alpha3(
            self.ref("Country", ref_id)
        )


def _date(el: etree._Element | None) -> str | None:
    if el is None:
        return None
    return from_parts(text(el, "Year"), text(el, "Month"), text(el, "Day"))


def _first_pass(path: Path, meta: Meta) -> _Lookups:
    found = _Lookups()
    tags = ("DateOfIssue", "ReferenceValueSets", "Location", "IDRegDocument", "SanctionsEntry")
    for el in iter_xml(path, ROOT, tags, KIND):
        name = local(el)
        if name == "DateOfIssue":
            meta.as_of = _date(el)
        elif name == "ReferenceValueSets":
            found.refs = {
                (local(v), v.get("ID") or ""): (
                    v.text,
                    {str(k): str(a) for k, a in v.attrib.items()},
                )
                for group in el
                for v in group
            }
        elif name == "Location":
            codes = [found.country(c.get("CountryID")) for c in el.iterfind("{*}LocationCountry")]
            found.locations[el.get("ID") or ""] = [c for c in codes if c]
        elif name == "IDRegDocument":
            found.documents[el.get("IdentityID") or ""].append(
                Identifier(
                    type=found.ref("IDRegDocType", el.get("IDRegDocTypeID")) or "id",
                    value=text(el, "IDRegistrationNo") or "",
                    country=found.country(el.get("IssuedBy-CountryID")),
                )
            )
        else:
            _sanctions_entry(found, el)
    return found


def _sanctions_entry(found: _Lookups, el: etree._Element) -> None:
    profile = el.get("ProfileID") or ""
    for measure in el.iterfind("{*}SanctionsMeasure"):
        if found.ref("SanctionsType", measure.get("SanctionsTypeID")) == "Program":
            programme = text(measure, "Comment")
            if programme:
                found.programmes[profile].append(programme)
    for event in el.iterfind("{*}EntryEvent"):
        day = _date(event.find("{*}Date"))
        if day:
            found.listed[profile].append(day)


def read_advanced(path: Path, meta: Meta) -> Iterator[ListEntry]:
    """Entries of an OFAC advanced XML file."""
    found = _first_pass(path, meta)
    for el in iter_xml(path, ROOT, ("DistinctParty",), KIND):
        yield _party(path, found, el)


def _names(found: _Lookups, identity: etree._Element) -> tuple[list[str], list[str]]:
    """(primary names, other names) of an Identity."""
    groups = {
        g.get("ID"): found.ref("NamePartType", g.get("NamePartTypeID"))
        for g in identity.iterfind("{*}NamePartGroups/{*}MasterNamePartGroup/{*}NamePartGroup")
    }
    primary: list[str] = []
    other: list[str] = []
    for alias in identity.iterfind("{*}Alias"):
        for name in alias.iterfind("{*}DocumentedName"):
            parts: dict[str | None, list[str]] = defaultdict(list)
            for value in name.iterfind("{*}DocumentedNamePart/{*}NamePartValue"):
                if value.text:
                    parts[groups.get(value.get("NamePartGroupID"))].append(value.text.strip())
            last = " ".join(parts.pop("Last Name", []))
            given = " ".join(p for key in ("First Name", "Middle Name") for p in parts.pop(key, []))
            rest = " ".join(p for values in parts.values() for p in values)
            full = person_name(last, given) if last else " ".join(filter(None, (given, rest)))
            (primary if alias.get("Primary") == "true" else other).append(full)
    return primary, other


def _party(path: Path, found: _Lookups, party: etree._Element) -> ListEntry:
    profile = party.find("{*}Profile")
    identity = profile.find("{*}Identity") if profile is not None else None
    fixed = party.get("FixedRef") or "?"
    if profile is None or identity is None:
        raise record_error(path, party, fixed, "no Profile/Identity")
    subtype = profile.get("PartySubTypeID")
    label = found.ref("PartySubType", subtype)
    if label == "Unknown":
        label = found.ref("PartyType", found.attr("PartySubType", subtype, "PartyTypeID"))
    primary, other = _names(found, identity)
    if not primary:
        raise record_error(path, party, fixed, "no primary name")
    places: list[str] = []
    births: list[str | None] = []
    for feature in profile.iterfind("{*}Feature"):
        kind = found.ref("FeatureType", feature.get("FeatureTypeID")) or ""
        if kind in COUNTRY_FEATURES:
            for loc in feature.iterfind(".//{*}VersionLocation"):
                places += found.locations.get(loc.get("LocationID") or "", [])
        elif kind == "Birthdate":
            births.append(_date(feature.find(".//{*}DatePeriod/{*}Start/{*}From")))
    profile_id = profile.get("ID") or ""
    listed = sorted(found.listed.get(profile_id, []))
    return ListEntry(
        source=SOURCE, entry_id=fixed, type=TYPES.get(label or "", EntryType.OTHER),
        name=primary[0], aliases=unique([*primary[1:], *other]),
        programmes=sorted(unique(found.programmes.get(profile_id, []))),
        countries=unique(places), identifiers=found.documents.get(identity.get("ID") or "", []),
        birth_dates=unique(births), listed_on=listed[0] if listed else None,
        remarks=text(party, "Comment"),
    )  # fmt: skip

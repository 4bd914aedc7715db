"""Official sanctions lists: entries, snapshots, changes and matches (detente.lists)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from detente.model.core import _Model


class EntryType(StrEnum):
    """What a sanctions list entry designates."""

    PERSON = "person"
    ORGANIZATION = "organization"
    VESSEL = "vessel"
    AIRCRAFT = "aircraft"
    OTHER = "other"


class ChangeKind(StrEnum):
    """How an entry differs between two snapshots of one list."""

    ADDED = "added"
    REMOVED = "removed"
    AMENDED = "amended"


class Identifier(_Model):
    """An identifying document or number of a listed party (passport, IMO number, registration…)."""

    type: str
    """Kind of identifier, as the publisher names it (``Passport``, ``IMO``, ``Registration ID``)."""
    value: str
    """The number or code."""
    country: str | None = None
    """Alpha-3 code of the issuing country, when known."""


class ListEntry(_Model):
    """One record of an official sanctions list, as it stands in one snapshot."""

    source: str
    """The list: ``ofac``, ``eu``, ``un``, ``uk`` or ``ftm`` (see ``detente.lists.SOURCES``)."""
    entry_id: str
    """The publisher's record id (OFAC uid/ent_num, EU logicalId, UN DATAID, UK Group ID, FtM id)."""
    type: EntryType
    """person, organization, vessel, aircraft or other."""
    name: str
    """The primary name, as the publisher writes it."""
    aliases: list[str] = Field(default_factory=list)
    """Other names: a.k.a., f.k.a., transliterations, weak aliases (without the primary name)."""
    programmes: list[str] = Field(default_factory=list)
    """Sanctions programmes or regimes (``BELARUS-EO14038``, ``BLR``, ``Russia``…), sorted."""
    countries: list[str] = Field(default_factory=list)
    """Alpha-3 codes of countries linked to the entry (address, nationality, citizenship, flag)."""
    identifiers: list[Identifier] = Field(default_factory=list)
    """Identifying documents and numbers."""
    birth_dates: list[str] = Field(default_factory=list)
    """Persons: dates of birth (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``)."""
    listed_on: str | None = None
    """Date of listing (``YYYY-MM-DD``) when the publisher gives one."""
    delisted_on: str | None = None
    """Date the listing ended, for publishers that keep ended listings (FtM ``Sanction.endDate``).
    Official lists drop delisted parties instead; an entry with this date is not active."""
    remarks: str | None = None
    """The publisher's free-text remarks."""


class ListSnapshot(_Model):
    """One imported copy of a list, as published on a date."""

    id: int
    """Store-wide snapshot number."""
    source: str
    """The list (``ofac``, ``eu``…)."""
    format: str
    """The file format it was read from (``ofac-sdn``, ``ofac-csv``, ``ofac-adv``, ``eu``…)."""
    as_of: str
    """Publication date of the file (``YYYY-MM-DD``), from the file or ``--as-of``."""
    content_hash: str
    """SHA-256 of the imported file bytes: the same file is imported once."""
    entries: int
    """Number of entries."""
    origin: str | None = None
    """Path or URL the file was read from."""


class ListChange(_Model):
    """How one entry changed between two snapshots of one list."""

    source: str
    """The list."""
    entry_id: str
    """The record id."""
    kind: ChangeKind
    """added, removed or amended."""
    name: str
    """Primary name (after the change; before it for removals)."""
    type: EntryType
    """What the entry designates."""
    from_date: str
    """``as_of`` of the earlier snapshot."""
    to_date: str
    """``as_of`` of the later snapshot."""
    programmes: list[str] = Field(default_factory=list)
    """Programmes of the entry (after the change; before it for removals)."""
    countries: list[str] = Field(default_factory=list)
    """Countries of the entry."""
    listed_on: str | None = None
    """Listing date given by the publisher, if any."""
    programmes_added: list[str] = Field(default_factory=list)
    """Amended: programmes the entry gained."""
    programmes_removed: list[str] = Field(default_factory=list)
    """Amended: programmes the entry lost."""
    aliases_added: list[str] = Field(default_factory=list)
    """Amended: aliases the entry gained."""
    aliases_removed: list[str] = Field(default_factory=list)
    """Amended: aliases the entry lost."""
    name_before: str | None = None
    """Amended: the primary name before, when it changed."""


class ListDiff(_Model):
    """All changes of one list between two snapshots."""

    source: str
    """The list."""
    before: ListSnapshot
    """The earlier snapshot."""
    after: ListSnapshot
    """The later snapshot."""
    changes: list[ListChange] = Field(default_factory=list)
    """Added, removed and amended entries, by kind then entry id."""


class ScreenHit(_Model):
    """A list entry that may be the screened name, with its score and reasons."""

    query: str
    """The screened name as given."""
    entry: ListEntry
    """The candidate entry (from the latest snapshot that holds it)."""
    score: float = Field(ge=0.0, le=1.0)
    """Match score; candidates are ranked by it."""
    reasons: list[str] = Field(default_factory=list)
    """``exact name``, ``alias``, ``fuzzy``, ``country agreement``…"""
    matched_name: str | None = None
    """The name or alias of the entry that matched best."""
    active: bool = True
    """False when the entry is no longer listed (removed in a later snapshot, or ended)."""
    delisted_on: str | None = None
    """When the entry was delisted: the first snapshot without it, or its end date."""

"""Across sources: canonical events, deals, persons and timelines (detente.aggregate)."""

from __future__ import annotations

from pydantic import Field

from detente.model.core import CountQualifier, DocumentRef, Event, Evidence, Stock, _Model


class Mention(_Model):
    """One document-level event that reports a canonical event."""

    key: str
    """Store key of the event (``<document prefix>:<local id>``)."""
    document: DocumentRef
    """The document that reports it."""
    source_group: str
    """Near-duplicate group of the document: copies and light rewrites of one story share it."""
    date: str | None = None
    """The date this report gives."""
    count: int | None = None
    """The number this report gives."""
    count_qualifier: CountQualifier | None = None
    """Precision of ``count``."""
    persons: list[str] = Field(default_factory=list)
    """Named people, as spelled in this report."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Sentences of this report."""


class ReportedCount(_Model):
    """A number reported for a canonical event, with how many distinct sources report it."""

    count: int
    """The number."""
    count_qualifier: CountQualifier | None = None
    """Its precision."""
    sources: int
    """Distinct sources (near-duplicate groups) that report it."""


class CanonicalEventSummary(Event):
    """One real happening with its fields reconciled across reports, without the reports
    themselves (deal listings); :class:`CanonicalEvent` adds them."""

    count_sources: int = 0
    """Distinct sources that report the chosen ``count``."""
    also_reported: list[ReportedCount] = Field(default_factory=list)
    """Other numbers reported for this happening (disagreements are kept, not averaged)."""
    sources: int = 0
    """Distinct sources: documents, with near-duplicate copies counted once."""
    first_reported: str | None = None
    """Earliest publication date among the reports."""
    last_reported: str | None = None
    """Latest publication date among the reports."""


class CanonicalEvent(CanonicalEventSummary):
    """One real happening: its reports (mentions) across documents, with fields reconciled.

    ``id`` is the cluster id (the smallest event key among its mentions); ``count`` is chosen by
    the rule in docs/aggregate.md and the other reported numbers stay in ``also_reported``.
    """

    mentions: list[Mention] = Field(default_factory=list)
    """Every report, by publication date then key."""


class DealReport(_Model):
    """One document that presents a deal, with the sentences that do."""

    document: DocumentRef
    """The reporting document."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Sentences presenting the trade."""


class CanonicalDeal(_Model):
    """One real deal: canonical events traded for one another, however many articles report it."""

    id: str
    """``deal:`` plus the smallest canonical event id of the deal."""
    date: str | None = None
    """The latest date among its events (when the trade was completed)."""
    events: list[CanonicalEvent]
    """What each side gave."""
    sources: int = 0
    """Distinct sources reporting the trade (near-duplicates counted once)."""
    reports: list[DealReport] = Field(default_factory=list)
    """The documents presenting the trade, by publication date."""


class DealSummary(_Model):
    """A deal as listed (``/deals``, deal cards): what each side gave, reconciled, without the
    reports and their evidence (those are in the :class:`CanonicalDeal`, ``/deals/{id}``)."""

    id: str
    """``deal:`` plus the smallest canonical event id of the deal."""
    date: str | None = None
    """The latest date among its events (when the trade was completed)."""
    events: list[CanonicalEventSummary]
    """What each side gave, each with its reconciled fields and source counts."""
    sources: int = 0
    """Distinct sources reporting the trade (near-duplicates counted once)."""
    report_count: int = 0
    """Documents presenting the trade (``reports`` of the full deal)."""

    @classmethod
    def of(cls, deal: CanonicalDeal) -> DealSummary:
        """The summary of a full deal."""
        events = [
            CanonicalEventSummary.model_validate(e.model_dump(exclude={"mentions"}))
            for e in deal.events
        ]
        return cls(
            id=deal.id,
            date=deal.date,
            events=events,
            sources=deal.sources,
            report_count=len(deal.reports),
        )


class PersonRelease(_Model):
    """A release a person was part of."""

    event: str
    """Canonical event id."""
    actor: str | None = None
    """The releasing state."""
    date: str | None = None
    """Reconciled date of the release."""
    spellings: list[str] = Field(default_factory=list)
    """How the reports spell the person's name for this release."""
    sources: int = 0
    """Distinct sources that name the person in this release."""
    documents: list[DocumentRef] = Field(default_factory=list)
    """Those documents."""


class Person(_Model):
    """A named released person, resolved across spellings and transliterations."""

    id: str
    """Slug of the canonical name (``ales-bialiatski``)."""
    name: str
    """Canonical name: from the alias table, else the spelling most sources use."""
    spellings: list[str] = Field(default_factory=list)
    """Every spelling seen."""
    releases: list[PersonRelease] = Field(default_factory=list)
    """Every release the person was part of, by date."""


class TimelineRow(_Model):
    """One month (or, for events dated only to a year, one year) of a timeline."""

    period: str
    """``YYYY-MM``, or ``YYYY`` for events whose month is not known."""
    releases: int = 0
    """Canonical release events."""
    people_released: int = 0
    """Sum of their reconciled counts."""
    releases_without_count: int = 0
    """Releases with no known number of people (not in ``people_released``)."""
    sanctions_imposed: int = 0
    """Canonical sanctions_imposed events (renewals included)."""
    sanctions_eased: int = 0
    """Canonical sanctions_eased events."""
    stock: Stock | None = None
    """Latest estimate of people still held that refers to this period."""
    year_releases: int = 0
    """Running total of releases since the start of the year."""
    year_people_released: int = 0
    """Running total of people released since the start of the year."""


class Timeline(_Model):
    """Month-by-month releases, sanctions actions and stock estimates, with yearly running totals."""

    actor: str | None = None
    """Country the timeline is about (releases by it, sanctions by or on it, its stocks)."""
    rows: list[TimelineRow] = Field(default_factory=list)
    """Periods in order; months without anything are included between the first and the last."""

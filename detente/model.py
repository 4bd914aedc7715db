"""The data model: the only place where detente's record fields are declared.

Every object that crosses a module boundary (ingest → extract → store → CLI/API) is one of
these pydantic models. Their JSON form is the output contract published as
``detente/schema/analysis.schema.json``.
"""

from __future__ import annotations

import hashlib
from enum import StrEnum
from typing import Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator


class EventType(StrEnum):
    """What happened."""

    RELEASE = "release"
    SANCTIONS_IMPOSED = "sanctions_imposed"
    SANCTIONS_EASED = "sanctions_eased"


class CountQualifier(StrEnum):
    """How precise a reported number is."""

    EXACT = "exact"
    """A plain number: "123 prisoners"."""
    APPROX = "approx"
    """about, around, some, roughly, an estimated."""
    AT_LEAST = "at_least"
    """more than, over, at least, upwards of."""
    AT_MOST = "at_most"
    """nearly, almost, up to, fewer than, under."""


class Category(StrEnum):
    """Who was released, by the head noun of the released group."""

    POLITICAL_PRISONERS = "political_prisoners"
    FOREIGN_NATIONALS = "foreign_nationals"
    JOURNALISTS = "journalists"
    HOSTAGES = "hostages"
    DETAINEES = "detainees"
    OTHER = "other"


class Modality(StrEnum):
    """Whether a mention asserts that an act happened (only ASSERTED ones become events)."""

    ASSERTED = "asserted"
    DEMANDED = "demanded"
    PROPOSED = "proposed"
    CONSIDERED = "considered"
    THREATENED = "threatened"
    CONDITIONAL = "conditional"
    DENIED = "denied"
    HYPOTHETICAL = "hypothetical"


SECTORS: tuple[str, ...] = (
    "oil",
    "gas",
    "energy",
    "potash",
    "fertilizer",
    "aviation",
    "banking",
    "finance",
    "gold",
    "mining",
    "metals",
    "tobacco",
    "technology",
    "defense",
    "shipping",
    "timber",
    "petrochemicals",
    "agriculture",
)
"""The fixed sector vocabulary (see docs/annotation.md for which words map to which sector)."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", use_enum_values=True)


class Evidence(_Model):
    """A sentence of the document that supports a fact, with character offsets into the text."""

    text: str
    """The sentence, exactly as it stands in ``Document.text[start:end]``."""
    start: int = Field(ge=0)
    """Offset of the first character in the document text."""
    end: int = Field(ge=0)
    """Offset one past the last character."""


class Document(_Model):
    """One ingested article."""

    id: str
    """SHA-256 (hex) of the normalised text: the content id, identical for identical articles."""
    source: str
    """Where it came from: a path, a URL, ``-`` for stdin, or ``file.jsonl#3``."""
    title: str | None = None
    """Headline."""
    published: str | None = None
    """Publication date, ``YYYY-MM-DD``."""
    author: str | None = None
    """Byline, when the source gives one."""
    url: str | None = None
    """Original URL, when known."""
    text: str
    """The article body the offsets refer to (headline first when the source had one)."""

    @staticmethod
    def content_id(text: str) -> str:
        """The SHA-256 content id of an article text."""
        return hashlib.sha256(text.encode("utf-8")).hexdigest()


class DocumentRef(_Model):
    """The document header repeated in every analysis result."""

    id: str
    """Content id of the document."""
    source: str
    """Path, URL or stream name."""
    title: str | None = None
    """Headline."""
    published: str | None = None
    """Publication date, ``YYYY-MM-DD``."""


class Event(_Model):
    """A release or a sanctions action that the text asserts happened."""

    id: str
    """Document-local id, ``e1``, ``e2``… in order of first mention."""
    type: EventType
    """release, sanctions_imposed or sanctions_eased."""
    actor: str | None
    """ISO 3166-1 alpha-3 code (``EU``, ``UN`` for the blocs) of the state that acts."""
    target: str | None = None
    """Sanctions: the country whose economy or nationals are targeted. Releases: null."""
    count: int | None = None
    """Number of people released; null when unstated or vague ("dozens")."""
    count_qualifier: CountQualifier | None = None
    """Precision of ``count``; null exactly when ``count`` is null."""
    category: Category | None = None
    """Releases: who was freed. Sanctions: null."""
    persons: list[str] = Field(default_factory=list)
    """Releases: named people freed, as spelled in the text."""
    entities: list[str] = Field(default_factory=list)
    """Sanctions: named companies, bodies or people listed or delisted."""
    sectors: list[str] = Field(default_factory=list)
    """Sanctions: sectors from :data:`SECTORS`."""
    destination: str | None = None
    """Releases: country (alpha-3) where the freed people went; null if unstated or several."""
    date: str | None = None
    """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``, as precise as the text supports."""
    renewal: bool | None = None
    """Sanctions: true when existing sanctions are renewed or extended. Releases: null."""
    cameo: str | None = None
    """CAMEO code: 0841 release, 085 ease sanctions, 163 impose sanctions."""
    plover: str | None = None
    """PLOVER category and mode, e.g. ``RETREAT/release``, ``SANCTION``."""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    """How sure the extractor is, in [0, 1]."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Sentences that support this event."""
    official: bool = False
    """True for an event read from an official sanctions list (a diff of two snapshots)."""
    record: str | None = None
    """Official events: the list record, ``<list>:<entry id>`` (e.g. ``ofac:36114``)."""
    programmes: list[str] = Field(default_factory=list)
    """Official events: the sanctions programmes of the record (e.g. ``BELARUS-EO14038``)."""


class Exchange(_Model):
    """Events that the text presents as traded for one another (a deal or a swap)."""

    events: list[str] = Field(min_length=2)
    """Ids of the linked events (document-local)."""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    """How sure the extractor is, in [0, 1]."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Sentences that present the trade."""


class Stock(_Model):
    """An estimate of how many people remain held."""

    country: str | None
    """Alpha-3 code of the state holding them."""
    count: int | None
    """Estimated number still held."""
    count_qualifier: CountQualifier | None = None
    """Precision of ``count``."""
    source: str | None = None
    """Who gives the estimate ("Viasna", "rights groups"), as written."""
    as_of: str | None = None
    """Date the estimate refers to (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``)."""
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)
    """How sure the extractor is, in [0, 1]."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Sentences that give the estimate."""


class Analysis(_Model):
    """Everything detente extracted from one document: the output contract of ``analyze``."""

    document: DocumentRef
    """Which document."""
    events: list[Event] = Field(default_factory=list)
    """Releases and sanctions actions."""
    exchanges: list[Exchange] = Field(default_factory=list)
    """Trades between events."""
    stocks: list[Stock] = Field(default_factory=list)
    """Estimates of people still held."""


class Filter(_Model):
    """Filters for listing stored records (CLI ``--actor/--target/--type/--since/--until``)."""

    actor: str | None = None
    """Alpha-3 of the acting state (stocks: the holding country)."""
    target: str | None = None
    """Alpha-3 of the sanctions target."""
    type: EventType | None = None
    """Event type."""
    since: str | None = None
    """Earliest date, inclusive, compared on the date's own precision (``2025-09`` ≥ ``2025-09-01``)."""
    until: str | None = None
    """Latest date, inclusive."""
    document: str | None = None
    """Content id of the document the records come from (events and deals only)."""


class StoredEvent(Event):
    """An event as stored, with a store-wide key and its document."""

    key: str
    """Store-wide id: ``<first 12 hex of the document id>:<event id>``."""
    document: DocumentRef
    """The document it was extracted from."""
    corroboration: OfficialMatch | None = None
    """News sanctions events: whether the official lists back it (``detente corroborate``)."""


class StoredStock(Stock):
    """A stock estimate as stored, with its document."""

    document: DocumentRef
    """The document it was extracted from."""


class Deal(_Model):
    """A stored exchange with its events resolved: what each side gave."""

    document: DocumentRef
    """The document that reports the deal."""
    events: list[StoredEvent]
    """The traded events."""
    evidence: list[Evidence] = Field(default_factory=list)
    """Sentences presenting the trade."""


# --- lists ---


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


class Corroboration(StrEnum):
    """Whether the official lists back a news sanctions event."""

    CONFIRMED = "confirmed"
    """A matching official change (same entity, direction, date window) exists."""
    CONTRADICTED = "contradicted"
    """The lists say otherwise, e.g. news says delisted but a later snapshot still lists it."""
    UNCONFIRMED = "unconfirmed"
    """No matching official change, and nothing against."""


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


class OfficialMatch(_Model):
    """The corroboration of one stored news sanctions event against the official lists."""

    event_key: str
    """Store key of the news event."""
    status: Corroboration
    """confirmed, contradicted or unconfirmed."""
    source: str | None = None
    """The list of the official record that decides the status."""
    entry_id: str | None = None
    """The official record id."""
    official_event: str | None = None
    """Store key of the matching official event, when confirmed."""
    snapshot_date: str | None = None
    """``as_of`` of the snapshot that confirms or contradicts."""
    score: float | None = Field(default=None, ge=0.0, le=1.0)
    """Name match score of the record."""
    reasons: list[str] = Field(default_factory=list)
    """Why: ``alias``, ``fuzzy``, ``country``, ``direction``, ``date window``…"""


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


# --- aggregate ---


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


class CanonicalEvent(Event):
    """One real happening: its reports (mentions) across documents, with fields reconciled.

    ``id`` is the cluster id (the smallest event key among its mentions); ``count`` is chosen by
    the rule in docs/aggregate.md and the other reported numbers stay in ``also_reported``.
    """

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


# --- markets ---


class Direction(StrEnum):
    """What a sanctions action does to a market: more or less supply, more or less demand."""

    SUPPLY_UP = "supply_up"
    SUPPLY_DOWN = "supply_down"
    DEMAND_UP = "demand_up"
    DEMAND_DOWN = "demand_down"


class Flow(StrEnum):
    """How a sanctioned party trades a commodity."""

    EXPORT = "export"
    """It sells it: sanctions cut world supply, easing adds to it (potash, crude oil)."""
    IMPORT = "import"
    """It buys it: sanctions cut demand, easing adds to it (aircraft, parts, leases)."""


class CompanyRole(StrEnum):
    """How a listed company stands to a commodity touched by a sanctions action."""

    TARGET = "target"
    """The sanctioned (or delisted) entity itself, or its listed parent."""
    COMPETITOR = "competitor"
    """Another producer of the same commodity: hurt when the target's supply returns."""
    CUSTOMER = "customer"
    """Buys the commodity: gains from more supply."""
    SUPPLIER = "supplier"
    """Sells the commodity to the target: gains from more demand (aircraft makers)."""
    CARRIER = "carrier"
    """Moves the commodity (tankers, ports, rail): gains from more volume."""
    LESSOR = "lessor"
    """Leases assets to the target (aircraft lessors): gains from more demand."""
    PARTNER = "partner"
    """Operates with the target (joint venture, subsidiary, licence holder)."""


class Commodity(_Model):
    """A traded good or service that sanctions can move."""

    id: str
    """Short id (``potash``, ``crude_oil``, ``aircraft_leasing``)."""
    name: str
    """Display name."""
    flow: Flow
    """Whether sanctioned parties typically sell it (export) or buy it (import)."""
    sectors: list[str] = Field(default_factory=list)
    """Sectors of :data:`SECTORS` whose sanctions touch it."""
    source: str
    """Where the fact comes from."""


class Producer(_Model):
    """A country that produces or exports a commodity, with its rough share of the world."""

    commodity: str
    """Commodity id."""
    country: str
    """Alpha-3 code."""
    share: float | None = Field(default=None, ge=0.0, le=1.0)
    """Rough share of the world (0-1), null where no public figure was found."""
    basis: str | None = None
    """What the share is of: ``exports`` or ``production``."""
    year: int | None = None
    """Year the figure refers to."""
    source: str
    """Publication the figure comes from."""


class ExposureEntity(_Model):
    """A named company or body that sanctions name, and what it sells or buys."""

    id: str
    """Short id (``belaruskali``)."""
    name: str
    """Usual English name."""
    aliases: list[str] = Field(default_factory=list)
    """Other spellings and names (transliterations, trading arms)."""
    country: str
    """Alpha-3 code of its home country."""
    supplies: list[str] = Field(default_factory=list)
    """Commodity ids it sells."""
    buys: list[str] = Field(default_factory=list)
    """Commodity ids it buys."""
    source: str
    """Where the fact comes from."""


class Company(_Model):
    """A listed company exposed to a commodity, with its role."""

    ticker: str
    """Ticker as the price file names it."""
    name: str
    """Company name."""
    exchange: str
    """Main listing (``NYSE``, ``XETRA``, ``MOEX``…)."""
    country: str | None = None
    """Alpha-3 code of its home country."""
    commodity: str
    """Commodity id it is exposed through."""
    role: CompanyRole
    """How it stands to the commodity."""
    entity: str | None = None
    """Entity id, for ``target`` and ``partner`` rows that only apply when that entity is named."""
    source: str
    """Where the fact comes from."""


class ExposureBase(_Model):
    """The exposure knowledge base: commodities, producers, entities and listed companies."""

    commodities: list[Commodity] = Field(default_factory=list)
    """Commodities, by id."""
    producers: list[Producer] = Field(default_factory=list)
    """Producing and exporting countries."""
    entities: list[ExposureEntity] = Field(default_factory=list)
    """Named entities."""
    companies: list[Company] = Field(default_factory=list)
    """Listed companies."""
    files: list[str] = Field(default_factory=list)
    """The files it was read from."""


class ExposureItem(_Model):
    """One commodity or company touched by an event, with the expected direction and why."""

    event: str
    """Id of the (canonical) sanctions event that drives it."""
    commodity: str
    """Commodity id."""
    direction: Direction
    """Expected effect on the commodity's market."""
    ticker: str | None = None
    """Company rows: the ticker; null for the commodity row itself."""
    name: str
    """Commodity or company name."""
    exchange: str | None = None
    """Company rows: main listing."""
    role: CompanyRole | None = None
    """Company rows: how the company stands to the commodity."""
    expected: str | None = None
    """Company rows: expected share-price reaction, ``up`` or ``down``."""
    rule: str
    """Id of the rule that produced the row (see docs/markets.md)."""
    confidence: float = Field(ge=0.0, le=1.0)
    """How sure the rule is, in [0, 1]."""
    basis: list[str] = Field(default_factory=list)
    """What matched: ``entity Belaruskali``, ``sector potash``, ``BLR exports 0.19 (2014)``."""
    sources: list[str] = Field(default_factory=list)
    """Knowledge-base source notes of the facts used."""


class Exposure(_Model):
    """What an event or a deal touches: commodities and companies, with directions."""

    id: str
    """The id asked for."""
    kind: str
    """``event`` or ``deal``."""
    events: list[str] = Field(default_factory=list)
    """Ids of the events looked at."""
    items: list[ExposureItem] = Field(default_factory=list)
    """Commodity rows first, then companies, by event, commodity, ticker."""
    notes: list[str] = Field(default_factory=list)
    """Why some events touch nothing (a release, a renewal, nothing in the knowledge base)."""


class StudyModel(StrEnum):
    """How normal returns are estimated in an event study."""

    MARKET = "market"
    """OLS of the stock's returns on the market's over the estimation window."""
    MEAN = "mean"
    """The stock's mean return over the estimation window."""
    ADJUSTED = "adjusted"
    """The market's return on the same day (no estimation)."""


class CarResult(_Model):
    """Abnormal returns of one ticker around one event."""

    event: str
    """Event id."""
    ticker: str
    """Ticker."""
    event_date: str
    """Date of the event (``YYYY-MM-DD``)."""
    trading_date: str | None = None
    """Day 0: the first trading day on or after the event date."""
    expected: str | None = None
    """Expected reaction from the exposure rules (``up``/``down``)."""
    estimation_days: int = 0
    """Returns used to estimate normal returns."""
    window_days: int = 0
    """Returns in the event window (missing days excluded)."""
    car: float | None = None
    """Cumulative abnormal return over the window (log-return units); null when not computed."""
    se: float | None = None
    """Standard error of the CAR."""
    t: float | None = None
    """t-statistic of the CAR."""
    p_value: float | None = None
    """Two-sided p-value."""
    days: list[int] = Field(default_factory=list)
    """Event-time days with a return (for the CAR path)."""
    path: list[float] = Field(default_factory=list)
    """CAR up to and including each of ``days``."""
    flags: list[str] = Field(default_factory=list)
    """Why not computed, or what to watch: missing prices, overlapping windows, moved day 0."""


class CarAggregate(_Model):
    """The average CAR over several event-ticker pairs."""

    group: str
    """``all``, ``as expected`` (CARs signed by expected direction) or ``ticker:<T>``."""
    n: int
    """Pairs averaged."""
    caar: float
    """Mean CAR."""
    t: float | None = None
    """Pooled t-statistic: sum of CARs over the root of the sum of their variances."""
    p_value: float | None = None
    """Two-sided p-value of ``t`` (normal)."""


class Impact(_Model):
    """An event study over stored events and a price file."""

    model: StudyModel
    """Normal-return model."""
    market: str | None = None
    """Market index ticker."""
    window: list[int]
    """Event window ``[start, end]`` in trading days around day 0."""
    estimation: list[int]
    """Estimation window ``[start, end]`` in trading days."""
    prices: str
    """The price file."""
    results: list[CarResult] = Field(default_factory=list)
    """One row per event and exposed ticker (computed or flagged)."""
    aggregates: list[CarAggregate] = Field(default_factory=list)
    """Averages across events."""


class Citation(_Model):
    """A footnote of a brief: a source article, an official list record, a knowledge-base note
    or the user's price file."""

    n: int
    """Footnote number."""
    kind: str
    """``document``, ``list``, ``knowledge`` or ``prices``."""
    ref: str
    """Document content id, list record (``ofac:36114``), knowledge-base note or file path."""
    label: str
    """Headline, record, or note (untrusted text: escape when showing it)."""
    detail: str | None = None
    """Where: source path or URL and publication date."""


class BriefLine(_Model):
    """One statement of a brief, with the numbers it states and its footnotes."""

    text: str
    """The statement (untrusted parts included: escape when showing it)."""
    figures: list[int] = Field(default_factory=list)
    """Numbers of people it states (each one is a stored count)."""
    cites: list[int] = Field(default_factory=list)
    """Footnote numbers."""


class Brief(_Model):
    """A cited brief over a period: deals, releases and sanctions, exposure, event study, stocks."""

    as_of: str
    """When it was written (ISO 8601, UTC)."""
    since: str | None = None
    """Start of the period."""
    actor: str | None = None
    """Country it is about, if any."""
    deals: list[BriefLine] = Field(default_factory=list)
    """Headline deals."""
    events: list[BriefLine] = Field(default_factory=list)
    """Releases and sanctions actions in the period."""
    exposure: list[BriefLine] = Field(default_factory=list)
    """Exposure per deal."""
    stocks: list[BriefLine] = Field(default_factory=list)
    """Estimated people still held, per country."""
    impact: Impact | None = None
    """Event study, when prices were given."""
    impact_cite: int | None = None
    """Footnote of the price file."""
    chart_svg: str | None = None
    """The timeline chart (SVG made by detente, not from article text)."""
    citations: list[Citation] = Field(default_factory=list)
    """Footnotes, by number."""


# --- serve ---


class ProblemDetail(_Model):
    """One invalid part of a request."""

    location: str
    """Where: ``query.limit``, ``body.text``…"""
    message: str
    """What is wrong with it."""


class Problem(_Model):
    """An API error: a stable code, the HTTP status and a one-line message."""

    status: int
    """HTTP status code (400, 401, 404, 413, 422, 500, 503…)."""
    code: str
    """Stable machine-readable code: ``bad_request``, ``unauthorized``, ``not_found``…"""
    message: str
    """One line for people."""
    details: list[ProblemDetail] = Field(default_factory=list)
    """For 422: each invalid part of the request."""


class ErrorResponse(_Model):
    """The body of every API error response."""

    error: Problem
    """The error."""


T = TypeVar("T")


class Page(_Model, Generic[T]):
    """One page of a listing; pass ``next`` as ``cursor`` to get the following page."""

    items: list[T]
    """The records of this page."""
    next: str | None = None
    """Opaque cursor of the next page; null on the last page."""


class ArticleIn(_Model):
    """An article to ingest: ``text`` or ``html``, or only a ``url`` to fetch it from."""

    text: str | None = None
    """Plain text (headline first line, optional dateline)."""
    html: str | None = None
    """An HTML page; its main text is extracted."""
    url: str | None = None
    """Where the article is: fetched when neither text nor html is given (public hosts only)."""
    title: str | None = None
    """Headline, when not in the text."""
    published: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    """Publication date, ``YYYY-MM-DD``."""

    @model_validator(mode="after")
    def _one_source(self) -> ArticleIn:
        if self.text is not None and self.html is not None:
            raise ValueError("give text or html, not both")
        if not (self.text or self.html or self.url):
            raise ValueError("give a non-empty text, html or url")
        return self


class IngestResult(_Model):
    """What ``POST /documents`` did with an article, and its events."""

    document: DocumentRef
    """The document (its content id identifies it)."""
    stored: bool
    """False when the same text was already stored (nothing changed)."""
    events: list[StoredEvent]
    """The document's events, as stored."""


class DocumentDetail(_Model):
    """A stored document with its text and its events."""

    document: Document
    """The document (its text is untrusted: escape when showing it)."""
    events: list[StoredEvent]
    """Its events, ordered as in `/events` (by date)."""


class Health(_Model):
    """Answer of ``/healthz`` and ``/readyz``."""

    status: str
    """``ok`` (the process is up) or ``ready`` (the store answers)."""


class SearchHit(_Model):
    """A document or a named person matching a search."""

    kind: str
    """``document`` or ``person``."""
    id: str
    """Document content id, or person id."""
    title: str
    """Headline (documents) or name (persons)."""
    snippet: str | None = None
    """Plain text around the first match (untrusted: escape when showing it)."""
    published: str | None = None
    """Publication date of a document."""

"""Market exposure, event studies and briefs (detente.markets)."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from detente.model.core import _Model


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

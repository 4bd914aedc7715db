"""Documents, events, exchanges and stocks: the output contract of extraction and the store."""

from __future__ import annotations

import hashlib
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


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


class Corroboration(StrEnum):
    """Whether the official lists back a news sanctions event."""

    CONFIRMED = "confirmed"
    """A matching official change (same entity, direction, date window) exists."""
    CONTRADICTED = "contradicted"
    """The lists say otherwise, e.g. news says delisted but a later snapshot still lists it."""
    UNCONFIRMED = "unconfirmed"
    """No matching official change, and nothing against."""


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

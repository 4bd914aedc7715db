"""The store's tables: the only place where table and column definitions live (SQLAlchemy Core).

Migrations under ``migrations/versions`` are frozen snapshots of these definitions; a test checks
that migrating to head yields exactly this metadata.
"""

from __future__ import annotations

import logging

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)

log = logging.getLogger(__name__)

# Explicit constraint names, so that migrations can address them on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)

# Column widths: SHA-256 hex ids, alpha-3 codes (and "EU"/"UN"), ISO dates of up to 10 chars.
ID_LEN = 64
KEY_LEN = 128
CODE_LEN = 8
DATE_LEN = 10
ENUM_LEN = 32

documents = Table(
    "documents",
    metadata,
    Column("id", String(ID_LEN), primary_key=True),
    Column("source", Text, nullable=False),
    Column("title", Text),
    Column("published", String(DATE_LEN)),
    Column("author", Text),
    Column("url", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

events = Table(
    "events",
    metadata,
    Column("key", String(KEY_LEN), primary_key=True),
    Column(
        "document_id",
        String(ID_LEN),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("local_id", String(KEY_LEN), nullable=False),
    Column("position", Integer, nullable=False),
    Column("type", String(ENUM_LEN), nullable=False),
    Column("actor", String(CODE_LEN)),
    Column("target", String(CODE_LEN)),
    Column("count", Integer),
    Column("count_qualifier", String(ENUM_LEN)),
    Column("category", String(ENUM_LEN)),
    Column("destination", String(CODE_LEN)),
    Column("date", String(DATE_LEN)),
    Column("renewal", Boolean),
    Column("cameo", String(ENUM_LEN)),
    Column("plover", String(ENUM_LEN * 2)),
    Column("confidence", Float, nullable=False),
    Column("persons", JSON, nullable=False),
    Column("entities", JSON, nullable=False),
    Column("sectors", JSON, nullable=False),
    Column("evidence", JSON, nullable=False),
    # lists layer (migration lists0001): official events read from sanctions-list diffs.
    Column("official", Boolean, nullable=False, server_default=false()),
    Column("record", String(KEY_LEN)),
    Column("programmes", JSON, nullable=False, server_default=text("'[]'")),
    UniqueConstraint("document_id", "local_id"),
    Index("ix_events_actor", "actor"),
    Index("ix_events_target", "target"),
    Index("ix_events_type_date", "type", "date"),
)

exchanges = Table(
    "exchanges",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        String(ID_LEN),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("position", Integer, nullable=False),
    Column("confidence", Float, nullable=False),
    Column("evidence", JSON, nullable=False),
    UniqueConstraint("document_id", "position"),
)

exchange_events = Table(
    "exchange_events",
    metadata,
    Column(
        "exchange_id",
        Integer,
        ForeignKey("exchanges.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column(
        "event_key",
        String(KEY_LEN),
        ForeignKey("events.key", ondelete="CASCADE"),
        nullable=False,
    ),
    Index("ix_exchange_events_event_key", "event_key"),
)
"""Link table: the events of each exchange, in the order the analysis lists them."""

stocks = Table(
    "stocks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        String(ID_LEN),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("position", Integer, nullable=False),
    Column("country", String(CODE_LEN)),
    Column("count", Integer),
    Column("count_qualifier", String(ENUM_LEN)),
    Column("source", Text),
    Column("as_of", String(DATE_LEN)),
    Column("confidence", Float, nullable=False),
    Column("evidence", JSON, nullable=False),
    UniqueConstraint("document_id", "position"),
    Index("ix_stocks_country", "country"),
)

# --- lists ---

SOURCE_LEN = 16
ENTRY_ID_LEN = 128

list_snapshots = Table(
    "list_snapshots",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source", String(SOURCE_LEN), nullable=False),
    Column("format", String(SOURCE_LEN), nullable=False),
    Column("as_of", String(DATE_LEN), nullable=False),
    Column("content_hash", String(ID_LEN), nullable=False),
    Column("entries", Integer, nullable=False),
    Column("origin", Text),
    Column("imported_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("source", "content_hash"),
    Index("ix_list_snapshots_source_as_of", "source", "as_of"),
)
"""One row per imported list file (model.ListSnapshot)."""

list_entries = Table(
    "list_entries",
    metadata,
    Column(
        "snapshot_id",
        Integer,
        ForeignKey("list_snapshots.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("entry_id", String(ENTRY_ID_LEN), primary_key=True),
    Column("type", String(ENUM_LEN), nullable=False),
    Column("name", Text, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("programmes", JSON, nullable=False),
    Column("countries", JSON, nullable=False),
    Column("identifiers", JSON, nullable=False),
    Column("birth_dates", JSON, nullable=False),
    Column("listed_on", String(DATE_LEN)),
    Column("delisted_on", String(DATE_LEN)),
    Column("remarks", Text),
)
"""The entries of each snapshot (model.ListEntry; ``source`` comes from the snapshot)."""

list_diffs = Table(
    "list_diffs",
    metadata,
    Column(
        "from_snapshot",
        Integer,
        ForeignKey("list_snapshots.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "to_snapshot",
        Integer,
        ForeignKey("list_snapshots.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "document_id",
        String(ID_LEN),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
)
"""Consecutive snapshot pairs whose official events are stored, with the change-report document."""

corroborations = Table(
    "corroborations",
    metadata,
    Column(
        "event_key",
        String(KEY_LEN),
        ForeignKey("events.key", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("status", String(ENUM_LEN), nullable=False),
    Column("source", String(SOURCE_LEN)),
    Column("entry_id", String(ENTRY_ID_LEN)),
    Column("official_event", String(KEY_LEN)),
    Column("snapshot_date", String(DATE_LEN)),
    Column("score", Float),
    Column("reasons", JSON, nullable=False),
)
"""The corroboration of news sanctions events by the official lists (model.OfficialMatch)."""

# --- aggregate ---

BLOCK_LEN = 64
BUCKET_LEN = 8

agg_event_clusters = Table(
    "agg_event_clusters",
    metadata,
    Column(
        "event_key",
        String(KEY_LEN),
        ForeignKey("events.key", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("document_id", String(ID_LEN), nullable=False),
    Column("cluster_id", String(KEY_LEN), nullable=False),
    Column("component_id", String(KEY_LEN), nullable=False),
    Index("ix_agg_event_clusters_cluster_id", "cluster_id"),
    Index("ix_agg_event_clusters_component_id", "component_id"),  # migration agg0009
)
"""Which canonical event (cluster) each document-level event belongs to, and which component of
linked events (the events a canonical event is split from when one document tells two apart;
see :func:`detente.aggregate.dedupe.split`)."""

agg_event_blocks = Table(
    "agg_event_blocks",
    metadata,
    Column(
        "event_key",
        String(KEY_LEN),
        ForeignKey("events.key", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("bucket", String(BUCKET_LEN), primary_key=True),
    Column("block", String(BLOCK_LEN), nullable=False),
    Index("ix_agg_event_blocks_block_bucket", "block", "bucket"),
)
"""Blocking keys: (type|actor|target, month) for every month an event's date period covers."""

agg_documents = Table(
    "agg_documents",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column(
        "document_id",
        String(ID_LEN),
        ForeignKey("documents.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("group_id", String(ID_LEN), nullable=False),
    Column("signature", JSON, nullable=False),
    UniqueConstraint("document_id"),
    Index("ix_agg_documents_group_id", "group_id"),
)
"""Near-duplicate groups of documents (one source each) and their MinHash signatures; ``seq`` is a
compact number for the band index."""

Index(  # migration agg0002: event pages by actor, keys read in index order
    "ix_events_actor_order",
    events.c.actor,
    events.c.date,
    events.c.document_id,
    events.c.position,
    events.c.key,
)

agg_document_bands = Table(
    "agg_document_bands",
    metadata,
    Column("band", BigInteger, primary_key=True, autoincrement=False),
    Column(
        "seq",
        Integer,
        ForeignKey("agg_documents.seq", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Index("ix_agg_document_bands_seq", "seq"),  # migration agg0007: cascading deletes by seq
)
"""LSH band hashes (64-bit) of the MinHash signatures: documents sharing a band are candidates."""

DEAL_ID_LEN = KEY_LEN + 8  # "deal:" + the smallest canonical event id

agg_deals = Table(  # migration agg0003: the stored deal index, kept up to date at ingest
    "agg_deals",
    metadata,
    Column("deal_id", String(DEAL_ID_LEN), primary_key=True),
    Column("date", String(DATE_LEN)),
    Column("body", Text),  # migration agg0004
    Column("summary", Text),  # migration agg0006
    Index("ix_agg_deals_date_deal_id", "date", "deal_id"),
)
"""Canonical deals (exchanges joined through their canonical events), their dates, each deal
built in full as JSON (model.CanonicalDeal) and its summary as listed (model.DealSummary)."""

agg_deal_clusters = Table(
    "agg_deal_clusters",
    metadata,
    Column("cluster_id", String(KEY_LEN), primary_key=True),
    Column("deal_id", String(DEAL_ID_LEN), nullable=False),
    Column("type", String(ENUM_LEN), nullable=False),
    Column("actor", String(CODE_LEN)),
    Column("target", String(CODE_LEN)),
    Column("date", String(DATE_LEN)),
    Index("ix_agg_deal_clusters_deal_id", "deal_id"),
    Index("ix_agg_deal_clusters_actor", "actor"),
    Index("ix_agg_deal_clusters_target", "target"),
    Index("ix_agg_deal_clusters_type", "type"),
)
"""The canonical events of each deal: blocking fields and reconciled date (filters, dates)."""

agg_deal_exchanges = Table(
    "agg_deal_exchanges",
    metadata,
    Column(
        "exchange_id",
        Integer,
        ForeignKey("exchanges.id", ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("deal_id", String(DEAL_ID_LEN), nullable=False),
    Index("ix_agg_deal_exchanges_deal_id", "deal_id"),
)
"""The stored exchanges (single-document reports) of each deal."""

list_fetches = Table(
    "list_fetches",
    metadata,
    Column("url", String(1024), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fetched_at", DateTime(timezone=True), nullable=False),
)
"""Validators of the last download of each list URL, for conditional requests (migration lists0002)."""

# --- aggregate (serving): store generation ---
store_generation = Table(
    "store_generation",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("n", BigInteger, nullable=False),
)
"""One row: a counter every committed write adds 1 to (migration agg0005; the API's response
cache is keyed by it, see detente.store.cache.track_writes)."""
store_scopes = Table(
    "store_scopes",
    metadata,
    Column("scope", String(16), primary_key=True),
    Column("n", BigInteger, nullable=False),
)
"""A counter per scope (a country code, or ``*`` for writes of unknown reach) that the
transactions changing it add 1 to (migration agg0008; see detente.store.cache.scoped)."""

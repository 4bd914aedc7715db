"""Initial schema: documents, events, exchanges (+ exchange_events), stocks.

Revision ID: 0001
Revises:
Create Date: 2026-05-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the tables and their indexes."""
    op.create_table(
        "documents",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.String(10)),
        sa.Column("author", sa.Text()),
        sa.Column("url", sa.Text()),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
    )
    op.create_table(
        "events",
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("local_id", sa.String(128), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(8)),
        sa.Column("target", sa.String(8)),
        sa.Column("count", sa.Integer()),
        sa.Column("count_qualifier", sa.String(32)),
        sa.Column("category", sa.String(32)),
        sa.Column("destination", sa.String(8)),
        sa.Column("date", sa.String(10)),
        sa.Column("renewal", sa.Boolean()),
        sa.Column("cameo", sa.String(32)),
        sa.Column("plover", sa.String(64)),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("persons", sa.JSON(), nullable=False),
        sa.Column("entities", sa.JSON(), nullable=False),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_events")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_events_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("document_id", "local_id", name=op.f("uq_events_document_id_local_id")),
    )
    op.create_index("ix_events_actor", "events", ["actor"])
    op.create_index("ix_events_target", "events", ["target"])
    op.create_index("ix_events_type_date", "events", ["type", "date"])
    op.create_table(
        "exchanges",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchanges")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_exchanges_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint(
            "document_id", "position", name=op.f("uq_exchanges_document_id_position")
        ),
    )
    op.create_table(
        "exchange_events",
        sa.Column("exchange_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("event_key", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("exchange_id", "position", name=op.f("pk_exchange_events")),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchanges.id"],
            name=op.f("fk_exchange_events_exchange_id_exchanges"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["event_key"],
            ["events.key"],
            name=op.f("fk_exchange_events_event_key_events"),
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_exchange_events_event_key", "exchange_events", ["event_key"])
    op.create_table(
        "stocks",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(8)),
        sa.Column("count", sa.Integer()),
        sa.Column("count_qualifier", sa.String(32)),
        sa.Column("source", sa.Text()),
        sa.Column("as_of", sa.String(10)),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stocks")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_stocks_document_id_documents"),
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("document_id", "position", name=op.f("uq_stocks_document_id_position")),
    )
    op.create_index("ix_stocks_country", "stocks", ["country"])


def downgrade() -> None:
    """Drop everything this revision created."""
    op.drop_table("stocks")
    op.drop_table("exchange_events")
    op.drop_table("exchanges")
    op.drop_table("events")
    op.drop_table("documents")

"""Aggregate layer: event clusters, blocking keys, near-duplicate document groups and LSH bands.

Revision ID: agg0001
Revises: 0001
Create Date: 2026-05-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "agg0001"
down_revision: str | None = "0001"
branch_labels: tuple[str, ...] | None = ("aggregate",)
depends_on: str | None = None


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    referred, referred_column = target.split(".")
    return sa.ForeignKeyConstraint(
        [column],
        [target],
        name=op.f(f"fk_{table}_{column}_{referred}"),
        ondelete="CASCADE",
    )


def upgrade() -> None:
    """Create the aggregate tables (filled by ingest, or by ``detente recluster``)."""
    op.create_table(
        "agg_event_clusters",
        sa.Column("event_key", sa.String(128), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("cluster_id", sa.String(128), nullable=False),
        sa.PrimaryKeyConstraint("event_key", name=op.f("pk_agg_event_clusters")),
        _fk("agg_event_clusters", "event_key", "events.key"),
    )
    op.create_index("ix_agg_event_clusters_cluster_id", "agg_event_clusters", ["cluster_id"])
    op.create_table(
        "agg_event_blocks",
        sa.Column("event_key", sa.String(128), nullable=False),
        sa.Column("bucket", sa.String(8), nullable=False),
        sa.Column("block", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("event_key", "bucket", name=op.f("pk_agg_event_blocks")),
        _fk("agg_event_blocks", "event_key", "events.key"),
    )
    op.create_index("ix_agg_event_blocks_block_bucket", "agg_event_blocks", ["block", "bucket"])
    op.create_table(
        "agg_documents",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.Column("group_id", sa.String(64), nullable=False),
        sa.Column("signature", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_agg_documents")),
        sa.UniqueConstraint("document_id", name=op.f("uq_agg_documents_document_id")),
        _fk("agg_documents", "document_id", "documents.id"),
    )
    op.create_index("ix_agg_documents_group_id", "agg_documents", ["group_id"])
    op.create_table(
        "agg_document_bands",
        sa.Column("band", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("band", "seq", name=op.f("pk_agg_document_bands")),
        _fk("agg_document_bands", "seq", "agg_documents.seq"),
    )


def downgrade() -> None:
    """Drop everything this revision created."""
    op.drop_table("agg_document_bands")
    op.drop_table("agg_documents")
    op.drop_table("agg_event_blocks")
    op.drop_table("agg_event_clusters")

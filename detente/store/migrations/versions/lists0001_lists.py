"""Lists layer: list snapshots, entries, diffs, corroborations; official-event columns on events.

Revision ID: lists0001
Revises: 0001
Create Date: 2026-05-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "lists0001"
down_revision: str | None = "0001"
branch_labels: tuple[str, ...] | None = ("lists",)
depends_on: str | None = None


def _snapshot_fk(column: str, table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column],
        ["list_snapshots.id"],
        name=op.f(f"fk_{table}_{column}_list_snapshots"),
        ondelete="CASCADE",
    )


def _events_columns() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(
            sa.Column("official", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("record", sa.String(128)))
        batch.add_column(
            sa.Column("programmes", sa.JSON(), nullable=False, server_default=sa.text("'[]'"))
        )


def upgrade() -> None:
    """Create the list tables and add the official-event columns to events."""
    _events_columns()
    op.create_table(
        "list_snapshots",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("as_of", sa.String(10), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.Column("origin", sa.Text()),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_list_snapshots")),
        sa.UniqueConstraint(
            "source", "content_hash", name=op.f("uq_list_snapshots_source_content_hash")
        ),
    )
    op.create_index("ix_list_snapshots_source_as_of", "list_snapshots", ["source", "as_of"])
    op.create_table(
        "list_entries",
        sa.Column("snapshot_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.String(128), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("programmes", sa.JSON(), nullable=False),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("identifiers", sa.JSON(), nullable=False),
        sa.Column("birth_dates", sa.JSON(), nullable=False),
        sa.Column("listed_on", sa.String(10)),
        sa.Column("delisted_on", sa.String(10)),
        sa.Column("remarks", sa.Text()),
        sa.PrimaryKeyConstraint("snapshot_id", "entry_id", name=op.f("pk_list_entries")),
        _snapshot_fk("snapshot_id", "list_entries"),
    )
    op.create_table(
        "list_diffs",
        sa.Column("from_snapshot", sa.Integer(), nullable=False),
        sa.Column("to_snapshot", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("from_snapshot", "to_snapshot", name=op.f("pk_list_diffs")),
        _snapshot_fk("from_snapshot", "list_diffs"),
        _snapshot_fk("to_snapshot", "list_diffs"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_list_diffs_document_id_documents"),
            ondelete="CASCADE",
        ),
    )
    op.create_table(
        "corroborations",
        sa.Column("event_key", sa.String(128), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("source", sa.String(16)),
        sa.Column("entry_id", sa.String(128)),
        sa.Column("official_event", sa.String(128)),
        sa.Column("snapshot_date", sa.String(10)),
        sa.Column("score", sa.Float()),
        sa.Column("reasons", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("event_key", name=op.f("pk_corroborations")),
        sa.ForeignKeyConstraint(
            ["event_key"],
            ["events.key"],
            name=op.f("fk_corroborations_event_key_events"),
            ondelete="CASCADE",
        ),
    )


def downgrade() -> None:
    """Drop the list tables and the official-event columns."""
    op.drop_table("corroborations")
    op.drop_table("list_diffs")
    op.drop_table("list_entries")
    op.drop_index("ix_list_snapshots_source_as_of", table_name="list_snapshots")
    op.drop_table("list_snapshots")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("programmes")
        batch.drop_column("record")
        batch.drop_column("official")

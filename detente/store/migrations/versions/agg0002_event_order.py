"""Aggregate layer (serving): a covering index for event pages filtered by actor.

``/events?actor=X`` orders by date (undated last), document, position and reads the keys first;
this index answers that in index order without touching the table.

Revision ID: agg0002
Revises: agg0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision: str = "agg0002"
down_revision: str | None = "agg0001"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the index."""
    op.create_index(
        "ix_events_actor_order",
        "events",
        ["actor", "date", "document_id", "position", "key"],
    )


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_events_actor_order", table_name="events")

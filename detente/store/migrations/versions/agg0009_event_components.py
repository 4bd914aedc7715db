"""Aggregate layer: each clustered event's component (``agg_event_clusters.component_id``).

A canonical event is a component of linked events, split where one document tells two of its
events apart (``detente.aggregate.dedupe.split``). Adding a document recomputes the split of the
whole component it joins, so each event keeps its component's id besides its canonical id. A store
migrated from agg0008 was clustered without splits: each canonical event is its own component,
which is what this migration records; ``detente recluster`` applies the splits.

Revision ID: agg0009
Revises: agg0008
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "agg0009"
down_revision: str | None = "agg0008"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the column (filled with the canonical id), then make it required and index it."""
    with op.batch_alter_table("agg_event_clusters") as batch:
        batch.add_column(sa.Column("component_id", sa.String(128)))
    op.execute("UPDATE agg_event_clusters SET component_id = cluster_id")
    with op.batch_alter_table("agg_event_clusters") as batch:
        batch.alter_column("component_id", existing_type=sa.String(128), nullable=False)
    op.create_index("ix_agg_event_clusters_component_id", "agg_event_clusters", ["component_id"])


def downgrade() -> None:
    """Drop the index and the column."""
    op.drop_index("ix_agg_event_clusters_component_id", table_name="agg_event_clusters")
    with op.batch_alter_table("agg_event_clusters") as batch:
        batch.drop_column("component_id")

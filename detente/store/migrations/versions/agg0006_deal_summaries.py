"""Aggregate layer (serving): each stored deal's summary JSON (``agg_deals.summary``), as listed.

``/deals`` lists deal summaries (what each side gave, reconciled, without the reports); the
summary is built at ingest next to the full deal. A store migrated from agg0005 has no summaries
yet: they are made from the stored deals when read until ``detente recluster`` stores them.

Revision ID: agg0006
Revises: agg0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "agg0006"
down_revision: str | None = "agg0005"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the column."""
    with op.batch_alter_table("agg_deals") as batch:
        batch.add_column(sa.Column("summary", sa.Text()))


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("agg_deals") as batch:
        batch.drop_column("summary")

"""Aggregate layer (serving): each stored deal's JSON (``agg_deals.body``), built at ingest.

A store migrated from agg0003 has no bodies yet: its deals are built when read until
``detente recluster`` stores them.

Revision ID: agg0004
Revises: agg0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "agg0004"
down_revision: str | None = "agg0003"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Add the column."""
    with op.batch_alter_table("agg_deals") as batch:
        batch.add_column(sa.Column("body", sa.Text()))


def downgrade() -> None:
    """Drop the column."""
    with op.batch_alter_table("agg_deals") as batch:
        batch.drop_column("body")

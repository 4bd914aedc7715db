"""Aggregate layer (serving): the store generation, a counter every committed write bumps.

``store_generation`` holds one row. Every transaction that writes through a detente store adds 1
to it before committing (``detente.store.cache.track_writes``), so a reader that sees the same
generation twice knows that nothing was committed in between: the API's response cache is keyed
by it and never serves an answer older than the data.

Revision ID: agg0005
Revises: agg0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "agg0005"
down_revision: str | None = "agg0004"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the table with its one row."""
    table = op.create_table(
        "store_generation",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("n", sa.BigInteger(), nullable=False),
    )
    op.bulk_insert(table, [{"id": 1, "n": 0}])


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("store_generation")

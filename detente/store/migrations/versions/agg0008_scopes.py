"""Aggregate layer (serving): a generation per scope, for scoped invalidation of cached answers.

``store_scopes`` holds one counter per scope: a country code (the actors and targets of what a
write changed) or ``*`` (a write whose reach is not known: every scope). A transaction adds 1 to
the counters of the scopes it changed, in the same transaction, besides ``store_generation``
(``detente.store.cache``). A missing row is a counter at 0.

Revision ID: agg0008
Revises: agg0007
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "agg0008"
down_revision: str | None = "agg0007"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the table (empty: every scope at 0)."""
    op.create_table(
        "store_scopes",
        sa.Column("scope", sa.String(16), primary_key=True),
        sa.Column("n", sa.BigInteger(), nullable=False),
    )


def downgrade() -> None:
    """Drop the table."""
    op.drop_table("store_scopes")

"""Lists layer: validators (ETag, Last-Modified) of the last download of each list URL.

Revision ID: lists0002
Revises: lists0001
Create Date: 2026-05-09
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "lists0002"
down_revision: str | None = "lists0001"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create list_fetches."""
    op.create_table(
        "list_fetches",
        sa.Column("url", sa.String(1024), nullable=False),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_list_fetches")),
    )


def downgrade() -> None:
    """Drop list_fetches."""
    op.drop_table("list_fetches")

"""Aggregate layer: an index on ``agg_document_bands.seq``.

Deleting a row of ``agg_documents`` (a document deleted, or ``detente recluster``) checks and
cascades to its band rows by ``seq``, which the primary key ``(band, seq)`` cannot find: without
this index each deleted document scanned the whole band table (``detente recluster`` spent more
than 10 minutes in ``DELETE FROM agg_documents`` on a 44,363-document PostgreSQL store).

Revision ID: agg0007
Revises: agg0006
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision: str = "agg0007"
down_revision: str | None = "agg0006"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None


def upgrade() -> None:
    """Create the index."""
    op.create_index("ix_agg_document_bands_seq", "agg_document_bands", ["seq"])


def downgrade() -> None:
    """Drop the index."""
    op.drop_index("ix_agg_document_bands_seq", table_name="agg_document_bands")

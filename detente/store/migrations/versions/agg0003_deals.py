"""Aggregate layer (serving): the stored deal index, kept up to date at ingest.

``agg_deals`` (deal id, date), ``agg_deal_clusters`` (the canonical events of each deal with their
blocking fields and reconciled date) and ``agg_deal_exchanges`` (the stored exchanges of each
deal). Filled by ingest and by ``detente recluster``; a store migrated from agg0002 lists its deals
after the next ``detente ingest`` (which reclusters a store whose exchanges are missing from the
index) or ``detente recluster``.

Revision ID: agg0003
Revises: agg0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "agg0003"
down_revision: str | None = "agg0002"
branch_labels: tuple[str, ...] | None = None
depends_on: str | None = None

_DEAL_ID = sa.String(136)


def upgrade() -> None:
    """Create the deal tables."""
    op.create_table(
        "agg_deals",
        sa.Column("deal_id", _DEAL_ID, nullable=False),
        sa.Column("date", sa.String(10)),
        sa.PrimaryKeyConstraint("deal_id", name=op.f("pk_agg_deals")),
    )
    op.create_index("ix_agg_deals_date_deal_id", "agg_deals", ["date", "deal_id"])
    op.create_table(
        "agg_deal_clusters",
        sa.Column("cluster_id", sa.String(128), nullable=False),
        sa.Column("deal_id", _DEAL_ID, nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("actor", sa.String(8)),
        sa.Column("target", sa.String(8)),
        sa.Column("date", sa.String(10)),
        sa.PrimaryKeyConstraint("cluster_id", name=op.f("pk_agg_deal_clusters")),
    )
    for column in ("deal_id", "actor", "target", "type"):
        op.create_index(f"ix_agg_deal_clusters_{column}", "agg_deal_clusters", [column])
    op.create_table(
        "agg_deal_exchanges",
        sa.Column("exchange_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("deal_id", _DEAL_ID, nullable=False),
        sa.PrimaryKeyConstraint("exchange_id", name=op.f("pk_agg_deal_exchanges")),
        sa.ForeignKeyConstraint(
            ["exchange_id"],
            ["exchanges.id"],
            name=op.f("fk_agg_deal_exchanges_exchange_id_exchanges"),
            ondelete="CASCADE",
        ),
    )
    op.create_index("ix_agg_deal_exchanges_deal_id", "agg_deal_exchanges", ["deal_id"])


def downgrade() -> None:
    """Drop the deal tables."""
    op.drop_table("agg_deal_exchanges")
    op.drop_table("agg_deal_clusters")
    op.drop_table("agg_deals")

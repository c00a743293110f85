"""validity registry: registry_entries

Revision ID: r001
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "r001"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "registry_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("symbol", sa.String(length=255), nullable=True),
        sa.Column("symbol_key", sa.String(length=255), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("type", sa.String(length=64), nullable=True),
        sa.Column("issue_date", sa.Date(), nullable=True),
        sa.Column("issuer", sa.Text(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.String(length=8), nullable=False),
        sa.Column("effective_date", sa.Date(), nullable=True),
        sa.Column("by_symbol", sa.String(length=255), nullable=True),
        sa.Column("by_date", sa.Date(), nullable=True),
        sa.Column("by_issuer", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("source_hash", sa.String(length=64), nullable=True),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("retrieved_at", sa.String(length=32), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_registry_entries")),
    )
    with op.batch_alter_table("registry_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_registry_entries_symbol_key"), ["symbol_key"], unique=False)
        batch_op.create_index("ix_registry_entries_origin_source", ["origin", "source"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("registry_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_registry_entries_origin_source")
        batch_op.drop_index(batch_op.f("ix_registry_entries_symbol_key"))
    op.drop_table("registry_entries")

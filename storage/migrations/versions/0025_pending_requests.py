"""requests acknowledged at the edge and not yet handled by the worker

Revision ID: 0025
Revises: 0024
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0025"
down_revision: str | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "pending_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("headers", sa.JSON(), nullable=False),
        sa.Column("taken_at", storage.types.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_requests")),
    )
    op.create_index(
        op.f("ix_pending_requests_taken_at"), "pending_requests", ["taken_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_pending_requests_taken_at"), table_name="pending_requests")
    op.drop_table("pending_requests")

"""one sender per message (claim token) and remembered request signatures (replays)

Revision ID: 0012
Revises: 0011
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nullable: rows claimed before this version have no token and are reclaimed as before.
    with op.batch_alter_table("scheduled_jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claim_token", sa.String(length=32), nullable=True))
    op.create_table(
        "handled_requests",
        sa.Column("signature", sa.String(length=80), nullable=False),
        sa.Column("expires_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("signature", name=op.f("pk_handled_requests")),
    )
    with op.batch_alter_table("handled_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_handled_requests_expires_at"), ["expires_at"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("handled_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handled_requests_expires_at"))
    op.drop_table("handled_requests")
    with op.batch_alter_table("scheduled_jobs", schema=None) as batch_op:
        batch_op.drop_column("claim_token")

"""polls that can be changed (reopened once) and follow-up answers shared in the thread

Revision ID: 0020
Revises: 0016
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0020"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs: every existing poll was never reopened, every existing answer stays
    # for the organisers only (as it was).
    op.add_column("polls", sa.Column("reopened_at", storage.types.UTCDateTime(), nullable=True))
    op.add_column(
        "poll_answers",
        sa.Column("sharing", sa.String(12), nullable=False, server_default="private"),
    )


def downgrade() -> None:
    op.drop_column("poll_answers", "sharing")
    op.drop_column("polls", "reopened_at")

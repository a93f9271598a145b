"""workspaces remember when the app was uninstalled, so their scheduled work waits

Revision ID: 0010
Revises: 0009
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """A nullable column added in place: existing workspaces stay installed."""
    op.add_column(
        "workspaces", sa.Column("uninstalled_at", storage.types.UTCDateTime(), nullable=True)
    )


def downgrade() -> None:
    with op.batch_alter_table("workspaces") as batch:
        batch.drop_column("uninstalled_at")

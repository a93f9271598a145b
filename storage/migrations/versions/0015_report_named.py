"""an organisation's choice to be named in the public outcome report

Revision ID: 0015
Revises: 0013
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN with a default: every existing organisation stays, not named.
    op.add_column(
        "organisations",
        sa.Column("named_in_report", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    # A plain DROP COLUMN (SQLite 3.35+), not batch mode: copying the table would let
    # ON DELETE SET NULL take members' organisations with it.
    op.drop_column("organisations", "named_in_report")

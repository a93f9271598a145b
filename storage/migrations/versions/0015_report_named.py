"""an organisation's choice to be named in the public outcome report

Revision ID: 0015
Revises: 0008
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Adding a column with a server default keeps every existing organisation (not named).
    with op.batch_alter_table("organisations") as batch:
        batch.add_column(
            sa.Column("named_in_report", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        batch.drop_column("named_in_report")

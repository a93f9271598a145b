"""organisations and members come and go (issue 15)

Revision ID: 0019
Revises: 0016

- `organisations.left_at` / `left_reason` / `merged_into_id`: an organisation that was
  removed, merged into another or stopped counting after being empty stays in the table, so
  the contributions made under its name keep their label (a former participant), but it
  leaves the count. `empty_since` flags an organisation whose last member left.
Every column is added in place and nullable: existing organisations take part as before.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0019"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("organisations", sa.Column("left_at", storage.types.UTCDateTime()))
    op.add_column("organisations", sa.Column("left_reason", sa.String(20)))
    op.add_column("organisations", sa.Column("merged_into_id", sa.Integer()))
    op.add_column("organisations", sa.Column("empty_since", storage.types.UTCDateTime()))


def downgrade() -> None:
    with op.batch_alter_table("organisations") as batch:
        for column in ("empty_since", "merged_into_id", "left_reason", "left_at"):
            batch.drop_column(column)

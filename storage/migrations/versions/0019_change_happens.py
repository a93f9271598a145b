"""organisations and members come and go, a new organisation needs a yes (issue 15)

Revision ID: 0019
Revises: 0018

- `organisations.left_at` / `left_reason` / `merged_into_id`: an organisation that was
  removed, merged into another or stopped counting after being empty stays in the table, so
  the contributions made under its name keep their label (a former participant), but it
  leaves the count. `empty_since` flags an organisation whose last member left.
- `networks.approve_new_organisations`: a new organisation's join is a request a coordinator
  approves or declines (on for every network, the existing ones too).
- `join_requests.kind` (`consent` after meeting 2, as before; `approval` for a coordinator's
  yes), `decided_by` and `reason` (why a coordinator declined).
Every column is added in place, nullable or with a server default: existing rows stay as
they are (existing join requests are consent requests).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("organisations", sa.Column("left_at", storage.types.UTCDateTime()))
    op.add_column("organisations", sa.Column("left_reason", sa.String(20)))
    op.add_column("organisations", sa.Column("merged_into_id", sa.Integer()))
    op.add_column("organisations", sa.Column("empty_since", storage.types.UTCDateTime()))
    op.add_column(
        "networks",
        sa.Column(
            "approve_new_organisations", sa.Boolean(), nullable=False, server_default=sa.true()
        ),
    )
    op.add_column(
        "join_requests",
        sa.Column("kind", sa.String(20), nullable=False, server_default="consent"),
    )
    op.add_column("join_requests", sa.Column("decided_by", sa.String(32)))
    op.add_column("join_requests", sa.Column("reason", sa.Text()))


def downgrade() -> None:
    """Columns dropped in place (SQLite 3.35+ drops a plain column without copying the table;
    a copy of `networks` would cascade into every table that refers to it)."""
    for table, columns in (
        ("join_requests", ("reason", "decided_by", "kind")),
        ("networks", ("approve_new_organisations",)),
        ("organisations", ("empty_since", "merged_into_id", "left_reason", "left_at")),
    ):
        for column in columns:
            op.drop_column(table, column)

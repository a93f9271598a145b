"""language choices of people and networks

Revision ID: 0013
Revises: 0012
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "language_choices",
        sa.Column("team_id", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("chosen_at", storage.types.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "user_id", name=op.f("pk_language_choices")),
    )
    op.create_table(
        "network_languages",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("changed_by", sa.String(length=32), nullable=False),
        sa.Column("changed_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_languages_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("network_id", name=op.f("pk_network_languages")),
    )


def downgrade() -> None:
    op.drop_table("network_languages")
    op.drop_table("language_choices")

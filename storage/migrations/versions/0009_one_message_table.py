"""one table for where posted messages live: the one-liners' post moves into slack_messages

Revision ID: 0009
Revises: 0008

`slack_messages` (purpose, subject, channel, ts) is the one place that records where a
message the bot posted lives (bot/edge/messages.py). The closing one-liners kept theirs on
`tile_rounds`; their rows move over (purpose `tile.lines`, subject the round) and the columns
go. SQLite (3.35+) and PostgreSQL both drop a column in place, so no table is copied.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TILE_POST = "tile.lines"


def upgrade() -> None:
    op.execute(
        sa.text(
            "INSERT INTO slack_messages"
            " (network_id, purpose, subject_id, channel_id, ts, posted_at)"
            " SELECT network_id, :purpose, id, channel_id, ts, COALESCE(posted_at, opened_at)"
            " FROM tile_rounds WHERE channel_id IS NOT NULL AND ts IS NOT NULL"
        ).bindparams(purpose=TILE_POST)
    )
    op.execute("ALTER TABLE tile_rounds DROP COLUMN channel_id")
    op.execute("ALTER TABLE tile_rounds DROP COLUMN ts")


def downgrade() -> None:
    op.add_column("tile_rounds", sa.Column("channel_id", sa.String(length=32), nullable=True))
    op.add_column("tile_rounds", sa.Column("ts", sa.String(length=32), nullable=True))
    op.execute(
        sa.text(
            "UPDATE tile_rounds SET"
            " channel_id = (SELECT m.channel_id FROM slack_messages m"
            "  WHERE m.purpose = :purpose AND m.subject_id = tile_rounds.id),"
            " ts = (SELECT m.ts FROM slack_messages m"
            "  WHERE m.purpose = :purpose AND m.subject_id = tile_rounds.id)"
        ).bindparams(purpose=TILE_POST)
    )
    op.execute(
        sa.text("DELETE FROM slack_messages WHERE purpose = :purpose").bindparams(purpose=TILE_POST)
    )

"""idea box, one-liners, lighter events, programme roles, participation

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


@contextmanager
def _sqlite_foreign_keys_off() -> Iterator[None]:
    """SQLite cannot drop NOT NULL in place: batch mode copies `meetings` into a new table and
    drops the old one, and with foreign keys on that DROP deletes every RSVP, check-in and
    reminder row pointing at a meeting (ON DELETE CASCADE). So foreign keys go off for the
    copy (SQLite ignores the pragma inside a transaction: then refuse rather than lose data)
    and the result is checked before they go back on."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    bind.exec_driver_sql("PRAGMA foreign_keys=OFF")
    still_on = bind.exec_driver_sql("PRAGMA foreign_keys").scalar()
    if still_on and bind.exec_driver_sql("SELECT count(*) FROM meetings").scalar():
        raise RuntimeError("migration 0008 needs SQLite foreign keys off: migrate to 0007 first")
    yield
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    bind.exec_driver_sql("PRAGMA foreign_keys=ON")
    if broken:
        raise RuntimeError(f"migration 0008 left broken references: {broken[:5]}")


def upgrade() -> None:
    op.create_table(
        "programme_coordinators",
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("added_by", sa.String(length=32), nullable=False),
        sa.Column("added_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_programme_coordinators_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "workspace_id", "slack_user_id", name=op.f("pk_programme_coordinators")
        ),
    )
    op.create_table(
        "programmes",
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("claimed_by", sa.String(length=32), nullable=False),
        sa.Column("claimed_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_programmes_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("workspace_id", name=op.f("pk_programmes")),
    )
    op.create_table(
        "programme_shares",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("changed_by", sa.String(length=32), nullable=False),
        sa.Column("changed_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_programme_shares_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("network_id", name=op.f("pk_programme_shares")),
    )
    op.create_table(
        "ideas",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("author_user_id", sa.String(length=32), nullable=False),
        sa.Column("show_name", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("taken_up_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("taken_up_by", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_ideas_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_ideas_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ideas")),
    )
    with op.batch_alter_table("ideas", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_ideas_network_id"), ["network_id"], unique=False)

    op.create_table(
        "occasion_networks",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_occasion_networks_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_occasion_networks_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", "network_id", name=op.f("pk_occasion_networks")),
    )
    op.create_table(
        "tile_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("opened_by", sa.String(length=32), nullable=False),
        sa.Column("opened_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("posts_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("posted_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("channel_id", sa.String(length=32), nullable=True),
        sa.Column("ts", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_tile_rounds_meeting_id_meetings"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_tile_rounds_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tile_rounds")),
        sa.UniqueConstraint("meeting_id", name=op.f("uq_tile_rounds_meeting_id")),
    )
    with op.batch_alter_table("tile_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tile_rounds_network_id"), ["network_id"], unique=False)

    op.create_table(
        "tiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=150), nullable=False),
        sa.Column("written_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["tile_rounds.id"],
            name=op.f("fk_tiles_round_id_tile_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tiles")),
        sa.UniqueConstraint("round_id", "slack_user_id", name=op.f("uq_tiles_round_id")),
    )
    with _sqlite_foreign_keys_off(), op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=20), server_default="meeting", nullable=False)
        )
        batch_op.add_column(sa.Column("title", sa.String(length=150), nullable=True))
        batch_op.add_column(sa.Column("event_type", sa.String(length=30), nullable=True))
        batch_op.alter_column("number", existing_type=sa.INTEGER(), nullable=True)


def downgrade() -> None:
    with _sqlite_foreign_keys_off():
        # Events keep a number beyond the year's seven, so that NOT NULL can come back.
        op.execute(sa.text("UPDATE meetings SET number = 1000 + id WHERE number IS NULL"))
        with op.batch_alter_table("meetings", schema=None) as batch_op:
            batch_op.alter_column("number", existing_type=sa.INTEGER(), nullable=False)
            batch_op.drop_column("event_type")
            batch_op.drop_column("title")
            batch_op.drop_column("kind")

    op.drop_table("tiles")
    with op.batch_alter_table("tile_rounds", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tile_rounds_network_id"))

    op.drop_table("tile_rounds")
    op.drop_table("occasion_networks")
    with op.batch_alter_table("ideas", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ideas_network_id"))

    op.drop_table("ideas")
    op.drop_table("programme_shares")
    op.drop_table("programmes")
    op.drop_table("programme_coordinators")

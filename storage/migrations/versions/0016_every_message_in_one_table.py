"""every mirrored message's place in one table: knowledge items and guest announcements

Revision ID: 0016
Revises: 0015

The last two places that kept their own message columns move into `slack_messages`:
- a knowledge item's thread starter (`knowledge_items.channel_id`/`ts`): purpose
  `knowledge.item`, subject the item, network the item's;
- a lighter event's announcement in a guest network's channel (`occasion_networks.ts`):
  purpose `meeting.guest`, subject the event, network the guest network.

An event has one guest announcement per guest network, so the unique key widens from
(purpose, subject_id) to (purpose, subject_id, network_id) and `network_id` becomes NOT NULL
(every writer gives one: the network whose channel shows the message). For every other
purpose the subject lives in exactly one network, so the wider key still means one message
per subject there; rows without a network could not be shown anywhere and are dropped.
Replies find their item by (channel, ts): `ix_slack_messages_channel_id_ts` keeps that indexed.

SQLite cannot drop a column that is in a UNIQUE constraint, so `knowledge_items` is copied
into a new table (batch mode). With foreign keys on, dropping the old table would delete every
reply, tag and help offer of every item (ON DELETE CASCADE): foreign keys go off for the copy,
as in 0008. `slack_messages` has no children, so its copy is harmless; `occasion_networks.ts`
is dropped in place.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ITEM_MESSAGE = "knowledge.item"
GUEST_ANNOUNCEMENT = "meeting.guest"


@contextmanager
def _sqlite_foreign_keys_off() -> Iterator[None]:
    """Foreign keys off around the table copies (SQLite ignores the pragma inside a
    transaction: then refuse rather than lose an item's replies), checked before they go back
    on."""
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    bind.exec_driver_sql("PRAGMA foreign_keys=OFF")
    still_on = bind.exec_driver_sql("PRAGMA foreign_keys").scalar()
    if still_on and bind.exec_driver_sql("SELECT count(*) FROM knowledge_items").scalar():
        raise RuntimeError("migration 0016 needs SQLite foreign keys off: migrate to 0015 first")
    yield
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    bind.exec_driver_sql("PRAGMA foreign_keys=ON")
    if broken:
        raise RuntimeError(f"migration 0016 left broken references: {broken[:5]}")


def upgrade() -> None:
    with _sqlite_foreign_keys_off():
        op.execute("DELETE FROM slack_messages WHERE network_id IS NULL")
        with op.batch_alter_table("slack_messages", schema=None) as batch_op:
            batch_op.alter_column("network_id", existing_type=sa.Integer(), nullable=False)
            batch_op.drop_constraint("uq_slack_messages_purpose", type_="unique")
            batch_op.create_unique_constraint(
                "uq_slack_messages_purpose", ["purpose", "subject_id", "network_id"]
            )
            batch_op.create_index("ix_slack_messages_channel_id_ts", ["channel_id", "ts"])
        op.execute(
            sa.text(
                "INSERT INTO slack_messages"
                " (network_id, purpose, subject_id, channel_id, ts, posted_at)"
                " SELECT network_id, :purpose, id, channel_id, ts, created_at"
                " FROM knowledge_items WHERE channel_id IS NOT NULL AND ts IS NOT NULL"
            ).bindparams(purpose=ITEM_MESSAGE)
        )
        op.execute(
            sa.text(
                "INSERT INTO slack_messages"
                " (network_id, purpose, subject_id, channel_id, ts, posted_at)"
                " SELECT o.network_id, :purpose, o.meeting_id, n.channel_id, o.ts, m.created_at"
                " FROM occasion_networks o"
                " JOIN networks n ON n.id = o.network_id"
                " JOIN meetings m ON m.id = o.meeting_id"
                " WHERE o.ts IS NOT NULL"
            ).bindparams(purpose=GUEST_ANNOUNCEMENT)
        )
        with op.batch_alter_table("knowledge_items", schema=None) as batch_op:
            batch_op.drop_constraint("uq_knowledge_items_channel_id", type_="unique")
            batch_op.drop_column("channel_id")
            batch_op.drop_column("ts")
    op.drop_column("occasion_networks", "ts")


def downgrade() -> None:
    with _sqlite_foreign_keys_off():
        op.add_column("occasion_networks", sa.Column("ts", sa.String(length=32), nullable=True))
        op.execute(
            sa.text(
                "UPDATE occasion_networks SET ts = (SELECT m.ts FROM slack_messages m"
                "  WHERE m.purpose = :purpose AND m.subject_id = occasion_networks.meeting_id"
                "  AND m.network_id = occasion_networks.network_id)"
            ).bindparams(purpose=GUEST_ANNOUNCEMENT)
        )
        with op.batch_alter_table("knowledge_items", schema=None) as batch_op:
            batch_op.add_column(sa.Column("channel_id", sa.String(length=32), nullable=True))
            batch_op.add_column(sa.Column("ts", sa.String(length=32), nullable=True))
            batch_op.create_unique_constraint("uq_knowledge_items_channel_id", ["channel_id", "ts"])
        op.execute(
            sa.text(
                "UPDATE knowledge_items SET"
                " channel_id = (SELECT m.channel_id FROM slack_messages m"
                "  WHERE m.purpose = :purpose AND m.subject_id = knowledge_items.id),"
                " ts = (SELECT m.ts FROM slack_messages m"
                "  WHERE m.purpose = :purpose AND m.subject_id = knowledge_items.id)"
            ).bindparams(purpose=ITEM_MESSAGE)
        )
        op.execute(
            sa.text("DELETE FROM slack_messages WHERE purpose IN (:item, :guest)").bindparams(
                item=ITEM_MESSAGE, guest=GUEST_ANNOUNCEMENT
            )
        )
        with op.batch_alter_table("slack_messages", schema=None) as batch_op:
            batch_op.drop_index("ix_slack_messages_channel_id_ts")
            batch_op.drop_constraint("uq_slack_messages_purpose", type_="unique")
            batch_op.create_unique_constraint(
                "uq_slack_messages_purpose", ["purpose", "subject_id"]
            )
            batch_op.alter_column("network_id", existing_type=sa.Integer(), nullable=True)

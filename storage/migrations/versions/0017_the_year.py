"""the year as it is lived: commitments per organisation and year, the shared goal, a year
number on networks and meetings

Revision ID: 0017
Revises: 0016

Every existing network and meeting is in year 1 (server default). The meetings' unique key
widens from (network_id, number) to (network_id, year, number) so a second year has its own
seven meetings. SQLite cannot change a UNIQUE constraint in place, so `meetings` is copied in
batch mode; with foreign keys on, dropping the old table would delete every RSVP, guest
network and message of every meeting (ON DELETE CASCADE): foreign keys go off for the copy,
as in 0016, and are checked before they go back on.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import sqlalchemy as sa
from alembic import op

from storage.types import UTCDateTime

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


@contextmanager
def _sqlite_foreign_keys_off() -> Iterator[None]:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        yield
        return
    bind.exec_driver_sql("PRAGMA foreign_keys=OFF")
    still_on = bind.exec_driver_sql("PRAGMA foreign_keys").scalar()
    if still_on and bind.exec_driver_sql("SELECT count(*) FROM meetings").scalar():
        raise RuntimeError("migration 0017 needs SQLite foreign keys off: migrate to 0016 first")
    yield
    broken = bind.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    bind.exec_driver_sql("PRAGMA foreign_keys=ON")
    if broken:
        raise RuntimeError(f"migration 0017 left broken references: {broken[:5]}")


def upgrade() -> None:
    op.add_column("networks", sa.Column("year", sa.Integer(), nullable=False, server_default="1"))
    with _sqlite_foreign_keys_off(), op.batch_alter_table("meetings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("year", sa.Integer(), nullable=False, server_default="1"))
        batch_op.drop_constraint("uq_meetings_network_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_meetings_network_id", ["network_id", "year", "number"]
        )
    op.create_table(
        "commitments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("asked_at", UTCDateTime(), nullable=False),
        sa.Column("deadline", UTCDateTime(), nullable=False),
        sa.Column("starts_at", UTCDateTime(), nullable=False),
        sa.Column("ends_at", UTCDateTime(), nullable=False),
        sa.Column("answered_by", sa.String(length=32), nullable=True),
        sa.Column("answered_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_commitments_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_commitments_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commitments")),
        sa.UniqueConstraint("organisation_id", "year", name=op.f("uq_commitments_organisation_id")),
    )
    op.create_index(op.f("ix_commitments_network_id"), "commitments", ["network_id"])
    op.create_table(
        "network_goals",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("set_by", sa.String(length=32), nullable=False),
        sa.Column("set_at", UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_goals_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_goals")),
    )
    op.create_index(op.f("ix_network_goals_network_id"), "network_goals", ["network_id"])


def _drop_later_years() -> None:
    """Meetings of a later year cannot keep their numbers under the narrower key: they go,
    with what hangs on them (done by hand, as foreign keys are off for the copy on SQLite)."""
    bind = op.get_bind()
    later = "SELECT id FROM meetings WHERE year > 1"
    inspector = sa.inspect(bind)
    for table in inspector.get_table_names():
        for key in inspector.get_foreign_keys(table):
            if key["referred_table"] != "meetings" or table == "meetings":
                continue
            column = key["constrained_columns"][0]
            if (key.get("options") or {}).get("ondelete", "").upper() == "SET NULL":
                op.execute(f"UPDATE {table} SET {column} = NULL WHERE {column} IN ({later})")
            else:
                op.execute(f"DELETE FROM {table} WHERE {column} IN ({later})")
    op.execute(f"DELETE FROM meetings WHERE id IN ({later})")


def downgrade() -> None:
    op.drop_index(op.f("ix_network_goals_network_id"), table_name="network_goals")
    op.drop_table("network_goals")
    op.drop_index(op.f("ix_commitments_network_id"), table_name="commitments")
    op.drop_table("commitments")
    with _sqlite_foreign_keys_off(), op.batch_alter_table("meetings", schema=None) as batch_op:
        _drop_later_years()
        batch_op.drop_constraint("uq_meetings_network_id", type_="unique")
        batch_op.create_unique_constraint("uq_meetings_network_id", ["network_id", "number"])
        batch_op.drop_column("year")
    op.drop_column("networks", "year")

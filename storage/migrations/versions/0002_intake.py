"""intake answers and the fit check

Revision ID: 0002
Revises: 0001
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "intakes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.Column("proud_of", sa.Text(), nullable=False),
        sa.Column("good_at", sa.Text(), nullable=False),
        sa.Column("developing", sa.Text(), nullable=False),
        sa.Column("struggle", sa.Text(), nullable=False),
        sa.Column("stuck", sa.Text(), nullable=False),
        sa.Column("learn", sa.Text(), nullable=False),
        sa.Column("start", sa.Text(), nullable=False),
        sa.Column("bring_tags", sa.JSON(), nullable=False),
        sa.Column("take_tags", sa.JSON(), nullable=False),
        sa.Column("shareable", sa.Boolean(), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["members.id"],
            name=op.f("fk_intakes_member_id_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_intakes_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intakes")),
        sa.UniqueConstraint("member_id", name=op.f("uq_intakes_member_id")),
    )
    with op.batch_alter_table("intakes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_intakes_network_id"), ["network_id"], unique=False)

    op.create_table(
        "fit_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("started_by", sa.String(length=32), nullable=False),
        sa.Column("invited", sa.JSON(), nullable=False),
        sa.Column("started_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("closes_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("closed_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_fit_checks_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fit_checks")),
    )
    with op.batch_alter_table("fit_checks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_fit_checks_network_id"), ["network_id"], unique=False)

    op.create_table(
        "fit_check_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fit_check_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("remarks", sa.JSON(), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["fit_check_id"],
            ["fit_checks.id"],
            name=op.f("fk_fit_check_answers_fit_check_id_fit_checks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_fit_check_answers")),
        sa.UniqueConstraint(
            "fit_check_id", "slack_user_id", name=op.f("uq_fit_check_answers_fit_check_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("fit_check_answers")
    with op.batch_alter_table("fit_checks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_fit_checks_network_id"))

    op.drop_table("fit_checks")
    with op.batch_alter_table("intakes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_intakes_network_id"))

    op.drop_table("intakes")

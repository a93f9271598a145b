"""polls that can be changed (reopened once), follow-up answers shared in the thread, and
programme-wide surveys

Revision ID: 0020
Revises: 0019
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0020"
down_revision: str | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMNs: every existing poll was never reopened, every existing answer stays
    # for the organisers only (as it was).
    op.add_column("polls", sa.Column("reopened_at", storage.types.UTCDateTime(), nullable=True))
    op.add_column(
        "poll_answers",
        sa.Column("sharing", sa.String(12), nullable=False, server_default="private"),
    )
    # What people type in a poll's thread.
    op.create_table(
        "poll_replies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("poll_id", sa.Integer(), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=False),
        sa.Column("ts", sa.String(length=32), nullable=False),
        sa.Column("user_id", sa.String(length=32), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("posted_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("deleted_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["poll_id"],
            ["polls.id"],
            name=op.f("fk_poll_replies_poll_id_polls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_poll_replies")),
        sa.UniqueConstraint("channel_id", "ts", name=op.f("uq_poll_replies_channel_id")),
    )
    with op.batch_alter_table("poll_replies", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_poll_replies_poll_id"), ["poll_id"], unique=False)
    # Programme-wide surveys: new tables.
    op.create_table(
        "surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=300), nullable=False),
        sa.Column("per_organisation", sa.Boolean(), nullable=False),
        sa.Column("audience", sa.String(length=12), nullable=False),
        sa.Column("channel_id", sa.String(length=32), nullable=True),
        sa.Column("message_ts", sa.String(length=32), nullable=True),
        sa.Column("support_question", sa.Text(), nullable=True),
        sa.Column("created_by", sa.String(length=32), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("closed_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("closed_by", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_surveys_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_surveys")),
    )
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_surveys_workspace_id"), ["workspace_id"], unique=False)

    op.create_table(
        "survey_options",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=75), nullable=False),
        sa.Column("follow_up", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_options_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_options")),
        sa.UniqueConstraint("survey_id", "position", name=op.f("uq_survey_options_survey_id")),
    )
    op.create_table(
        "survey_recipients",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=True),
        sa.Column("channel_id", sa.String(length=32), nullable=True),
        sa.Column("message_ts", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_survey_recipients_network_id_networks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_recipients_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_recipients")),
        sa.UniqueConstraint(
            "survey_id", "slack_user_id", name=op.f("uq_survey_recipients_survey_id")
        ),
    )
    op.create_table(
        "survey_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("wants_support", sa.Boolean(), nullable=False),
        sa.Column("contacted_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("contacted_by", sa.String(length=32), nullable=True),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["survey_options.id"],
            name=op.f("fk_survey_answers_option_id_survey_options"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_answers_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_answers")),
        sa.UniqueConstraint("survey_id", "slack_user_id", name=op.f("uq_survey_answers_survey_id")),
    )
    op.create_table(
        "survey_votes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("option_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=True),
        sa.Column("organisation", sa.String(length=80), nullable=True),
        sa.Column("organisation_key", sa.String(length=80), nullable=True),
        sa.Column("voted_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_survey_votes_network_id_networks"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["option_id"],
            ["survey_options.id"],
            name=op.f("fk_survey_votes_option_id_survey_options"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["surveys.id"],
            name=op.f("fk_survey_votes_survey_id_surveys"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_votes")),
        sa.UniqueConstraint("survey_id", "slack_user_id", name=op.f("uq_survey_votes_survey_id")),
    )


def downgrade() -> None:
    op.drop_table("survey_votes")
    op.drop_table("survey_answers")
    op.drop_table("survey_recipients")
    op.drop_table("survey_options")
    with op.batch_alter_table("surveys", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_surveys_workspace_id"))

    op.drop_table("surveys")
    with op.batch_alter_table("poll_replies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_poll_replies_poll_id"))

    op.drop_table("poll_replies")
    op.drop_column("poll_answers", "sharing")
    op.drop_column("polls", "reopened_at")

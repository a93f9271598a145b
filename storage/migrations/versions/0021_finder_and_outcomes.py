"""network finder (interest, proposed groups), learning-needs analysis, published outcomes

Revision ID: 0021
Revises: 0020
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0021"
down_revision: str | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "finder_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("basis", sa.String(length=20), nullable=False),
        sa.Column("basis_value", sa.String(length=100), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_finder_groups_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_finder_groups_network_id_networks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_finder_groups")),
    )
    op.create_index(
        op.f("ix_finder_groups_workspace_id"), "finder_groups", ["workspace_id"], unique=False
    )
    op.create_table(
        "network_interests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("workspace_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("organisation", sa.String(length=80), nullable=False),
        sa.Column("province", sa.String(length=8), nullable=False),
        sa.Column("travels", sa.Boolean(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("building_blocks", sa.JSON(), nullable=False),
        sa.Column("learning_needs", sa.Text(), nullable=False),
        sa.Column("brings", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("updated_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("left_out", sa.Boolean(), nullable=False),
        sa.Column("leftover_reason", sa.String(length=30), nullable=True),
        sa.Column("network_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["workspace_id"],
            ["workspaces.id"],
            name=op.f("fk_network_interests_workspace_id_workspaces"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["finder_groups.id"],
            name=op.f("fk_network_interests_group_id_finder_groups"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_interests_network_id_networks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_interests")),
        sa.UniqueConstraint(
            "workspace_id", "slack_user_id", name=op.f("uq_network_interests_workspace_id")
        ),
    )
    op.create_index(
        op.f("ix_network_interests_workspace_id"),
        "network_interests",
        ["workspace_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_network_interests_group_id"), "network_interests", ["group_id"], unique=False
    )
    op.create_table(
        "published_outcomes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=8), nullable=False),
        sa.Column("body_html", sa.Text(), nullable=False),
        sa.Column("built_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=True),
        sa.Column("published_by", sa.String(length=32), nullable=True),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("unpublished_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_published_outcomes_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["report_reviews.id"],
            name=op.f("fk_published_outcomes_review_id_report_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_published_outcomes")),
        sa.UniqueConstraint("review_id", name=op.f("uq_published_outcomes_review_id")),
        sa.UniqueConstraint("token", name=op.f("uq_published_outcomes_token")),
    )
    op.create_index(
        op.f("ix_published_outcomes_network_id"),
        "published_outcomes",
        ["network_id"],
        unique=False,
    )

    op.create_table(
        "needs_surveys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("started_by", sa.String(length=32), nullable=False),
        sa.Column("started_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("asked", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_needs_surveys_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs_surveys")),
    )
    op.create_index(
        op.f("ix_needs_surveys_network_id"), "needs_surveys", ["network_id"], unique=False
    )
    op.create_table(
        "needs_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("answered_by", sa.String(length=32), nullable=False),
        sa.Column("learn", sa.Text(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("building_blocks", sa.JSON(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("staff_freed", sa.String(length=10), nullable=False),
        sa.Column("funding_note", sa.Text(), nullable=False),
        sa.Column("answered_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["survey_id"],
            ["needs_surveys.id"],
            name=op.f("fk_needs_answers_survey_id_needs_surveys"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_needs_answers_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_needs_answers")),
        sa.UniqueConstraint(
            "survey_id", "organisation_id", name=op.f("uq_needs_answers_survey_id")
        ),
    )
    op.create_index(
        op.f("ix_needs_answers_survey_id"), "needs_answers", ["survey_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("needs_answers")
    op.drop_table("needs_surveys")
    op.drop_table("published_outcomes")
    op.drop_table("network_interests")
    op.drop_table("finder_groups")

"""attendance taken after a meeting, what came out of it (insights, agreements, actions), and
a meeting's agenda, and benchmark figures

Revision ID: 0018
Revises: 0017

Two new tables; nothing existing changes. RSVPs stay what they are (an intention).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import storage.types

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "attendance_records",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("slack_user_id", sa.String(length=32), nullable=False),
        sa.Column("self_report", sa.String(length=20), nullable=True),
        sa.Column("self_reported_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("confirmed", sa.String(length=20), nullable=True),
        sa.Column("confirmed_by", sa.String(length=32), nullable=True),
        sa.Column("confirmed_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_attendance_records_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_records")),
        sa.UniqueConstraint(
            "meeting_id", "slack_user_id", name=op.f("uq_attendance_records_meeting_id")
        ),
    )
    op.create_table(
        "meeting_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner_user_id", sa.String(length=32), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("done_at", storage.types.UTCDateTime(), nullable=True),
        sa.Column("done_by", sa.String(length=32), nullable=True),
        sa.Column("recorded_by", sa.String(length=32), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["knowledge_items.id"],
            name=op.f("fk_meeting_results_item_id_knowledge_items"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_meeting_results_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_meeting_results_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_results")),
    )
    op.create_index(
        op.f("ix_meeting_results_meeting_id"), "meeting_results", ["meeting_id"], unique=False
    )
    op.create_table(
        "agenda_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("proposed_by", sa.String(length=32), nullable=True),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_agenda_items_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_items")),
    )
    op.create_index(
        op.f("ix_agenda_items_meeting_id"), "agenda_items", ["meeting_id"], unique=False
    )

    op.create_table(
        "benchmarks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("deadline", storage.types.UTCDateTime(), nullable=False),
        sa.Column("created_by", sa.String(length=32), nullable=False),
        sa.Column("created_at", storage.types.UTCDateTime(), nullable=False),
        sa.Column("published_at", storage.types.UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meetings.id"],
            name=op.f("fk_benchmarks_meeting_id_meetings"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_benchmarks_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benchmarks")),
    )
    op.create_index(op.f("ix_benchmarks_meeting_id"), "benchmarks", ["meeting_id"], unique=False)
    op.create_table(
        "benchmark_figures",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("benchmark_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["benchmark_id"],
            ["benchmarks.id"],
            name=op.f("fk_benchmark_figures_benchmark_id_benchmarks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benchmark_figures")),
    )
    op.create_index(
        op.f("ix_benchmark_figures_benchmark_id"),
        "benchmark_figures",
        ["benchmark_id"],
        unique=False,
    )
    op.create_table(
        "benchmark_values",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("figure_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.String(length=30), nullable=False),
        sa.Column("entered_by", sa.String(length=32), nullable=False),
        sa.Column("entered_at", storage.types.UTCDateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["figure_id"],
            ["benchmark_figures.id"],
            name=op.f("fk_benchmark_values_figure_id_benchmark_figures"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_benchmark_values_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_benchmark_values")),
        sa.UniqueConstraint(
            "figure_id", "organisation_id", name=op.f("uq_benchmark_values_figure_id")
        ),
    )


def downgrade() -> None:
    op.drop_table("benchmark_values")
    op.drop_index(op.f("ix_benchmark_figures_benchmark_id"), table_name="benchmark_figures")
    op.drop_table("benchmark_figures")
    op.drop_index(op.f("ix_benchmarks_meeting_id"), table_name="benchmarks")
    op.drop_table("benchmarks")
    op.drop_index(op.f("ix_agenda_items_meeting_id"), table_name="agenda_items")
    op.drop_table("agenda_items")
    op.drop_index(op.f("ix_meeting_results_meeting_id"), table_name="meeting_results")
    op.drop_table("meeting_results")
    op.drop_table("attendance_records")

"""an index for the dispatcher's lease check

Revision ID: 0022
Revises: 0021

Each tick looks for rows left `running` past their lease (`state = 'running' AND locked_at <
…`). With only `ix_scheduled_jobs_due` (state, run_at), SQLite's planner scanned the whole
table for it once the table was analysed (100,000 rows: about 20 ms a tick).
`ix_scheduled_jobs_lease` (state, locked_at) makes it a range of the few running rows.
"""

from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_scheduled_jobs_lease", "scheduled_jobs", ["state", "locked_at"])


def downgrade() -> None:
    op.drop_index("ix_scheduled_jobs_lease", table_name="scheduled_jobs")

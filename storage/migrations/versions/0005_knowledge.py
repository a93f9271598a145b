"""knowledge sharing: items, contributions, search index, digests, reports

Revision ID: 0005
Revises: 0004
"""

from collections.abc import Sequence

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved for the knowledge feature; its tables are added here."""


def downgrade() -> None:
    """Reserved for the knowledge feature."""

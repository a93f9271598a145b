"""idea box, one-liners, lighter events, programme roles, participation

Revision ID: 0008
Revises: 0007
"""

from collections.abc import Sequence

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    """Reserved for the programme feature; its tables are added here."""


def downgrade() -> None:
    """Reserved for the programme feature."""

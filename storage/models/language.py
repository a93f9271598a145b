"""Which language a person or a network chose (Dutch unless someone chooses otherwise).

Slack has no Dutch interface, so a Slack locale says nothing about a Dutch member: the choice
is stored here, apart from the profile cache in `slack_users` that is refreshed from Slack.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base


class LanguageChoice(Base):
    """A person's own choice (`/lerend taal en|nl` or App Home); it beats the network's."""

    __tablename__ = "language_choices"
    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    language: Mapped[str] = mapped_column(String(8))
    chosen_at: Mapped[datetime]


class NetworkLanguage(Base):
    """A coordinator's choice for the network: its channel and, unless they chose for
    themselves, its members speak this language."""

    __tablename__ = "network_languages"
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True
    )
    language: Mapped[str] = mapped_column(String(8))
    changed_by: Mapped[str] = mapped_column(String(32))
    changed_at: Mapped[datetime]

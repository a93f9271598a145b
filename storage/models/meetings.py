"""The year of meetings: reminder settings per network, RSVPs per meeting, check-ins.

RSVPs and check-in answers are rows per person with a unique key, so a double click or a retry
changes one row (the last answer wins) and the channel message can always be rebuilt from them.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base


class MeetingSettings(Base):
    """A coordinator's choices for the reminders and the check-in pulse of a network."""

    __tablename__ = "meeting_settings"
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True
    )
    reminder_offsets: Mapped[str] = mapped_column(String(60), default="7d,1d")
    checkin_after_days: Mapped[int] = mapped_column(default=7)  # 0: no check-ins


class Rsvp(Base):
    """Whether a member comes to a meeting: in person, online (with a reason) or not."""

    __tablename__ = "rsvps"
    __table_args__ = (UniqueConstraint("meeting_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    attendance: Mapped[str] = mapped_column(String(20))
    online_reason: Mapped[str | None] = mapped_column(String(200))
    answered_at: Mapped[datetime]


class Checkin(Base):
    """One member's answer in one check-in round (hoe zit iedereen erin?).

    `round_key` names the round: "meeting:<id>" after a meeting, "manual:<network>:<time>" on
    demand. The score stays None until the member answers.
    """

    __tablename__ = "checkins"
    __table_args__ = (UniqueConstraint("round_key", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    round_key: Mapped[str] = mapped_column(String(60))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    score: Mapped[int | None]
    remark: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime]
    answered_at: Mapped[datetime | None]

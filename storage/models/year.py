"""The year as the group lives it: each organisation's commitment for a year (asked after the
first meeting of that year) and the shared goal (gezamenlijk doel) with its history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base


class Commitment(Base):
    """An organisation's answer for one year of the network: asked, committed or stopped.

    One row per organisation and year; the last answer counts (`answered_by` gave it). The
    commitment runs from `starts_at` (the year's first meeting) to `ends_at` (a year later)."""

    __tablename__ = "commitments"
    __table_args__ = (UniqueConstraint("organisation_id", "year"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    year: Mapped[int]
    status: Mapped[str] = mapped_column(String(12), default="asked")
    asked_at: Mapped[datetime]
    deadline: Mapped[datetime]
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    answered_by: Mapped[str | None] = mapped_column(String(32))
    answered_at: Mapped[datetime | None]


class NetworkGoal(Base):
    """One version of the network's shared goal for a year; the latest is the goal, the
    earlier ones are its history."""

    __tablename__ = "network_goals"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    set_by: Mapped[str] = mapped_column(String(32))
    set_at: Mapped[datetime]

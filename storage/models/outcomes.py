"""What happened at a meeting: who was there (taken afterwards, not assumed from RSVPs) and
what came out of it (insights, agreements, actions).

Attendance is one row per person per meeting with two answers kept apart: what the member said
themselves (*was je erbij?*) and what the facilitator or a coordinator confirmed. The
confirmation, when there is one, is what counts (bot/domain/attendance.py), so a disagreement
is settled by the one who took attendance and nothing is lost.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base


class AttendanceRecord(Base):
    """Whether one person was at one held meeting: in person, online or not."""

    __tablename__ = "attendance_records"
    __table_args__ = (UniqueConstraint("meeting_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    self_report: Mapped[str | None] = mapped_column(String(20))  # in_person, online, absent
    self_reported_at: Mapped[datetime | None]
    confirmed: Mapped[str | None] = mapped_column(String(20))  # set by facilitator/coordinator
    confirmed_by: Mapped[str | None] = mapped_column(String(32))
    confirmed_at: Mapped[datetime | None]


class MeetingResult(Base):
    """One thing that came out of a meeting: an insight, an agreement or an action (with an
    owner and, optionally, a date). `item_id` is the meeting's results item in the knowledge
    base, which makes the results searchable with `/lerend zoek`."""

    __tablename__ = "meeting_results"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("knowledge_items.id", ondelete="SET NULL")
    )
    kind: Mapped[str] = mapped_column(String(20))  # insight, agreement, action
    text: Mapped[str] = mapped_column(Text)
    owner_user_id: Mapped[str | None] = mapped_column(String(32))
    due_on: Mapped[date | None]
    done_at: Mapped[datetime | None]
    done_by: Mapped[str | None] = mapped_column(String(32))
    recorded_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]


class AgendaItem(Base):
    """One point on a meeting's agenda, in `position` order. The coordinator builds it (from
    the theme, the idea box, open questions or free text); a member's proposal waits as
    `proposed` until a coordinator accepts it (`accepted`) or not (`declined`)."""

    __tablename__ = "agenda_items"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(20))  # theme, idea, question, free, proposal
    source_id: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(20))  # accepted, proposed, declined
    proposed_by: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime]


class Benchmark(Base):
    """Figures asked of every organisation before a meeting (*cijfers om met een ander te
    benchmarken*), shown side by side after the deadline."""

    __tablename__ = "benchmarks"
    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    deadline: Mapped[datetime]
    created_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
    published_at: Mapped[datetime | None]


class BenchmarkFigure(Base):
    """One number asked: its name and unit."""

    __tablename__ = "benchmark_figures"
    id: Mapped[int] = mapped_column(primary_key=True)
    benchmark_id: Mapped[int] = mapped_column(
        ForeignKey("benchmarks.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(100))
    unit: Mapped[str] = mapped_column(String(30), default="")


class BenchmarkValue(Base):
    """An organisation's answer to one figure (the last one entered counts)."""

    __tablename__ = "benchmark_values"
    __table_args__ = (UniqueConstraint("figure_id", "organisation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    figure_id: Mapped[int] = mapped_column(ForeignKey("benchmark_figures.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    value: Mapped[str] = mapped_column(String(30))  # as a decimal: "12.5"
    entered_by: Mapped[str] = mapped_column(String(32))
    entered_at: Mapped[datetime]

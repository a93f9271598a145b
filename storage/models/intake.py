"""Intake answers (brengen en halen) and the fit check. Timestamps are aware UTC."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.core import Base, Member, Network


class Intake(Base):
    """A member's intake, for their organisation; one per member, the last edit wins."""

    __tablename__ = "intakes"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), unique=True
    )
    # Wat kom je brengen?
    proud_of: Mapped[str] = mapped_column(Text, default="")
    good_at: Mapped[str] = mapped_column(Text, default="")
    developing: Mapped[str] = mapped_column(Text, default="")
    # Wat kom je halen?
    struggle: Mapped[str] = mapped_column(Text, default="")
    stuck: Mapped[str] = mapped_column(Text, default="")
    learn: Mapped[str] = mapped_column(Text, default="")
    start: Mapped[str] = mapped_column(Text, default="")
    bring_tags: Mapped[list[str]] = mapped_column(default=list)
    take_tags: Mapped[list[str]] = mapped_column(default=list)
    shareable: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]

    member: Mapped[Member] = relationship()


class IntakeDraft(Base):
    """An intake on its way: what the member filled in on the first step (brengen), and on
    the second when they went back. It becomes the intake when the second step is saved, and
    lets a member who closed the modal halfway pick up where they were."""

    __tablename__ = "intake_drafts"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), unique=True
    )
    answers: Mapped[dict[str, Any]] = mapped_column(default=dict)
    updated_at: Mapped[datetime]


class FitCheck(Base):
    """One round of the seven 'is a learning network the right form?' questions."""

    __tablename__ = "fit_checks"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    started_by: Mapped[str] = mapped_column(String(32))
    invited: Mapped[list[str]] = mapped_column(default=list)
    started_at: Mapped[datetime]
    closes_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]

    network: Mapped[Network] = relationship()


class FitCheckAnswer(Base):
    """One person's answers. The user id only prevents double answers; results never show it."""

    __tablename__ = "fit_check_answers"
    __table_args__ = (UniqueConstraint("fit_check_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    fit_check_id: Mapped[int] = mapped_column(ForeignKey("fit_checks.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    scores: Mapped[dict[str, Any]] = mapped_column(default=dict)
    remarks: Mapped[dict[str, Any]] = mapped_column(default=dict)
    answered_at: Mapped[datetime]

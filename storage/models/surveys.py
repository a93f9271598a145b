"""Programme-wide surveys (issue 16, item 1): a programme coordinator asks one question
outside any network, in a channel or as a DM to the members of (chosen) networks.

A survey belongs to a workspace, not to a network, so its messages are kept on its own rows
(`slack_messages` is per network): the channel message on `surveys`, each person's DM on
`survey_recipients`. Votes are rows per person; when the question is about the organisation
(`per_organisation`) the organisation's latest vote is the one that counts (one row per
`organisation_key`, the organisation's name key, so the same organisation in two networks
votes once).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.core import Base


class Survey(Base):
    __tablename__ = "surveys"
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    question: Mapped[str] = mapped_column(String(300))
    per_organisation: Mapped[bool] = mapped_column(default=False)
    audience: Mapped[str] = mapped_column(String(12))  # "channel" or "dm"
    channel_id: Mapped[str | None] = mapped_column(String(32))
    message_ts: Mapped[str | None] = mapped_column(String(32))
    support_question: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(32))

    options: Mapped[list[SurveyOption]] = relationship(
        order_by="SurveyOption.position", cascade="all, delete-orphan", lazy="selectin"
    )


class SurveyOption(Base):
    __tablename__ = "survey_options"
    __table_args__ = (UniqueConstraint("survey_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(75))
    follow_up: Mapped[str | None] = mapped_column(Text)


class SurveyRecipient(Base):
    """A person a DM survey is sent to, through which network; where their DM is."""

    __tablename__ = "survey_recipients"
    __table_args__ = (UniqueConstraint("survey_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id", ondelete="SET NULL"))
    channel_id: Mapped[str | None] = mapped_column(String(32))
    message_ts: Mapped[str | None] = mapped_column(String(32))


class SurveyVote(Base):
    """One person's answer; with `per_organisation` only the organisation's last one stays."""

    __tablename__ = "survey_votes"
    __table_args__ = (UniqueConstraint("survey_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(ForeignKey("survey_options.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id", ondelete="SET NULL"))
    organisation: Mapped[str | None] = mapped_column(String(80))
    organisation_key: Mapped[str | None] = mapped_column(String(80))
    voted_at: Mapped[datetime]


class SurveyAnswer(Base):
    """A person's answers to the follow-up questions of their option; `wants_support` when
    they answered yes to the survey's support question."""

    __tablename__ = "survey_answers"
    __table_args__ = (UniqueConstraint("survey_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(ForeignKey("survey_options.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    answers: Mapped[list[str]] = mapped_column(default=list)
    wants_support: Mapped[bool] = mapped_column(default=False)
    contacted_at: Mapped[datetime | None]
    contacted_by: Mapped[str | None] = mapped_column(String(32))
    answered_at: Mapped[datetime]

"""Polls, their votes and follow-up answers, consent decisions, and per-network poll settings.

Votes are rows per person (never counters), so a message can always be rebuilt from them and a
double click or a retry hits a unique key instead of counting twice.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models.core import Base


class NetworkSettings(Base):
    """Choices a coordinator makes for the network (a table of its own, beside `networks`)."""

    __tablename__ = "network_settings"
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), primary_key=True
    )
    members_may_create_polls: Mapped[bool] = mapped_column(default=False)


class Poll(Base):
    """A question with options, posted as one channel message that is rebuilt from the votes.

    `version` counts changes (votes); `rendered_version` is the change the message last showed;
    `refreshed_at` is when a vote last claimed an immediate rebuild (see services/polls.py).
    """

    __tablename__ = "polls"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20), default="poll")
    question: Mapped[str] = mapped_column(String(300))
    multiple: Mapped[bool] = mapped_column(default=False)
    anonymous: Mapped[bool] = mapped_column(default=False)
    closes_at: Mapped[datetime | None]
    remind_before_minutes: Mapped[int | None]
    created_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None] = mapped_column(String(32))
    reopened_at: Mapped[datetime | None]  # a closed poll may be reopened once
    version: Mapped[int] = mapped_column(default=0)
    rendered_version: Mapped[int] = mapped_column(default=0)
    refreshed_at: Mapped[datetime | None]

    options: Mapped[list[PollOption]] = relationship(
        order_by="PollOption.position", cascade="all, delete-orphan", lazy="selectin"
    )


class PollOption(Base):
    """One answer to choose; `follow_up` holds open questions asked after a vote, one a line."""

    __tablename__ = "poll_options"
    __table_args__ = (UniqueConstraint("poll_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(75))
    follow_up: Mapped[str | None] = mapped_column(Text)


class PollVote(Base):
    """One person's vote for one option; the unique key makes a repeated click harmless."""

    __tablename__ = "poll_votes"
    __table_args__ = (UniqueConstraint("poll_id", "option_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(ForeignKey("poll_options.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    voted_at: Mapped[datetime]


class PollAnswer(Base):
    """A person's answers to the follow-up questions of an option they voted for."""

    __tablename__ = "poll_answers"
    __table_args__ = (UniqueConstraint("poll_id", "option_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"))
    option_id: Mapped[int] = mapped_column(ForeignKey("poll_options.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    answers: Mapped[list[str]] = mapped_column(default=list)
    # Who may read them: "private" (the organisers), "named" or "anonymous" (in the poll's
    # thread; where: slack_messages, purpose "poll.answer", subject this row).
    sharing: Mapped[str] = mapped_column(String(12), default="private", server_default="private")
    answered_at: Mapped[datetime]


class ConsentDecision(Base):
    """The group's consent decision (consentbesluit) on one join request."""

    __tablename__ = "consent_decisions"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    join_request_id: Mapped[int] = mapped_column(
        ForeignKey("join_requests.id", ondelete="CASCADE"), unique=True
    )
    deadline: Mapped[datetime]
    outcome: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]


class ConsentVote(Base):
    """An organisation's current position; any of its members may change it (the last counts)."""

    __tablename__ = "consent_votes"
    __table_args__ = (UniqueConstraint("decision_id", "organisation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    decision_id: Mapped[int] = mapped_column(ForeignKey("consent_decisions.id", ondelete="CASCADE"))
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    choice: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)
    slack_user_id: Mapped[str] = mapped_column(String(32))
    cast_at: Mapped[datetime]


class PollReply(Base):
    """A message someone typed in a poll's thread (the seed's "Deel hieronder je ervaringen"),
    recorded so the organisers have it with the results; a deletion in Slack is followed."""

    __tablename__ = "poll_replies"
    __table_args__ = (UniqueConstraint("channel_id", "ts"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    poll_id: Mapped[int] = mapped_column(ForeignKey("polls.id", ondelete="CASCADE"), index=True)
    channel_id: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]

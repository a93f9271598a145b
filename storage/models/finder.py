"""Before a network exists and after it ends (issue 17): organisations' interest in a learning
network, the finder's proposed groups, and outcome reports published as web pages."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.core import Base


class FinderGroup(Base):
    """One group of the programme coordinator's current proposal. `basis` and `basis_value`
    are what the finder seeded it on; the reason shown is recomputed from its members. Once a
    network is made from it, `network_id` is set and the group is kept as the record."""

    __tablename__ = "finder_groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    basis: Mapped[str] = mapped_column(String(20))
    basis_value: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime]
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id", ondelete="SET NULL"))


class NetworkInterest(Base):
    """An organisation that wants a learning network, registered by its contact person (one
    registration per person and workspace; registering again updates it)."""

    __tablename__ = "network_interests"
    __table_args__ = (UniqueConstraint("workspace_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(
        ForeignKey("workspaces.id", ondelete="CASCADE"), index=True
    )
    slack_user_id: Mapped[str] = mapped_column(String(32))
    organisation: Mapped[str] = mapped_column(String(80))
    province: Mapped[str] = mapped_column(String(8))
    travels: Mapped[bool] = mapped_column(default=False)
    themes: Mapped[list[str]]
    building_blocks: Mapped[list[str]]
    learning_needs: Mapped[str] = mapped_column(Text)
    brings: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(20), default="command")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("finder_groups.id", ondelete="SET NULL"), index=True
    )
    left_out: Mapped[bool] = mapped_column(default=False)  # the coordinator left it out
    leftover_reason: Mapped[str | None] = mapped_column(String(30))
    network_id: Mapped[int | None] = mapped_column(ForeignKey("networks.id", ondelete="SET NULL"))


class PublishedOutcome(Base):
    """The public (anonymised) outcome report of one review round, kept as the page that was
    built when every organisation had approved (a snapshot: nothing written later reaches it).
    Publishing gives it a fresh unguessable `token` (served at /uitkomst/<token>);
    unpublishing sets `unpublished_at`, and the address answers 404 from then on."""

    __tablename__ = "published_outcomes"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    review_id: Mapped[int] = mapped_column(
        ForeignKey("report_reviews.id", ondelete="CASCADE"), unique=True
    )
    title: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8))
    body_html: Mapped[str] = mapped_column(Text)
    built_at: Mapped[datetime]
    token: Mapped[str | None] = mapped_column(String(64), unique=True)
    published_by: Mapped[str | None] = mapped_column(String(32))
    published_at: Mapped[datetime | None]
    unpublished_at: Mapped[datetime | None]


class NeedsSurvey(Base):
    """A learning-needs analysis of a network's organisations (seed 002), started by a
    coordinator; the latest one is the network's."""

    __tablename__ = "needs_surveys"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    started_by: Mapped[str] = mapped_column(String(32))
    started_at: Mapped[datetime]
    asked: Mapped[int]  # organisations asked


class NeedsAnswer(Base):
    """One organisation's answer (the last one given for it counts)."""

    __tablename__ = "needs_answers"
    __table_args__ = (UniqueConstraint("survey_id", "organisation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(
        ForeignKey("needs_surveys.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    answered_by: Mapped[str] = mapped_column(String(32))
    learn: Mapped[str] = mapped_column(Text)
    themes: Mapped[list[str]]
    building_blocks: Mapped[list[str]]
    roles: Mapped[list[str]]
    staff_freed: Mapped[str] = mapped_column(String(10))
    funding_note: Mapped[str] = mapped_column(Text, default="")
    answered_at: Mapped[datetime]

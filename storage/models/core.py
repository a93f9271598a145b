"""Core models: workspaces, networks, members, meetings, the schedule. Timestamps are aware UTC."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    ForeignKey,
    Index,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    and_,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from storage.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        datetime: UTCDateTime(),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Workspace(Base):
    """A Slack workspace (team) the app is used in."""

    __tablename__ = "workspaces"
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime]
    # Set when the app is uninstalled (single-workspace mode); its scheduled work waits.
    uninstalled_at: Mapped[datetime | None]


class Network(Base):
    """A learning network, bound to one Slack channel."""

    __tablename__ = "networks"
    __table_args__ = (UniqueConstraint("workspace_id", "channel_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    workspace_id: Mapped[int] = mapped_column(ForeignKey("workspaces.id", ondelete="CASCADE"))
    channel_id: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(80))
    description: Mapped[str | None] = mapped_column(Text)
    building_blocks: Mapped[list[str]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(20))
    created_by: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime]
    closed_at: Mapped[datetime | None]
    # A new organisation's join waits for a coordinator's yes (issue 15), also before meeting 2.
    approve_new_organisations: Mapped[bool] = mapped_column(default=True, server_default=true())
    # The network's year (1, 2, ...): its seven meetings and commitments carry the same number.
    year: Mapped[int] = mapped_column(default=1, server_default="1")

    workspace: Mapped[Workspace] = relationship()
    themes: Mapped[list[Theme]] = relationship(
        order_by="Theme.position", cascade="all, delete-orphan", back_populates="network"
    )
    # The organisations that take part (count towards the 6 to 10): a removed, merged or
    # expired organisation keeps its row (its contributions keep their label) but leaves here.
    organisations: Mapped[list[Organisation]] = relationship(
        primaryjoin=lambda: and_(
            Network.id == Organisation.network_id, Organisation.left_at.is_(None)
        ),
        order_by="Organisation.name",
        cascade="all, delete-orphan",
        back_populates="network",
    )
    members: Mapped[list[Member]] = relationship(
        cascade="all, delete-orphan", back_populates="network"
    )


class Theme(Base):
    """One of the network's one or two themes."""

    __tablename__ = "themes"
    __table_args__ = (UniqueConstraint("network_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(80))
    network: Mapped[Network] = relationship(back_populates="themes")


class Organisation(Base):
    """A care organisation taking part in a network (the unit of membership)."""

    __tablename__ = "organisations"
    __table_args__ = (UniqueConstraint("network_id", "name_key"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    name_key: Mapped[str] = mapped_column(String(80))
    admitted_at: Mapped[datetime]
    # Chosen when it approves its excerpt: named in the public outcome report, or a label.
    named_in_report: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Set when it stopped taking part: removed, merged into another, or empty (issue 15).
    left_at: Mapped[datetime | None]
    left_reason: Mapped[str | None] = mapped_column(String(20))
    merged_into_id: Mapped[int | None]
    # Its last member left: flagged to the coordinator, it stops counting after a grace period.
    empty_since: Mapped[datetime | None]
    network: Mapped[Network] = relationship(back_populates="organisations")
    members: Mapped[list[Member]] = relationship(back_populates="organisation")


class Member(Base):
    """A person in a network; the coordinator may have no organisation of their own."""

    __tablename__ = "members"
    __table_args__ = (UniqueConstraint("network_id", "slack_user_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL")
    )
    joined_at: Mapped[datetime]
    committed_at: Mapped[datetime | None]
    network: Mapped[Network] = relationship(back_populates="members")
    organisation: Mapped[Organisation | None] = relationship(back_populates="members")
    role_rows: Mapped[list[MemberRole]] = relationship(
        cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def roles(self) -> frozenset[str]:
        return frozenset(row.role for row in self.role_rows)


class MemberRole(Base):
    """A role beyond plain membership: coordinator, facilitator or expert."""

    __tablename__ = "member_roles"
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[str] = mapped_column(String(20), primary_key=True)


class JoinRequest(Base):
    """A new organisation asking to join: decided by the group's consent after the 2nd meeting
    (`kind` "consent"), or by a coordinator when the network wants a yes (`kind` "approval")."""

    __tablename__ = "join_requests"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    slack_user_id: Mapped[str] = mapped_column(String(32))
    organisation_name: Mapped[str] = mapped_column(String(80))
    committed: Mapped[bool] = mapped_column(default=False)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    created_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    kind: Mapped[str] = mapped_column(String(20), default="consent", server_default="consent")
    decided_by: Mapped[str | None] = mapped_column(String(32))
    reason: Mapped[str | None] = mapped_column(Text)  # why a coordinator declined


class Meeting(Base):
    """An occasion of a network: one of the seven meetings (bijeenkomsten) of the year, or a
    lighter event (webinar, workshop, studiemiddag, training; `kind` "event") that has no
    number and may be open to other networks too (storage/models/programme.py). Both share
    the announcement, RSVPs, reminders and calendar file."""

    __tablename__ = "meetings"
    __table_args__ = (UniqueConstraint("network_id", "year", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20), default="meeting", server_default="meeting")
    number: Mapped[int | None]  # 1..7 for a meeting; None for an event
    year: Mapped[int] = mapped_column(default=1, server_default="1")  # the network's year
    title: Mapped[str | None] = mapped_column(String(150))  # an event's own title
    event_type: Mapped[str | None] = mapped_column(String(30))  # webinar, workshop, ...
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    location: Mapped[str | None] = mapped_column(String(300))
    theme_id: Mapped[int | None] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"))
    facilitator_user_id: Mapped[str | None] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(20), default="planned")
    created_at: Mapped[datetime]
    # Goes up on every move and on cancelling: the SEQUENCE of the meeting's .ics file.
    revision: Mapped[int] = mapped_column(default=0, server_default="0")

    @property
    def year_number(self) -> int:
        """The number (1..7) of one of the seven meetings of the year. Only meetings have one:
        code that works on the year's meetings (the plan, the overview, the report) reads it
        here, and an event reaching such code is a bug, not a meeting without a number."""
        if self.number is None:
            raise ValueError(f"occasion {self.id} is an event: it has no meeting number")
        return self.number


class SlackMessage(Base):
    """Where a message the bot posted lives, so it can be rebuilt from the database.

    One message per purpose, subject and network: the network is the one whose channel shows
    it. For most purposes the subject belongs to one network, so this is one per subject; a
    lighter event is announced once in each guest network's channel too (`meeting.guest`).
    Indexed on (channel, ts) so a thread reply finds the message it replies to.
    """

    __tablename__ = "slack_messages"
    __table_args__ = (
        UniqueConstraint("purpose", "subject_id", "network_id"),
        Index("ix_slack_messages_channel_id_ts", "channel_id", "ts"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int] = mapped_column(ForeignKey("networks.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(40))
    subject_id: Mapped[int]
    channel_id: Mapped[str] = mapped_column(String(32))
    ts: Mapped[str] = mapped_column(String(32))
    posted_at: Mapped[datetime]


class SlackUser(Base):
    """Cached locale and time zone of a Slack user (from users.info)."""

    __tablename__ = "slack_users"
    team_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    locale: Mapped[str | None] = mapped_column(String(16))
    tz: Mapped[str | None] = mapped_column(String(64))
    refreshed_at: Mapped[datetime]


class AuditEntry(Base):
    """A coordinator action, kept so coordinators can show what was decided and by whom."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    network_id: Mapped[int | None] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    actor_user_id: Mapped[str] = mapped_column(String(32))
    action: Mapped[str] = mapped_column(String(40))
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    at: Mapped[datetime]


class ScheduledJob(Base):
    """Work due at a time. The row is the schedule: see bot/scheduling/dispatcher.py."""

    __tablename__ = "scheduled_jobs"
    __table_args__ = (
        Index("ix_scheduled_jobs_due", "state", "run_at"),
        Index("ix_scheduled_jobs_lease", "state", "locked_at"),
        Index("ix_scheduled_jobs_anchor", "anchor_type", "anchor_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(60))
    payload: Mapped[dict[str, Any]] = mapped_column(default=dict)
    team_id: Mapped[str | None] = mapped_column(String(32))
    network_id: Mapped[int | None] = mapped_column(
        ForeignKey("networks.id", ondelete="CASCADE"), index=True
    )
    anchor_type: Mapped[str | None] = mapped_column(String(30))
    anchor_id: Mapped[int | None]
    run_at: Mapped[datetime]
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(default=0)
    max_attempts: Mapped[int] = mapped_column(default=5)
    last_error: Mapped[str | None] = mapped_column(String(500))
    locked_by: Mapped[str | None] = mapped_column(String(80))
    locked_at: Mapped[datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(32))  # one claim: who may send it
    created_at: Mapped[datetime]
    finished_at: Mapped[datetime | None]

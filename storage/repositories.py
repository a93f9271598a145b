"""Queries the services share. They take a Session and never commit."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from storage.models import (
    AuditEntry,
    JoinRequest,
    Meeting,
    Member,
    MemberRole,
    Network,
    Organisation,
    SlackMessage,
    Workspace,
)
from storage.upsert import insert_if_absent


def get_or_create_workspace(session: Session, team_id: str, now: datetime) -> Workspace:
    query = select(Workspace).where(Workspace.team_id == team_id)
    workspace = session.scalar(query)
    if workspace is None:
        insert_if_absent(session, Workspace, ["team_id"], team_id=team_id, created_at=now)
        workspace = session.scalars(query).one()
    return workspace


def network_by_channel(session: Session, team_id: str, channel_id: str) -> Network | None:
    """The channel's network. Channel ids are unique across Slack, and in a Slack Connect
    channel a member of another workspace sends their own team id, so the channel decides;
    the team only breaks a tie in favour of the requester's own workspace."""
    query = (
        select(Network)
        .join(Workspace)
        .where(Network.channel_id == channel_id)
        .order_by((Workspace.team_id == team_id).desc(), Network.id)
        .limit(1)
    )
    return session.scalar(query)


def networks_in_workspace(session: Session, team_id: str) -> list[Network]:
    query = select(Network).join(Workspace).where(Workspace.team_id == team_id)
    return list(session.scalars(query.order_by(Network.name)))


def member_of(session: Session, network_id: int, user_id: str) -> Member | None:
    return session.scalar(
        select(Member).where(Member.network_id == network_id, Member.slack_user_id == user_id)
    )


def memberships(session: Session, team_id: str, user_id: str) -> list[Member]:
    query = (
        select(Member)
        .join(Network)
        .join(Workspace)
        .where(Workspace.team_id == team_id, Member.slack_user_id == user_id)
        .order_by(Network.name)
    )
    return list(session.scalars(query))


def members_with_role(session: Session, network_id: int, role: str) -> list[Member]:
    query = (
        select(Member)
        .join(MemberRole)
        .where(Member.network_id == network_id, MemberRole.role == role)
        .order_by(Member.joined_at)
    )
    return list(session.scalars(query))


def organisation_count(session: Session, network_id: int) -> int:
    query = select(func.count()).select_from(Organisation)
    return session.scalar(query.where(Organisation.network_id == network_id)) or 0


def organisation_by_key(session: Session, network_id: int, key: str) -> Organisation | None:
    return session.scalar(
        select(Organisation).where(
            Organisation.network_id == network_id, Organisation.name_key == key
        )
    )


def meetings_held(session: Session, network_id: int, now: datetime) -> int:
    """Of the year's seven meetings (lighter events do not count)."""
    query = select(func.count()).select_from(Meeting)
    query = query.where(
        Meeting.network_id == network_id,
        Meeting.kind == "meeting",
        Meeting.status != "cancelled",
        Meeting.ends_at <= now,
    )
    return session.scalar(query) or 0


def next_meeting(session: Session, network_id: int, now: datetime) -> Meeting | None:
    return session.scalar(
        select(Meeting)
        .where(
            Meeting.network_id == network_id,
            Meeting.kind == "meeting",
            Meeting.status != "cancelled",
            Meeting.ends_at > now,
        )
        .order_by(Meeting.starts_at)
        .limit(1)
    )


def pending_join_requests(session: Session, network_id: int) -> list[JoinRequest]:
    query = select(JoinRequest).where(
        JoinRequest.network_id == network_id, JoinRequest.status == "pending"
    )
    return list(session.scalars(query.order_by(JoinRequest.created_at)))


def record_audit(
    session: Session,
    *,
    network_id: int | None,
    actor: str,
    action: str,
    now: datetime,
    **detail: Any,
) -> None:
    session.add(
        AuditEntry(network_id=network_id, actor_user_id=actor, action=action, detail=detail, at=now)
    )


def find_message(
    session: Session, purpose: str, subject_id: int, network_id: int | None = None
) -> SlackMessage | None:
    """Where the message lives; `network_id` picks one when a subject has several (a lighter
    event's announcement in each guest network)."""
    query = select(SlackMessage).where(
        SlackMessage.purpose == purpose, SlackMessage.subject_id == subject_id
    )
    if network_id is not None:
        query = query.where(SlackMessage.network_id == network_id)
    return session.scalar(query)


def remember_message(
    session: Session,
    *,
    purpose: str,
    subject_id: int,
    network_id: int,
    channel_id: str,
    ts: str,
    now: datetime,
) -> None:
    message = find_message(session, purpose, subject_id, network_id)
    if message is None:
        message = SlackMessage(purpose=purpose, subject_id=subject_id, network_id=network_id)
        session.add(message)
    message.channel_id, message.ts, message.posted_at = channel_id, ts, now

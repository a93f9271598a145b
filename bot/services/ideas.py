"""Use cases of the idea box (ideeënbus): drop an idea, put your name to it, offer the box to
every member right after a meeting, and let a coordinator take an idea up.

An idea is anonymous unless its author chooses otherwise; the author is stored (only they may
later add their name) but never shown for an anonymous idea, not even to coordinators.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.ideas import (
    IDEA_MAX,
    IDEAS_SHOWN,
    IdeaBox,
    IdeaGroup,
    IdeaRow,
    IdeaStatus,
    group_for,
    validate_idea,
)
from bot.domain.meetings import MeetingStatus
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meeting_overview import planned_meetings
from bot.services.meeting_schedule import Job, job_payload, schedule_jobs
from bot.services.meetings import MeetingView, view_of
from bot.services.network_work import coordinators_network, load_network
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import Idea, Meeting, Network
from storage.uow import UnitOfWork

OFFER_MEMBER_JOB = "idea.offer_member"


@dataclass(frozen=True)
class IdeaPrompt:
    """What the idea modal says: the network, and the meeting when it came from one."""

    network: NetworkRef
    meeting: MeetingView | None = None


@dataclass(frozen=True)
class DroppedIdea:
    id: int
    network: NetworkRef
    named: bool


@dataclass(frozen=True)
class TakenUp:
    network: NetworkRef
    text: str
    author: str | None  # None: anonymous


def idea_prompt(
    uow: UnitOfWork, *, network_id: int, meeting_id: int | None, user_id: str
) -> IdeaPrompt:
    with uow:
        session = uow.session
        network = _members_network(session, network_id, user_id)
        meeting = _meant_for(session, network.id, meeting_id)
        return IdeaPrompt(network_ref(network), view_of(session, meeting) if meeting else None)


def drop_idea(
    uow: UnitOfWork,
    *,
    network_id: int,
    meeting_id: int | None,
    user_id: str,
    text: str,
    named: bool,
    now: datetime,
) -> DroppedIdea:
    """Put an idea in the box, for the meeting it came from or else the next one."""
    errors = validate_idea(text)
    if errors:
        raise FieldErrors(errors, max=IDEA_MAX)
    with uow:
        session = uow.session
        network = _members_network(session, network_id, user_id)
        meeting = _meant_for(session, network.id, meeting_id) or repo.next_meeting(
            session, network.id, now
        )
        idea = Idea(
            network_id=network.id,
            meeting_id=meeting.id if meeting else None,
            text=text.strip(),
            author_user_id=user_id,
            show_name=named,
            status=IdeaStatus.OPEN,
            created_at=now,
        )
        session.add(idea)
        session.flush()
        uow.commit()
        return DroppedIdea(idea.id, network_ref(network), named)


def show_name(uow: UnitOfWork, *, idea_id: int, user_id: str) -> DroppedIdea:
    """The author puts their name to an idea they first dropped anonymously."""
    with uow:
        session = uow.session
        idea = _idea(session, idea_id)
        if idea.author_user_id != user_id:
            raise UserFacingError("idea.error.not_yours")
        idea.show_name = True
        uow.commit()
        return DroppedIdea(idea.id, network_ref(load_network(session, idea.network_id)), True)


def take_up(uow: UnitOfWork, *, idea_id: int, user_id: str, now: datetime) -> TakenUp:
    """A coordinator takes an idea up; the channel is told (the caller posts it)."""
    with uow:
        session = uow.session
        idea = _idea(session, idea_id)
        network = coordinators_network(session, idea.network_id, user_id)
        if idea.status == IdeaStatus.TAKEN_UP:
            raise UserFacingError("idea.error.taken_up")
        idea.status, idea.taken_up_at, idea.taken_up_by = IdeaStatus.TAKEN_UP, now, user_id
        repo.record_audit(
            session, network_id=network.id, actor=user_id, action="idea.taken_up", now=now
        )
        uow.commit()
        author = idea.author_user_id if idea.show_name else None
        return TakenUp(network_ref(network), idea.text, author)


def idea_box(session: Session, network: Network, now: datetime) -> IdeaBox:
    """The open ideas per coming meeting (App Home, for coordinators), soonest first."""
    ahead = [m for m in planned_meetings(session, network.id) if m.ends_at > now]
    ahead.sort(key=lambda m: m.starts_at)
    ideas = session.scalars(
        select(Idea)
        .where(Idea.network_id == network.id, Idea.status == IdeaStatus.OPEN)
        .order_by(Idea.created_at, Idea.id)
    ).all()
    ahead_ids = [m.id for m in ahead]
    grouped: dict[int | None, list[IdeaRow]] = {key: [] for key in [*ahead_ids, None]}
    for shown, idea in enumerate(ideas):
        if shown == IDEAS_SHOWN:
            break
        row = IdeaRow(idea.id, idea.text, idea.author_user_id if idea.show_name else None)
        grouped[group_for(idea.meeting_id, ahead_ids)].append(row)
    by_id = {m.id: m for m in ahead}
    groups = tuple(
        IdeaGroup(
            by_id[key].number if key is not None else None,
            by_id[key].starts_at if key is not None else None,
            tuple(rows),
        )
        for key, rows in grouped.items()
        if rows
    )
    return IdeaBox(network.id, groups, max(0, len(ideas) - IDEAS_SHOWN))


def plan_offers(uow: UnitOfWork, *, meeting_id: int, now: datetime) -> int:
    """Right after a meeting: one DM per member offering the idea box (a job each, so a
    failed DM is retried alone), anchored to the meeting like its reminders."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return 0
        network = load_network(session, meeting.network_id)
        offers = {
            f"meeting:{meeting.id}:idea_box:member:{m.slack_user_id}": Job(
                OFFER_MEMBER_JOB, now, job_payload(meeting, user_id=m.slack_user_id)
            )
            for m in network.members
        }
        schedule_jobs(session, network, meeting, offers, now)
        uow.commit()
        return len(offers)


def _members_network(session: Session, network_id: int, user_id: str) -> Network:
    network = load_network(session, network_id)
    if repo.member_of(session, network.id, user_id) is None:
        raise UserFacingError("idea.error.not_a_member", name=network.name)
    return network


def _meant_for(session: Session, network_id: int, meeting_id: int | None) -> Meeting | None:
    """The meeting an idea came from, when it is one of this network's planned meetings."""
    meeting = session.get(Meeting, meeting_id) if meeting_id else None
    if meeting is None or meeting.network_id != network_id:
        return None
    return meeting if meeting.status == MeetingStatus.PLANNED else None


def _idea(session: Session, idea_id: int) -> Idea:
    idea = session.get(Idea, idea_id)
    if idea is None:
        raise UserFacingError("idea.error.gone")
    return idea

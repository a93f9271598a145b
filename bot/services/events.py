"""Use cases of the lighter events (webinar, workshop, studiemiddag, training; seeds 000, 003):
`/lerend activiteit` plans one, the *Wijzigen* button on its announcement moves it.

An event is an occasion like a meeting (bot/services/meetings.py): the same row, the same
announcement, RSVPs, reminders, cancellation and calendar file. What differs is planning: no
number, no place among the seven, no 2.5-hour minimum, and it may be open to the members of
every network in the workspace; it is then announced in every network's channel and anyone
of those networks may answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from bot.domain.meetings import EventPlan, MeetingStatus, OccasionKind, validate_event
from bot.domain.network import NetworkStatus, clean_text
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meeting_schedule import sync_jobs
from bot.services.meetings import (
    MeetingView,
    PlanResult,
    coordinated,
    load_meeting,
    place,
    timing_of,
    view_of,
)
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import Meeting, Network, OccasionNetwork
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class EventForm:
    """What the coordinator filled in; date and time are in their own time zone."""

    event_type: str | None
    title: str
    day: date | None
    start: time | None
    hours: str
    location: str
    open_to_all: bool


@dataclass(frozen=True)
class EventDraft:
    """The event modal: empty for a new event, filled in when changing one."""

    network: NetworkRef
    current: MeetingView | None = None


def event_draft(
    uow: UnitOfWork, *, network_id: int | None, event_id: int | None, user_id: str, now: datetime
) -> EventDraft:
    """`/lerend activiteit` in a network's channel, or *Wijzigen* on an event's announcement."""
    with uow:
        session = uow.session
        event = _event(session, event_id, now) if event_id else None
        network = coordinated(session, event.network_id if event else network_id or 0, user_id)
        return EventDraft(network_ref(network), view_of(session, event) if event else None)


def plan_event(
    uow: UnitOfWork,
    *,
    network_id: int,
    event_id: int | None,
    user_id: str,
    form: EventForm,
    tz: str,
    default_tz: str,
    now: datetime,
) -> PlanResult:
    """Plan a new event or move one; its reminders follow in the same transaction, through the
    meetings' own schedule. Who it is for is chosen when it is planned: the invitations and
    announcements in other channels are never taken back by a change."""
    plan = _plan_of(form, tz, now)
    with uow:
        session = uow.session
        event = _event(session, event_id, now) if event_id else None
        network = coordinated(session, event.network_id if event else network_id, user_id)
        new = event is None
        if event is None:
            event = Meeting(network_id=network.id, kind=OccasionKind.EVENT, created_at=now)
        outcome = place(session, event, plan)
        event.title, event.event_type = plan.title, plan.event_type
        session.add(event)
        session.flush()
        if new and form.open_to_all:
            _open_to_all(session, network, event)
        sync_jobs(session, network, event, default_tz, now)
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action=f"event.{outcome}",
            now=now,
            meeting=event.id,
            title=plan.title,
        )
        uow.commit()
        return PlanResult(view_of(session, event), outcome)


def _plan_of(form: EventForm, tz: str, now: datetime) -> EventPlan:
    """The event as the rules read it (in UTC); every broken rule is a field error."""
    timing, errors = timing_of(form.day, form.start, form.hours, tz)
    if timing is None:
        raise FieldErrors(errors)
    plan = EventPlan(form.event_type, clean_text(form.title), *timing, form.location)
    errors = validate_event(plan, now)
    if errors:
        raise FieldErrors(errors)
    return plan


def _open_to_all(session: Session, network: Network, event: Meeting) -> None:
    """Invite every other network of the workspace that is not closed."""
    session.add_all(
        OccasionNetwork(meeting_id=event.id, network_id=other.id)
        for other in repo.networks_in_workspace(session, network.workspace.team_id)
        if other.id != network.id and other.status != NetworkStatus.CLOSED
    )
    session.flush()


def _event(session: Session, event_id: int, now: datetime) -> Meeting:
    """An event that can still change: a meeting is moved with `/lerend plan`."""
    event = load_meeting(session, event_id)
    if event.kind != OccasionKind.EVENT:
        raise UserFacingError("event.error.not_an_event")
    if event.status == MeetingStatus.PLANNED and event.ends_at <= now:
        raise UserFacingError("event.rsvp.error.held", title=event.title or "")
    return event

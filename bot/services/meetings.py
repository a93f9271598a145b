"""Use cases of the year of seven meetings: plan, move and cancel a meeting, say whether you
come, the calendar file, the reminders and the coordinators' prompts.

The same code serves the lighter events (bot/services/events.py plans them): a meeting and an
event are both an occasion (`Meeting.kind`), announced, answered, reminded of, cancelled and
put in a calendar the same way. Only the year's rules (seven meetings, 2.5 hours, order,
evaluation, check-ins, idea box) are for meetings alone; an event may be open to the members
of every network in the workspace and is then announced in each network's channel.

Every piece of timed work of a meeting is a row in `scheduled_jobs` anchored to the meeting,
with a key that names it (`meeting:{id}:reminder:{offset}:member:{user}`). After any change
(planned, moved, settings changed) `sync_jobs` works out the rows the meeting should have now
and brings the schedule in line: a pending row moves, a missing one is added, one no longer
wanted is cancelled, and one that already ran stays as it was, so nothing is sent twice.
Cancelling a meeting cancels all its pending rows and plans a notice per member instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.domain.checkins import MAX_AFTER_DAYS
from bot.domain.meetings import (
    EVALUATION_AFTER_MEETING,
    FOLLOW_UP_SLOTS,
    MEETINGS_PER_YEAR,
    ONLINE_REASON_MAX,
    Attendance,
    EventPlan,
    MeetingPlan,
    MeetingStatus,
    OccasionKind,
    first_open,
    local_start,
    parse_hours,
    parse_offsets,
    refresh_due,
    validate_plan,
)
from bot.domain.network import Role
from bot.domain.polls import PollKind
from bot.scheduling.schedule import (
    DONE,
    cancel_jobs,
)
from bot.services import evaluation
from bot.services.agenda_store import agenda_lines
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meeting_overview import (
    OrganisationAttendance,
    attendance,
    current_year,
    invited_networks,
    invitees,
    organisations_not_coming,
    planned_meetings,
    planned_occasions,
    slot_of,
    theme_name,
)
from bot.services.meeting_schedule import (
    CANCELLED_JOB,
    NOTE_JOB,
    REFRESH_JOB,
    REMINDER_JOB,
    Job,
    Note,
    anchor_of,
    job_payload,
    schedule_jobs,
    sync_jobs,
)
from bot.services.polls import is_coordinator
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import (
    Meeting,
    MeetingSettings,
    Network,
    OccasionNetwork,
    Poll,
    Rsvp,
    ScheduledJob,
    SlackMessage,
)
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

ANNOUNCEMENT = "meeting.announcement"
# A lighter event's announcement in a guest network's channel; subject: the event, and the
# guest network is the row's network (one per guest network: see SlackMessage).
GUEST_ANNOUNCEMENT = "meeting.guest"


class PlanOutcome(StrEnum):
    PLANNED = "planned"
    MOVED = "moved"
    REPLANNED = "replanned"  # planned again after it was cancelled


@dataclass(frozen=True)
class PlanForm:
    """What the coordinator filled in; date and time are in their own time zone."""

    number: int | None
    day: date | None
    start: time | None
    hours: str
    location: str
    theme_id: int | None
    facilitator: str | None


@dataclass(frozen=True)
class Announcement:
    """Where the occasion is announced: the planning network's channel, and for an event open
    to other networks their channels too; `ts` None until it is posted."""

    network_id: int
    channel_id: str
    ts: str | None


@dataclass(frozen=True)
class MeetingView:
    """A meeting or an event (`kind`), as its announcement, DMs and calendar file show it."""

    id: int
    team_id: str
    network: NetworkRef
    number: int | None  # None for an event
    starts_at: datetime
    ends_at: datetime
    location: str | None
    theme_id: int | None
    theme: str | None
    facilitator: str | None
    cancelled: bool
    revision: int
    attendance: tuple[OrganisationAttendance, ...]
    channel_id: str
    message_ts: str | None
    kind: str = OccasionKind.MEETING
    title: str | None = None  # an event's title
    event_type: str | None = None
    others: tuple[Announcement, ...] = ()  # the other networks' channels an event is open to
    agenda: tuple[str, ...] = ()  # the accepted points (bot/services/agenda.py)

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at

    @property
    def is_event(self) -> bool:
        return self.kind == OccasionKind.EVENT

    @property
    def announcements(self) -> tuple[Announcement, ...]:
        return (Announcement(self.network.id, self.channel_id, self.message_ts), *self.others)


@dataclass(frozen=True)
class PlanDraft:
    """The plan modal's content; `current` is the meeting with this number, when moving it."""

    network: NetworkRef
    number: int
    themes: tuple[tuple[int, str], ...]
    current: MeetingView | None = None


@dataclass(frozen=True)
class PlanResult:
    meeting: MeetingView
    outcome: PlanOutcome
    open_follow_ups: tuple[int, ...] = ()  # after meeting 1: which of 2-4 still to plan


@dataclass(frozen=True)
class OnlinePrompt:
    meeting: MeetingView
    reason: str | None


@dataclass(frozen=True)
class Reminder:
    meeting: MeetingView
    answered: bool
    reminded_before: bool


@dataclass(frozen=True)
class CoordinatorNote:
    meeting: MeetingView
    note: str
    organisations: tuple[str, ...] = ()
    open_follow_ups: tuple[int, ...] = ()


# --- planning, moving, cancelling ----------------------------------------------------------


def plan_draft(
    uow: UnitOfWork, *, network_id: int, user_id: str, number: int | None, now: datetime
) -> PlanDraft:
    """The plan modal for meeting `number` (default: the first open one), pre-filled when that
    meeting is planned, so that submitting it moves the meeting."""
    with uow:
        session = uow.session
        network = coordinated(session, network_id, user_id)
        meetings = planned_meetings(session, network_id)
        if number is None:
            number = first_open([m.year_number for m in meetings])
            if number is None:
                raise UserFacingError("meeting.error.all_planned")
        elif not 1 <= number <= MEETINGS_PER_YEAR:
            raise UserFacingError("meeting.error.number")
        current = next((m for m in meetings if m.number == number), None)
        if current is not None and current.ends_at <= now:
            raise UserFacingError("meeting.error.held", number=number)
        return PlanDraft(
            network_ref(network),
            number,
            tuple((theme.id, theme.name) for theme in network.themes),
            view_of(session, current) if current else None,
        )


def plan_meeting(
    uow: UnitOfWork,
    *,
    network_id: int,
    user_id: str,
    form: PlanForm,
    tz: str,
    default_tz: str,
    now: datetime,
) -> PlanResult:
    """Plan a meeting, move it (its number is planned) or plan it again (it was cancelled).
    Its reminders and other timed work follow in the same transaction."""
    plan, errors = _plan_of(form, tz)
    with uow:
        session = uow.session
        network = coordinated(session, network_id, user_id)
        existing = _by_number(session, network_id, form.number) if form.number else None
        if existing and existing.status == MeetingStatus.PLANNED and existing.ends_at <= now:
            errors["number"] = "meeting.error.already_held"
        if plan is not None:
            others = planned_meetings(session, network_id)
            others_slots = [slot_of(m) for m in others if m.number != plan.number]
            errors = validate_plan(plan, others_slots, now) | errors
        if errors or plan is None:
            raise FieldErrors(errors)
        meeting, outcome = _store_plan(session, network, existing, plan, form, now)
        sync_jobs(session, network, meeting, default_tz, now)
        repo.record_audit(
            session,
            network_id=network_id,
            actor=user_id,
            action=f"meeting.{outcome}",
            now=now,
            meeting=meeting.id,
            number=meeting.number,
        )
        uow.commit()
        return PlanResult(
            view_of(session, meeting),
            outcome,
            _open_follow_ups(session, network_id, meeting.number),
        )


def _plan_of(form: PlanForm, tz: str) -> tuple[MeetingPlan | None, dict[str, str]]:
    """The plan as the domain rules read it (in UTC), or the fields that are missing."""
    timing, errors = timing_of(form.day, form.start, form.hours, tz)
    if form.number is None:
        errors["number"] = "meeting.error.number"
    if timing is None or form.number is None:
        return None, errors
    return MeetingPlan(form.number, *timing, form.location), {}


def timing_of(
    day: date | None, start: time | None, hours: str, tz: str
) -> tuple[tuple[datetime, timedelta] | None, dict[str, str]]:
    """(start in UTC, duration) as the planner typed them in their own time zone, or the
    fields that are missing; meetings and events are timed alike."""
    errors: dict[str, str] = {}
    duration = parse_hours(hours)
    if duration is None:
        errors["duration"] = "meeting.error.duration"
    if day is None or start is None:
        errors["date"] = "meeting.error.when"
    if duration is None or day is None or start is None:
        return None, errors
    return (local_start(day, start, tz), duration), errors


def _store_plan(
    session: Session,
    network: Network,
    meeting: Meeting | None,
    plan: MeetingPlan,
    form: PlanForm,
    now: datetime,
) -> tuple[Meeting, PlanOutcome]:
    themes = [theme.id for theme in network.themes]
    if meeting is None:
        meeting = Meeting(
            network_id=network.id, number=plan.number, year=network.year, created_at=now, revision=0
        )
    outcome = place(session, meeting, plan)
    meeting.theme_id = form.theme_id if form.theme_id in themes else next(iter(themes), None)
    meeting.facilitator_user_id = form.facilitator
    session.add(meeting)
    try:
        session.flush()
    except IntegrityError:  # the same number, planned a moment ago by another coordinator
        raise FieldErrors({"number": "meeting.error.taken"}) from None
    return meeting, outcome


def place(session: Session, meeting: Meeting, plan: MeetingPlan | EventPlan) -> PlanOutcome:
    """Put a new, moved or re-planned occasion at its time and place. Moving raises the
    calendar SEQUENCE; planning again after a cancellation also forgets the old answers."""
    outcome = PlanOutcome.PLANNED
    if meeting.id is not None:
        outcome = (
            PlanOutcome.MOVED if meeting.status == MeetingStatus.PLANNED else PlanOutcome.REPLANNED
        )
        if outcome is PlanOutcome.REPLANNED:
            # A fresh start: the earlier answers were for a date that fell away.
            session.execute(delete(Rsvp).where(Rsvp.meeting_id == meeting.id))
        meeting.revision += 1
    meeting.status = MeetingStatus.PLANNED
    meeting.starts_at, meeting.ends_at = plan.starts_at, plan.ends_at
    meeting.location = plan.location or None
    return outcome


def meeting_id_of(uow: UnitOfWork, *, network_id: int, number: int) -> int:
    with uow:
        meeting = _by_number(uow.session, network_id, number)
        if meeting is None or meeting.status == MeetingStatus.CANCELLED:
            raise UserFacingError("meeting.error.not_planned", number=number)
        return meeting.id


def cancel_meeting(uow: UnitOfWork, *, meeting_id: int, user_id: str, now: datetime) -> MeetingView:
    """Call a meeting or event off: its pending work is cancelled and everyone invited gets a
    notice (with the calendar cancellation) through the schedule."""
    with uow:
        session = uow.session
        meeting = load_meeting(session, meeting_id)
        network = coordinated(session, meeting.network_id, user_id)
        if meeting.status == MeetingStatus.CANCELLED:
            raise occasion_error(meeting, "meeting.error.already_cancelled")
        if meeting.starts_at <= now:
            raise occasion_error(meeting, "meeting.error.started")
        meeting.status = MeetingStatus.CANCELLED
        meeting.revision += 1
        cancel_jobs(session, anchor=anchor_of(meeting), now=now)
        notices = {
            f"meeting:{meeting.id}:cancelled:{meeting.revision}:member:{user}": Job(
                CANCELLED_JOB,
                now,
                job_payload(meeting, user_id=user, revision=meeting.revision),
            )
            for user in invitees(session, meeting)
        }
        schedule_jobs(session, network, meeting, notices, now)
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action=f"{meeting.kind}.cancelled",
            now=now,
            meeting=meeting.id,
            number=meeting.number,
        )
        uow.commit()
        return view_of(session, meeting)


def cancellation_notice(uow: UnitOfWork, *, meeting_id: int, revision: int) -> MeetingView | None:
    """The meeting for a member's cancellation notice; None when it was planned again since."""
    with uow:
        meeting = uow.session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.CANCELLED:
            return None
        if meeting.revision != revision:
            return None
        return view_of(uow.session, meeting)


# --- the announcement and RSVPs ------------------------------------------------------------


def meeting_view(uow: UnitOfWork, meeting_id: int) -> MeetingView:
    with uow:
        return view_of(uow.session, load_meeting(uow.session, meeting_id))


def calendar_view(uow: UnitOfWork, *, meeting_id: int, user_id: str) -> MeetingView:
    """The meeting for its calendar file: only for those who may come (issue 12: a meeting's
    place is not for outsiders)."""
    with uow:
        session = uow.session
        meeting = load_meeting(session, meeting_id)
        if not may_attend(session, meeting, user_id):
            network = network_of(session, meeting.network_id)
            raise occasion_error(meeting, "rsvp.error.not_a_member", name=network.name)
        return view_of(session, meeting)


def remember_announcement(
    uow: UnitOfWork, meeting: MeetingView, where: Announcement, ts: str, now: datetime
) -> None:
    """Keep where the announcement was posted, so every change rebuilds it in place."""
    with uow:
        home = where.network_id == meeting.network.id
        guest = uow.session.get(OccasionNetwork, (meeting.id, where.network_id)) is not None
        if home or guest:
            repo.remember_message(
                uow.session,
                purpose=ANNOUNCEMENT if home else GUEST_ANNOUNCEMENT,
                subject_id=meeting.id,
                network_id=where.network_id,
                channel_id=where.channel_id,
                ts=ts,
                now=now,
            )
        uow.commit()


def online_prompt(uow: UnitOfWork, *, meeting_id: int, user_id: str, now: datetime) -> OnlinePrompt:
    """Before the online modal opens: may this person answer, and what did they say before?"""
    with uow:
        session = uow.session
        meeting = _answerable(session, meeting_id, user_id, now)
        rsvp = _rsvp(session, meeting.id, user_id)
        reason = rsvp.online_reason if rsvp else None
        return OnlinePrompt(view_of(session, meeting), reason)


def answer(
    uow: UnitOfWork,
    *,
    meeting_id: int,
    user_id: str,
    attendance: Attendance,
    reason: str = "",
    now: datetime,
) -> MeetingView:
    """Record whether a member comes; the last answer wins and a repeated click changes
    nothing. The announcement is rebuilt by the caller and, as a safety net, by a job."""
    reason = reason.strip()
    if attendance is Attendance.ONLINE and not reason:
        raise FieldErrors({"reason": "rsvp.error.reason_required"})
    if len(reason) > ONLINE_REASON_MAX:
        raise FieldErrors({"reason": "error.too_long"})
    with uow:
        session = uow.session
        meeting = _answerable(session, meeting_id, user_id, now)
        insert_if_absent(
            session,
            Rsvp,
            ["meeting_id", "slack_user_id"],
            meeting_id=meeting.id,
            slack_user_id=user_id,
            attendance=attendance,
            answered_at=now,
        )
        rsvp = _rsvp(session, meeting.id, user_id)
        assert rsvp is not None  # inserted just above, or by a concurrent click
        rsvp.attendance, rsvp.answered_at = attendance, now
        rsvp.online_reason = reason if attendance is Attendance.ONLINE else None
        due = refresh_due(now)
        network = network_of(session, meeting.network_id)
        refresh = {
            f"meeting:{meeting.id}:refresh:{int(due.timestamp())}": Job(
                REFRESH_JOB, due, job_payload(meeting)
            )
        }
        schedule_jobs(session, network, meeting, refresh, now)
        uow.commit()
        return view_of(session, meeting)


def _answerable(session: Session, meeting_id: int, user_id: str, now: datetime) -> Meeting:
    meeting = load_meeting(session, meeting_id)
    if meeting.status == MeetingStatus.CANCELLED:
        raise occasion_error(meeting, "rsvp.error.cancelled")
    if meeting.ends_at <= now:
        raise occasion_error(meeting, "rsvp.error.held")
    if not may_attend(session, meeting, user_id):
        network = network_of(session, meeting.network_id)
        raise occasion_error(meeting, "rsvp.error.not_a_member", name=network.name)
    return meeting


def may_attend(session: Session, meeting: Meeting, user_id: str) -> bool:
    """A meeting is for its network's members; an event for those of every network it is open
    to (members of any network, for an event open to the whole workspace)."""
    if meeting.kind == OccasionKind.MEETING:
        return repo.member_of(session, meeting.network_id, user_id) is not None
    return user_id in invitees(session, meeting)


def occasion_error(meeting: Meeting, key: str, **fields: object) -> UserFacingError:
    """The same refusal, naming a meeting by its number and an event by its title."""
    if meeting.kind == OccasionKind.EVENT:
        return UserFacingError(f"event.{key}", title=meeting.title or "", **fields)
    return UserFacingError(key, number=meeting.number, **fields)


def _rsvp(session: Session, meeting_id: int, user_id: str) -> Rsvp | None:
    return session.scalar(
        select(Rsvp)
        .where(Rsvp.meeting_id == meeting_id, Rsvp.slack_user_id == user_id)
        .execution_options(populate_existing=True)
    )


# --- scheduled work ------------------------------------------------------------------------


def reminder(
    uow: UnitOfWork, *, meeting_id: int, user_id: str, job_key: str, now: datetime
) -> Reminder | None:
    """What a member's reminder says; None when there is nothing to remind of any more."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED or meeting.starts_at <= now:
            return None
        if not may_attend(session, meeting, user_id):
            return None
        answered = _rsvp(session, meeting.id, user_id) is not None
        before = _reminded_before(session, meeting, user_id, job_key)
        return Reminder(view_of(session, meeting), answered, before)


def _reminded_before(session: Session, meeting: Meeting, user_id: str, job_key: str) -> bool:
    """The schedule is the memory: a reminder of this meeting to this member already ran."""
    anchor_type, anchor_id = anchor_of(meeting)
    keys = session.scalars(
        select(ScheduledJob.key).where(
            ScheduledJob.anchor_type == anchor_type,
            ScheduledJob.anchor_id == anchor_id,
            ScheduledJob.kind == REMINDER_JOB,
            ScheduledJob.state == DONE,
            ScheduledJob.key != job_key,
        )
    )
    return any(key.endswith(f":member:{user_id}") for key in keys)


def plan_coordinator_notes(uow: UnitOfWork, *, meeting_id: int, note: Note, now: datetime) -> int:
    """Fan out a note to each coordinator (one job each, so a failed DM is retried alone).
    The 3-day check only goes out when an organisation has nobody coming."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return 0
        network = network_of(session, meeting.network_id)
        extra: dict[str, Any] = {"note": str(note)}
        if note is Note.UNREPRESENTED:
            missing = organisations_not_coming(attendance(session, [network], meeting.id))
            if not missing:
                return 0
            extra["organisations"] = missing
        coordinators = [
            m.slack_user_id for m in repo.members_with_role(session, network.id, Role.COORDINATOR)
        ]
        notes = {
            f"meeting:{meeting.id}:{note}:coordinator:{user}": Job(
                NOTE_JOB, now, job_payload(meeting, user_id=user, **extra)
            )
            for user in coordinators
        }
        schedule_jobs(session, network, meeting, notes, now)
        uow.commit()
        return len(notes)


def coordinator_note(
    uow: UnitOfWork, *, meeting_id: int, note: str, organisations: list[str]
) -> CoordinatorNote | None:
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return None
        follow_ups = _open_follow_ups(session, meeting.network_id, meeting.number)
        return CoordinatorNote(view_of(session, meeting), note, tuple(organisations), follow_ups)


def start_evaluation_after(uow: UnitOfWork, *, meeting_id: int, lang: str, now: datetime) -> bool:
    """At the end of meeting 3 the evaluation poll starts by itself, unless the network
    already has one (a coordinator may have started it by hand)."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return False
        if meeting.number != EVALUATION_AFTER_MEETING:
            return False
        network_id = meeting.network_id
        earlier = session.scalar(
            select(Poll.id)
            .where(Poll.network_id == network_id, Poll.kind == PollKind.EVALUATION)
            .limit(1)
        )
        if earlier is not None:
            return False
    evaluation.start_evaluation(uow, network_id, lang=lang, now=now)
    return True


# --- settings ------------------------------------------------------------------------------


def set_reminder_offsets(
    uow: UnitOfWork, *, network_id: int, user_id: str, text: str, default_tz: str, now: datetime
) -> tuple[str, ...]:
    """`/lerend herinneringen 7d,1d,2h`: the reminders of every planned meeting follow."""
    offsets = parse_offsets(text)
    if offsets is None:
        raise UserFacingError("meeting.error.offsets")
    codes = tuple(offset.code for offset in offsets)
    _change_settings(uow, network_id, user_id, default_tz, now, reminder_offsets=",".join(codes))
    return codes


def set_checkin_pulse(
    uow: UnitOfWork, *, network_id: int, user_id: str, days: int, default_tz: str, now: datetime
) -> None:
    """`/lerend checkin na <dagen>|uit` (0 is off): the rounds of planned meetings follow."""
    if not 0 <= days <= MAX_AFTER_DAYS:
        raise UserFacingError("checkin.error.days", max=MAX_AFTER_DAYS)
    _change_settings(uow, network_id, user_id, default_tz, now, checkin_after_days=days)


def _change_settings(
    uow: UnitOfWork, network_id: int, user_id: str, default_tz: str, now: datetime, **values: Any
) -> None:
    with uow:
        session = uow.session
        network = coordinated(session, network_id, user_id)
        insert_if_absent(session, MeetingSettings, ["network_id"], network_id=network_id)
        settings = session.get(MeetingSettings, network_id, populate_existing=True)
        assert settings is not None
        for name, value in values.items():
            setattr(settings, name, value)
        for meeting in planned_occasions(session, network_id):
            sync_jobs(session, network, meeting, default_tz, now)
        repo.record_audit(
            session,
            network_id=network_id,
            actor=user_id,
            action="meeting.settings",
            now=now,
            **values,
        )
        uow.commit()


# --- helpers -------------------------------------------------------------------------------


def view_of(session: Session, meeting: Meeting) -> MeetingView:
    network = network_of(session, meeting.network_id)
    message = repo.find_message(session, ANNOUNCEMENT, meeting.id)
    networks = invited_networks(session, meeting)
    placed = {
        row.network_id: row.ts
        for row in session.scalars(
            select(SlackMessage).where(
                SlackMessage.purpose == GUEST_ANNOUNCEMENT, SlackMessage.subject_id == meeting.id
            )
        )
    }
    return MeetingView(
        id=meeting.id,
        team_id=network.workspace.team_id,
        network=network_ref(network),
        number=meeting.number,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        location=meeting.location,
        theme_id=meeting.theme_id,
        theme=theme_name(session, meeting),
        facilitator=meeting.facilitator_user_id,
        cancelled=meeting.status == MeetingStatus.CANCELLED,
        revision=meeting.revision,
        attendance=attendance(session, networks, meeting.id),
        channel_id=message.channel_id if message else network.channel_id,
        message_ts=message.ts if message else None,
        kind=meeting.kind,
        title=meeting.title,
        event_type=meeting.event_type,
        others=tuple(
            Announcement(other.id, other.channel_id, placed.get(other.id))
            for other in networks
            if other.id != network.id
        ),
        agenda=agenda_lines(session, meeting.id),
    )


def _open_follow_ups(session: Session, network_id: int, number: int | None) -> tuple[int, ...]:
    taken = {m.number for m in planned_meetings(session, network_id)}
    return tuple(n for n in FOLLOW_UP_SLOTS.get(number or 0, ()) if n not in taken)


def _by_number(session: Session, network_id: int, number: int) -> Meeting | None:
    return session.scalar(
        select(Meeting).where(
            Meeting.network_id == network_id,
            Meeting.number == number,
            Meeting.year == current_year(network_id),
        )
    )


def meeting_for_member(uow: UnitOfWork, *, meeting_id: int, user_id: str) -> MeetingView | None:
    """The meeting for a DM sent around it (after-meeting prompts, the idea box); None when it
    was cancelled or the person left the network meanwhile."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return None
        if repo.member_of(session, meeting.network_id, user_id) is None:
            return None
        return view_of(session, meeting)


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise UserFacingError("meeting.error.gone")
    return meeting


def network_of(session: Session, network_id: int) -> Network:
    """The network, or the kind message that it is gone (it was deleted meanwhile)."""
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    return network


def coordinated(session: Session, network_id: int, user_id: str) -> Network:
    """The network, when `user_id` coordinates it; planning is the coordinators' job."""
    network = network_of(session, network_id)
    if not is_coordinator(session, network_id, user_id):
        raise UserFacingError("meeting.error.coordinators_only")
    return network

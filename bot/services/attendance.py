"""Attendance is taken, not assumed (issue 14, item 4): who was at a meeting.

When a meeting ends (a job planned with the meeting, so it moves and is cancelled with it),
the facilitator (else the coordinators) gets a DM to confirm who was there, in one modal
pre-filled from the RSVPs, and every member is asked *was je erbij?*. A confirmation by the
facilitator or a coordinator counts over a member's own word (bot/domain/outcomes.py).

Every feature that needs to know who was present reads it here: `attended` for one meeting,
`answers_of` for several (the report, the programme overview, the participation statement).
RSVPs stay an intention and are only the form's starting point.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.meetings import MeetingStatus, OccasionKind
from bot.domain.network import Role
from bot.domain.outcomes import (
    ANSWERS,
    ASK_MEMBER_JOB,
    MISSED_AFTER,
    MISSED_JOB,
    PRESENT,
    TAKER_JOB,
    confirmed_modes,
    counted,
    disagrees,
)
from bot.services.errors import UserFacingError
from bot.services.meeting_overview import current_year
from bot.services.meeting_schedule import Job, job_payload, schedule_jobs
from bot.services.meetings import MeetingView, load_meeting, network_of, view_of
from bot.services.membership import contact_of
from storage import repositories as repo
from storage.models import AttendanceRecord, Meeting, Network, Organisation, Rsvp
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Attended:
    """Who was at one meeting, as far as anyone said: user -> in_person/online, per
    organisation (None: people without one), and whether anyone took attendance at all."""

    meeting_id: int
    present: dict[str, str] = field(default_factory=dict)
    by_organisation: dict[int | None, set[str]] = field(default_factory=dict)
    taken: bool = False  # confirmed by the facilitator or a coordinator


@dataclass(frozen=True)
class FormMember:
    user_id: str
    answer: str | None  # what is ticked: the current count, else the RSVP


@dataclass(frozen=True)
class FormGroup:
    organisation: str | None  # None: people without an organisation
    members: tuple[FormMember, ...]


@dataclass(frozen=True)
class AttendanceForm:
    meeting: MeetingView
    groups: tuple[FormGroup, ...]


@dataclass(frozen=True)
class Confirmed:
    meeting: MeetingView
    present: int
    online: int
    unrepresented: tuple[str, ...]  # organisations nobody was there from
    disagreements: tuple[str, ...]  # members whose own word the confirmation overrules


@dataclass(frozen=True)
class MissedNote:
    meeting: MeetingView
    organisation: str


@dataclass(frozen=True)
class SelfReported:
    meeting: MeetingView
    answer: str
    overruled: bool  # the one who took attendance says otherwise; their word counts


# --- reading: one function every feature uses -------------------------------------------------


def attended(uow: UnitOfWork, meeting_id: int) -> Attended:
    with uow:
        return attended_in(uow.session, meeting_id)


def attended_in(session: Session, meeting_id: int) -> Attended:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return Attended(meeting_id)
    records = _records(session, [meeting_id])
    present = {
        r.slack_user_id: mode
        for r in records
        if (mode := counted(r.self_report, r.confirmed)) in PRESENT
    }
    organisation_of = {
        m.slack_user_id: m.organisation_id for m in _network(session, meeting).members
    }
    by_organisation: dict[int | None, set[str]] = defaultdict(set)
    for user in present:
        by_organisation[organisation_of.get(user)].add(user)
    taken = any(r.confirmed is not None for r in records)
    return Attended(meeting_id, present, dict(by_organisation), taken)


def answers_of(session: Session, meeting_ids: Iterable[int]) -> dict[int, dict[str, str]]:
    """Per meeting, what counts for each person who was asked or answered (user -> in_person,
    online or absent); a meeting nobody answered for is missing."""
    answers: dict[int, dict[str, str]] = defaultdict(dict)
    for record in _records(session, list(meeting_ids)):
        mode = counted(record.self_report, record.confirmed)
        if mode is not None:
            answers[record.meeting_id][record.slack_user_id] = mode
    return dict(answers)


# --- after the meeting: the prompts -------------------------------------------------------------


def plan_prompts(uow: UnitOfWork, *, meeting_id: int, now: datetime) -> int:
    """The meeting has ended: a DM to whoever takes attendance (the facilitator, else the
    coordinators) and *was je erbij?* to every member; one job each, anchored to the meeting
    so a failed DM is retried alone and a cancelled meeting sends none."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return 0
        network = network_of(session, meeting.network_id)
        prefix = f"meeting:{meeting.id}:attendance"
        jobs = {
            f"{prefix}:taker:{user}": Job(TAKER_JOB, now, job_payload(meeting, user_id=user))
            for user in _takers(network, meeting)
        }
        jobs |= {
            f"{prefix}:member:{m.slack_user_id}": Job(
                ASK_MEMBER_JOB, now, job_payload(meeting, user_id=m.slack_user_id)
            )
            for m in network.members
        }
        schedule_jobs(session, network, meeting, jobs, now)
        uow.commit()
        return len(jobs)


# --- the facilitator's or coordinator's form ---------------------------------------------------


def attendance_form(
    uow: UnitOfWork, *, meeting_id: int, user_id: str, now: datetime
) -> AttendanceForm:
    with uow:
        session = uow.session
        meeting = held_meeting(session, meeting_id, now)
        network = takers_network(session, meeting, user_id)
        counts = answers_of(session, [meeting.id]).get(meeting.id, {})
        rsvps = dict(
            session.execute(
                select(Rsvp.slack_user_id, Rsvp.attendance).where(Rsvp.meeting_id == meeting.id)
            ).all()
        )
        groups = []
        for organisation in sorted(network.organisations, key=lambda o: o.name.lower()):
            users = sorted(
                m.slack_user_id for m in organisation.members if m.network_id == network.id
            )
            if users:
                groups.append(_group(organisation.name, users, counts, rsvps))
        others = sorted(m.slack_user_id for m in network.members if m.organisation_id is None)
        if others:
            groups.append(_group(None, others, counts, rsvps))
        return AttendanceForm(view_of(session, meeting), tuple(groups))


def confirm(
    uow: UnitOfWork,
    *,
    meeting_id: int,
    user_id: str,
    present: set[str],
    online: set[str],
    now: datetime,
) -> Confirmed:
    """The facilitator or a coordinator confirms who was there: one answer per member (those
    not ticked were not there). Submitting again replaces the earlier confirmation."""
    with uow:
        session = uow.session
        meeting = held_meeting(session, meeting_id, now)
        network = takers_network(session, meeting, user_id)
        members = [m.slack_user_id for m in network.members]
        modes = confirmed_modes(members, present, online)
        records = {r.slack_user_id: r for r in _records(session, [meeting.id])}
        for user, mode in modes.items():
            record = records.get(user) or _new_record(session, meeting.id, user)
            record.confirmed, record.confirmed_by, record.confirmed_at = mode, user_id, now
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="attendance.confirmed",
            now=now,
            meeting=meeting.number,
        )
        session.flush()
        came = {user for user, mode in modes.items() if mode in PRESENT}
        missing = [
            o
            for o in sorted(network.organisations, key=lambda o: o.name.lower())
            if o.members and not any(m.slack_user_id in came for m in o.members)
        ]
        _plan_missed(session, network, meeting, missing, now)
        unrepresented = tuple(o.name for o in missing)
        disagreements = tuple(
            sorted(u for u, r in records.items() if disagrees(r.self_report, r.confirmed))
        )
        uow.commit()
        return Confirmed(
            view_of(session, meeting),
            present=len(came),
            online=sum(1 for mode in modes.values() if mode == "online"),
            unrepresented=unrepresented,
            disagreements=disagreements,
        )


def _plan_missed(
    session: Session,
    network: Network,
    meeting: Meeting,
    missing: list[Organisation],
    now: datetime,
) -> None:
    """A word to the contact person of each organisation nobody came from; once per meeting
    and organisation, and checked again when it is sent (the form may be corrected)."""
    jobs = {}
    for organisation in missing:
        contact = contact_of(session, organisation)
        if contact is not None:
            key = f"meeting:{meeting.id}:missed:organisation:{organisation.id}"
            payload = job_payload(meeting, organisation_id=organisation.id, user_id=contact)
            jobs[key] = Job(MISSED_JOB, now + MISSED_AFTER, payload)
    schedule_jobs(session, network, meeting, jobs, now)


def missed_note(uow: UnitOfWork, *, meeting_id: int, organisation_id: int) -> MissedNote | None:
    """The note to an organisation nobody came from; None when the meeting was cancelled or
    the organisation turns out to have been there after all."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        organisation = session.get(Organisation, organisation_id)
        if meeting is None or organisation is None or meeting.status != MeetingStatus.PLANNED:
            return None
        if attended_in(session, meeting.id).by_organisation.get(organisation.id):
            return None
        return MissedNote(view_of(session, meeting), organisation.name)


# --- a member's own word ---------------------------------------------------------------------


def report_own(
    uow: UnitOfWork, *, meeting_id: int, user_id: str, answer: str, now: datetime
) -> SelfReported:
    """*Was je erbij?*: the member's own answer is kept; when the facilitator or a coordinator
    confirmed otherwise, theirs counts and the member is told so."""
    if answer not in ANSWERS:
        raise UserFacingError("attendance.error.gone")
    with uow:
        session = uow.session
        meeting = held_meeting(session, meeting_id, now)
        if repo.member_of(session, meeting.network_id, user_id) is None:
            network = network_of(session, meeting.network_id)
            raise UserFacingError("rsvp.error.not_a_member", name=network.name)
        records = _records(session, [meeting.id], user_id)
        record = records[0] if records else _new_record(session, meeting.id, user_id)
        record.self_report, record.self_reported_at = answer, now
        session.flush()
        overruled = disagrees(record.self_report, record.confirmed)
        uow.commit()
        return SelfReported(view_of(session, meeting), answer, overruled)


# --- helpers ------------------------------------------------------------------------------------


def _takers(network: Network, meeting: Meeting) -> list[str]:
    members = {m.slack_user_id for m in network.members}
    if meeting.facilitator_user_id and meeting.facilitator_user_id in members:
        return [meeting.facilitator_user_id]
    return sorted(m.slack_user_id for m in network.members if Role.COORDINATOR in m.roles)


def may_take(session: Session, meeting: Meeting, user_id: str) -> bool:
    """The meeting's facilitator and the network's coordinators take attendance (and record
    the meeting's results)."""
    member = repo.member_of(session, meeting.network_id, user_id)
    if member is None:
        return False
    return Role.COORDINATOR in member.roles or meeting.facilitator_user_id == user_id


def takers_network(session: Session, meeting: Meeting, user_id: str) -> Network:
    if not may_take(session, meeting, user_id):
        raise UserFacingError("attendance.error.takers_only")
    return network_of(session, meeting.network_id)


def held_meeting(session: Session, meeting_id: int, now: datetime) -> Meeting:
    """A meeting (not an event) that took place: attendance and results belong to it."""
    meeting = load_meeting(session, meeting_id)
    if meeting.kind != OccasionKind.MEETING or meeting.status != MeetingStatus.PLANNED:
        raise UserFacingError("attendance.error.gone")
    if meeting.starts_at > now:
        raise UserFacingError("attendance.error.not_yet")
    return meeting


def _network(session: Session, meeting: Meeting) -> Network:
    return network_of(session, meeting.network_id)


def _records(
    session: Session, meeting_ids: list[int], user_id: str | None = None
) -> list[AttendanceRecord]:
    if not meeting_ids:
        return []
    query = select(AttendanceRecord).where(AttendanceRecord.meeting_id.in_(meeting_ids))
    if user_id is not None:
        query = query.where(AttendanceRecord.slack_user_id == user_id)
    return list(session.scalars(query.order_by(AttendanceRecord.id)))


def _new_record(session: Session, meeting_id: int, user_id: str) -> AttendanceRecord:
    record = AttendanceRecord(meeting_id=meeting_id, slack_user_id=user_id)
    session.add(record)
    return record


def _group(
    organisation: str | None, users: list[str], counts: dict[str, str], rsvps: dict[str, str]
) -> FormGroup:
    return FormGroup(
        organisation, tuple(FormMember(u, counts.get(u) or rsvps.get(u)) for u in users)
    )


def meeting_to_review(
    uow: UnitOfWork, *, network_id: int, number: int | None, now: datetime
) -> int:
    """The id of meeting `number`, or without a number the last meeting that has begun; the
    commands `/lerend aanwezigheid` and `/lerend resultaat` open their modal for it."""
    with uow:
        session = uow.session
        query = select(Meeting).where(
            Meeting.network_id == network_id,
            Meeting.kind == OccasionKind.MEETING,
            Meeting.status == MeetingStatus.PLANNED,
        )
        if number is not None:
            query = query.where(Meeting.number == number, Meeting.year == current_year(network_id))
        else:
            query = query.where(Meeting.starts_at <= now).order_by(Meeting.starts_at.desc())
        meeting = session.scalars(query.limit(1)).first()
        if meeting is None:
            raise UserFacingError("attendance.error.no_meeting")
        return meeting.id

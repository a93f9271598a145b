"""What status and App Home show of the year: the seven slots, the next meeting with who comes,
and the warnings a coordinator acts on. Also who comes per organisation, which the announcement
shows too.

Kept apart from bot/services/meetings.py so that the network summary (bot/services/views.py)
can carry an overview without importing the meetings use cases.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.meetings import (
    EVALUATION_AFTER_MEETING,
    Attendance,
    MeetingStatus,
    Slot,
    SlotState,
    missing_facilitators,
    unrepresented,
    year_plan,
)
from bot.domain.polls import PollKind
from storage.models import Meeting, Member, Network, Poll, Rsvp, Theme


@dataclass(frozen=True)
class OrganisationAttendance:
    """Who of one organisation comes; `name` None groups the people without an organisation
    (a coordinator, a guest) who answered."""

    name: str | None
    in_person: tuple[str, ...] = ()
    online: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()


@dataclass(frozen=True)
class AttendanceCounts:
    in_person: int = 0
    online: int = 0
    absent: int = 0
    unanswered: int = 0


@dataclass(frozen=True)
class SlotRow:
    number: int
    state: str  # SlotState
    starts_at: datetime | None = None
    theme: str | None = None


@dataclass(frozen=True)
class NextMeeting:
    """Who comes to the next meeting (its date and place are in the network summary)."""

    number: int
    counts: AttendanceCounts


@dataclass(frozen=True)
class MeetingOverview:
    slots: tuple[SlotRow, ...]
    next_meeting: NextMeeting | None
    missing_facilitators: tuple[int, ...] = ()
    unrepresented: tuple[str, ...] = ()  # organisations with nobody coming to the next meeting
    evaluation_pending: bool = False

    @property
    def first_open(self) -> int | None:
        return next((s.number for s in self.slots if s.state == SlotState.OPEN), None)


def meeting_overview(session: Session, network: Network, now: datetime) -> MeetingOverview:
    meetings = planned_meetings(session, network.id)
    themes = {theme.id: theme.name for theme in network.themes}
    by_number = {m.number: m for m in meetings}
    slots = tuple(
        _slot_row(number, state, by_number.get(number), themes)
        for number, state, _ in year_plan([slot_of(m) for m in meetings], now)
    )
    upcoming = [m for m in meetings if m.ends_at > now]
    next_meeting, missing_people = None, ()
    if upcoming:
        meeting = upcoming[0]
        groups = attendance(session, network, meeting.id)
        next_meeting = NextMeeting(meeting.number, counts(groups))
        missing_people = tuple(organisations_not_coming(groups))
    return MeetingOverview(
        slots=slots,
        next_meeting=next_meeting,
        missing_facilitators=tuple(missing_facilitators([slot_of(m) for m in upcoming])),
        unrepresented=missing_people,
        evaluation_pending=_evaluation_pending(session, network.id, meetings, now),
    )


def planned_meetings(session: Session, network_id: int) -> list[Meeting]:
    """The network's meetings that are not cancelled, in number order."""
    query = select(Meeting).where(
        Meeting.network_id == network_id, Meeting.status != MeetingStatus.CANCELLED
    )
    return list(session.scalars(query.order_by(Meeting.number)))


def slot_of(meeting: Meeting) -> Slot:
    return Slot(meeting.number, meeting.starts_at, meeting.ends_at, meeting.facilitator_user_id)


def theme_name(session: Session, meeting: Meeting) -> str | None:
    theme = session.get(Theme, meeting.theme_id) if meeting.theme_id else None
    return theme.name if theme else None


def attendance(
    session: Session, network: Network, meeting_id: int
) -> tuple[OrganisationAttendance, ...]:
    """Who comes, per organisation (in name order); members of an organisation who did not
    answer are counted, others only when they answered."""
    answers = dict(
        session.execute(
            select(Rsvp.slack_user_id, Rsvp.attendance).where(Rsvp.meeting_id == meeting_id)
        ).all()
    )
    members = sorted(network.members, key=lambda m: m.joined_at)
    groups = [
        _group(org.name, [m for m in members if m.organisation_id == org.id], answers)
        for org in network.organisations
    ]
    guests = [m for m in members if m.organisation_id is None and m.slack_user_id in answers]
    if guests:
        groups.append(_group(None, guests, answers))
    return tuple(groups)


def _group(
    name: str | None, members: list[Member], answers: dict[str, str]
) -> OrganisationAttendance:
    def who(choice: str | None) -> tuple[str, ...]:
        return tuple(m.slack_user_id for m in members if answers.get(m.slack_user_id) == choice)

    return OrganisationAttendance(
        name, who(Attendance.IN_PERSON), who(Attendance.ONLINE), who(Attendance.ABSENT), who(None)
    )


def counts(groups: Sequence[OrganisationAttendance]) -> AttendanceCounts:
    return AttendanceCounts(
        in_person=sum(len(g.in_person) for g in groups),
        online=sum(len(g.online) for g in groups),
        absent=sum(len(g.absent) for g in groups),
        unanswered=sum(len(g.unanswered) for g in groups),
    )


def organisations_not_coming(groups: Sequence[OrganisationAttendance]) -> list[str]:
    answers: dict[str, list[Attendance | None]] = {
        group.name: [Attendance.IN_PERSON] * len(group.in_person)
        + [Attendance.ONLINE] * len(group.online)
        + [Attendance.ABSENT] * len(group.absent)
        + [None] * len(group.unanswered)
        for group in groups
        if group.name is not None
    }
    return unrepresented(answers)


def _evaluation_pending(
    session: Session, network_id: int, meetings: list[Meeting], now: datetime
) -> bool:
    """Meeting 3 was held and no evaluation has closed yet: plan 5 to 7 after reading it."""
    third = next((m for m in meetings if m.number == EVALUATION_AFTER_MEETING), None)
    if third is None or third.ends_at > now:
        return False
    closed = session.scalar(
        select(Poll.id)
        .where(
            Poll.network_id == network_id,
            Poll.kind == PollKind.EVALUATION,
            (Poll.closed_at.is_not(None)) | (Poll.closes_at <= now),
        )
        .limit(1)
    )
    return closed is None


def _slot_row(number: int, state: str, meeting: Meeting | None, themes: dict[int, str]) -> SlotRow:
    if meeting is None:
        return SlotRow(number, state)
    return SlotRow(number, state, meeting.starts_at, themes.get(meeting.theme_id or 0))

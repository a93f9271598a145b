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

from sqlalchemy import ScalarSelect, select
from sqlalchemy.orm import Session

from bot.domain.meetings import (
    EVALUATION_AFTER_MEETING,
    Attendance,
    MeetingStatus,
    OccasionKind,
    Slot,
    SlotState,
    missing_facilitators,
    unrepresented,
    year_plan,
)
from bot.domain.polls import PollKind
from storage.models import Meeting, Member, Network, OccasionNetwork, Poll, Rsvp, Theme


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
    next_meeting: NextMeeting | None = None
    missing_people: tuple[str, ...] = ()
    if upcoming:
        meeting = upcoming[0]
        groups = attendance(session, [network], meeting.id)
        next_meeting = NextMeeting(meeting.year_number, counts(groups))
        missing_people = tuple(organisations_not_coming(groups))
    return MeetingOverview(
        slots=slots,
        next_meeting=next_meeting,
        missing_facilitators=tuple(missing_facilitators([slot_of(m) for m in upcoming])),
        unrepresented=missing_people,
        evaluation_pending=_evaluation_pending(session, network.id, meetings, now),
    )


def planned_meetings(session: Session, network_id: int) -> list[Meeting]:
    """The network's meetings (the seven of the year, no events) that are not cancelled, in
    number order."""
    query = select(Meeting).where(
        Meeting.network_id == network_id,
        Meeting.kind == OccasionKind.MEETING,
        Meeting.status != MeetingStatus.CANCELLED,
        Meeting.year == current_year(network_id),
    )
    return list(session.scalars(query.order_by(Meeting.number)))


def current_year(network_id: int) -> ScalarSelect[int]:
    """The network's year, for queries on the seven meetings of the year (a second year has
    its own 1-7; the earlier years' meetings stay for the report and statements)."""
    return select(Network.year).where(Network.id == network_id).scalar_subquery()


def planned_occasions(session: Session, network_id: int) -> list[Meeting]:
    """Everything the network itself planned and did not cancel: meetings and events, whose
    reminders follow the network's settings."""
    query = select(Meeting).where(
        Meeting.network_id == network_id, Meeting.status != MeetingStatus.CANCELLED
    )
    return list(session.scalars(query.order_by(Meeting.starts_at, Meeting.id)))


def occasions_open_to(session: Session, network_id: int) -> list[Meeting]:
    """Planned meetings and events the network's members are invited to: its own, and the
    events of other networks that are open to it."""
    guest_of = select(OccasionNetwork.meeting_id).where(OccasionNetwork.network_id == network_id)
    query = select(Meeting).where(
        (Meeting.network_id == network_id) | Meeting.id.in_(guest_of),
        Meeting.status != MeetingStatus.CANCELLED,
    )
    return list(session.scalars(query.order_by(Meeting.starts_at, Meeting.id)))


def invited_networks(session: Session, meeting: Meeting) -> list[Network]:
    """The network that planned the occasion first, then the others an event is open to."""
    home = session.get(Network, meeting.network_id)
    others = session.scalars(
        select(Network)
        .join(OccasionNetwork, OccasionNetwork.network_id == Network.id)
        .where(OccasionNetwork.meeting_id == meeting.id)
        .order_by(Network.name, Network.id)
    )
    return [network for network in (home, *others) if network is not None]


def invitees(session: Session, meeting: Meeting) -> list[str]:
    """Everyone invited, once each (a person may be in several of the networks)."""
    return [m.slack_user_id for m in _unique_members(invited_networks(session, meeting))]


def _unique_members(networks: Sequence[Network]) -> list[Member]:
    seen: dict[str, Member] = {}
    for network in networks:
        for member in sorted(network.members, key=lambda m: m.joined_at):
            seen.setdefault(member.slack_user_id, member)
    return list(seen.values())


def slot_of(meeting: Meeting) -> Slot:
    return Slot(
        meeting.year_number, meeting.starts_at, meeting.ends_at, meeting.facilitator_user_id
    )


def theme_name(session: Session, meeting: Meeting) -> str | None:
    theme = session.get(Theme, meeting.theme_id) if meeting.theme_id else None
    return theme.name if theme else None


def attendance(
    session: Session, networks: Sequence[Network], meeting_id: int
) -> tuple[OrganisationAttendance, ...]:
    """Who comes, per organisation (in name order, the planning network's first); members of
    an organisation who did not answer are counted, others only when they answered. An event
    open to several networks groups one organisation's people of every network together."""
    answers = dict(
        session.execute(
            select(Rsvp.slack_user_id, Rsvp.attendance).where(Rsvp.meeting_id == meeting_id)
        ).all()
    )
    members = _unique_members(networks)
    organisations: dict[str, tuple[str, set[int]]] = {}
    for network in networks:
        for org in network.organisations:
            organisations.setdefault(org.name_key, (org.name, set()))[1].add(org.id)
    groups = [
        _group(name, [m for m in members if m.organisation_id in ids], answers)
        for name, ids in organisations.values()
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

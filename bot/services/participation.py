"""Use cases of the proof of participation: which organisation a person may ask a statement
for, and the statement's data (network, themes, meetings attended and by whom, contributions)
over the last year.

The files are built from this data by bot/participation_files.py; people's names come from
Slack in the handler, as for the outcome report.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.domain.knowledge import ItemKind
from bot.domain.meetings import NETWORK_YEAR, OccasionKind
from bot.domain.network import Role, name_key
from bot.domain.participation import MeetingPresence, may_see, presence_at
from bot.services.attendance import answers_of
from bot.services.errors import UserFacingError
from bot.services.meeting_overview import occasions_open_to, theme_name
from bot.services.network_work import load_network
from bot.services.views import NetworkRef, network_ref
from bot.services.year import commitment_of, current_goal
from storage import repositories as repo
from storage.models import (
    Contribution,
    KnowledgeItem,
    Meeting,
    Network,
    Organisation,
)
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class StatementChoice:
    """Whose statement: one organisation, or (coordinators without a name) a list to pick."""

    network: NetworkRef
    organisation_id: int | None
    organisations: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class OccasionPresence:
    """A held meeting (`number`) or event (`title`) and the organisation there."""

    number: int | None
    title: str | None
    event_type: str | None
    starts_at: datetime
    theme: str | None
    presence: MeetingPresence


@dataclass(frozen=True)
class StatementCommitment:
    """The organisation's answer for the year and the period it covers."""

    answer: str  # asked, committed or stopped
    answered_at: datetime | None
    starts_at: datetime
    ends_at: datetime


@dataclass(frozen=True)
class ItemLine:
    kind: str
    title: str
    created_at: datetime


@dataclass(frozen=True)
class Statement:
    network: NetworkRef
    themes: tuple[str, ...]
    building_blocks: tuple[str, ...]
    organisation_id: int
    organisation: str
    admitted_at: datetime
    period_start: datetime
    issued_at: datetime
    members: tuple[str, ...]
    coordinators: tuple[str, ...]
    meetings: tuple[OccasionPresence, ...]
    events: tuple[OccasionPresence, ...]
    items: tuple[ItemLine, ...]
    answers: int
    year: int = 1
    years: int = 1  # how many years the network has had (the year is named when more)
    period_end: datetime | None = None  # the end of the period; None: the date of issue
    commitment: StatementCommitment | None = None  # the organisation's answer for the year
    goal: str | None = None  # the network's shared goal of the year

    @property
    def people(self) -> tuple[str, ...]:
        """Everyone the statement names, for the names from Slack."""
        came = (user for o in (*self.meetings, *self.events) for user in o.presence.people)
        return tuple(dict.fromkeys((*self.members, *self.coordinators, *came)))

    @property
    def questions(self) -> int:
        return sum(1 for item in self.items if item.kind == ItemKind.QUESTION)


def choose(uow: UnitOfWork, *, network_id: int, user_id: str, name: str) -> StatementChoice:
    """`/lerend deelname [organisatie]`: a member's own organisation; a coordinator may name
    any organisation of the network, or gets the list to pick from."""
    with uow:
        session = uow.session
        network = load_network(session, network_id)
        member = repo.member_of(session, network.id, user_id)
        if member is None:
            raise UserFacingError("participation.error.not_a_member")
        coordinator = Role.COORDINATOR in member.roles
        organisations = tuple((org.id, org.name) for org in network.organisations)
        if name:
            chosen = _named(network, name)
        elif coordinator:
            if not organisations:
                raise UserFacingError("participation.error.none")
            return StatementChoice(network_ref(network), None, organisations)
        else:
            chosen = member.organisation_id or 0
        problem = may_see(
            requested=chosen, own_organisation=member.organisation_id, coordinator=coordinator
        )
        if problem:
            raise UserFacingError(problem)
        return StatementChoice(network_ref(network), chosen)


def _named(network: Network, name: str) -> int:
    """An organisation by (the start of) its name, written any way."""
    wanted = name_key(name)
    exact = [org.id for org in network.organisations if org.name_key == wanted]
    starts = [org.id for org in network.organisations if org.name_key.startswith(wanted)]
    found = exact or (starts if len(starts) == 1 else [])
    if not found:
        raise UserFacingError("participation.error.unknown", name=name)
    return found[0]


def statement(
    uow: UnitOfWork,
    *,
    network_id: int,
    organisation_id: int,
    user_id: str,
    now: datetime,
    year: int | None = None,
) -> Statement:
    """The statement's data for one year of the network (default: the current one): from the
    start of the organisation's commitment, or its admission at most a year back, to the end
    of the commitment or now."""
    with uow:
        session = uow.session
        network = load_network(session, network_id)
        organisation = session.get(Organisation, organisation_id)
        member = repo.member_of(session, network.id, user_id)
        if organisation is None or organisation.network_id != network.id or member is None:
            raise UserFacingError("participation.error.unknown", name="")
        problem = may_see(
            requested=organisation.id,
            own_organisation=member.organisation_id,
            coordinator=Role.COORDINATOR in member.roles,
        )
        if problem:
            raise UserFacingError(problem)
        year = year or network.year
        if not 1 <= year <= network.year:
            raise UserFacingError("participation.error.year", year=year, years=network.year)
        commitment = _commitment(session, network, organisation.id, year)
        start, end = _period(session, network, organisation, year, commitment, now)
        members = tuple(
            m.slack_user_id
            for m in sorted(network.members, key=lambda m: m.joined_at)
            if m.organisation_id == organisation.id
        )
        held = _held(session, network, year, start, end)
        answers = attended(session, [occasion.id for occasion in held])
        presences = [
            OccasionPresence(
                occasion.number,
                occasion.title,
                occasion.event_type,
                occasion.starts_at,
                theme_name(session, occasion),
                presence_at(answers[occasion.id], members),
            )
            for occasion in held
        ]
        return Statement(
            network=network_ref(network),
            themes=tuple(theme.name for theme in network.themes),
            building_blocks=tuple(network.building_blocks),
            organisation_id=organisation.id,
            organisation=organisation.name,
            admitted_at=organisation.admitted_at,
            period_start=start,
            issued_at=now,
            members=members,
            coordinators=tuple(
                m.slack_user_id
                for m in repo.members_with_role(session, network.id, Role.COORDINATOR)
            ),
            meetings=tuple(p for p in presences if p.number is not None),
            events=tuple(p for p in presences if p.number is None),
            items=_items(session, network.id, organisation.id, start),
            answers=_answer_count(session, network.id, organisation.id, start),
            year=year,
            years=network.year,
            period_end=end,
            commitment=commitment,
            goal=current_goal(session, network.id, year),
        )


def _held(
    session: Session, network: Network, year: int, start: datetime, end: datetime
) -> list[Meeting]:
    """The network's meetings of the year, and the events open to it, held in the period."""
    return [
        o
        for o in occasions_open_to(session, network.id)
        if start <= o.ends_at <= end and (o.kind != OccasionKind.MEETING or o.year == year)
    ]


def _commitment(
    session: Session, network: Network, organisation_id: int, year: int
) -> StatementCommitment | None:
    row = commitment_of(session, organisation_id, year)
    if row is None:
        return None
    return StatementCommitment(row.status, row.answered_at, row.starts_at, row.ends_at)


def _period(
    session: Session,
    network: Network,
    organisation: Organisation,
    year: int,
    commitment: StatementCommitment | None,
    now: datetime,
) -> tuple[datetime, datetime]:
    """The statement's period: the commitment's year; without one, the current year reaches a
    year back and an earlier year spans its meetings."""
    if commitment is not None:
        start, end = commitment.starts_at, min(now, commitment.ends_at)
    elif year == network.year:
        start, end = now - NETWORK_YEAR, now
    else:
        spans = session.execute(
            select(func.min(Meeting.starts_at), func.max(Meeting.ends_at)).where(
                Meeting.network_id == network.id,
                Meeting.kind == OccasionKind.MEETING,
                Meeting.year == year,
            )
        ).one()
        start, end = spans[0] or now, min(now, spans[1] or now)
    return max(start, organisation.admitted_at), end


def attended(session: Session, meeting_ids: list[int]) -> dict[int, dict[str, str]]:
    """Who was there, as taken after each meeting (bot/services/attendance.py): meeting id ->
    {Slack user id: how}. An RSVP is only an intention."""
    return defaultdict(dict, answers_of(session, meeting_ids))


def _items(
    session: Session, network_id: int, organisation_id: int, start: datetime
) -> tuple[ItemLine, ...]:
    rows = session.execute(
        select(KnowledgeItem.kind, KnowledgeItem.title, KnowledgeItem.created_at)
        .where(
            KnowledgeItem.network_id == network_id,
            KnowledgeItem.organisation_id == organisation_id,
            KnowledgeItem.created_at >= start,
        )
        .order_by(KnowledgeItem.created_at, KnowledgeItem.id)
    )
    return tuple(ItemLine(kind, title, created_at) for kind, title, created_at in rows)


def _answer_count(session: Session, network_id: int, organisation_id: int, start: datetime) -> int:
    """Replies in the threads of other organisations' items."""
    query = (
        select(func.count())
        .select_from(Contribution)
        .join(KnowledgeItem, KnowledgeItem.id == Contribution.item_id)
        .where(
            KnowledgeItem.network_id == network_id,
            Contribution.organisation_id == organisation_id,
            Contribution.deleted_at.is_(None),
            Contribution.posted_at >= start,
            (KnowledgeItem.organisation_id != organisation_id)
            | KnowledgeItem.organisation_id.is_(None),
        )
    )
    return session.scalar(query) or 0

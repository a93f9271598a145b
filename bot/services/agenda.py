"""An agenda per meeting (issue 14, item 3): the coordinator builds it from the theme, ideas
from the idea box and open questions in the knowledge base (picked from lists), adds free
points and orders them (one point per line); members propose points, which a coordinator
accepts or not. The agenda goes out with the reminders and in the calendar file
(`MeetingView.agenda`), and a burst of changes is announced once in the announcement's
thread: every change moves one pending job to a few minutes after the last edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.domain.knowledge import ItemKind
from bot.domain.meetings import MeetingStatus, OccasionKind
from bot.domain.network import Role
from bot.domain.outcomes import (
    AGENDA_CHANGED_JOB,
    AGENDA_POINT_MAX,
    AGENDA_POINTS_MAX,
    AGENDA_PROPOSAL_JOB,
    AGENDA_QUIET,
    validate_agenda,
    validate_proposal,
)
from bot.scheduling.schedule import PENDING, schedule_job
from bot.services.agenda_store import ACCEPTED, DECLINED, PROPOSED, agenda_lines
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meeting_overview import current_year
from bot.services.meeting_schedule import anchor_of, job_payload
from bot.services.meetings import ANNOUNCEMENT, MeetingView, load_meeting, network_of, view_of
from bot.services.network_work import is_coordinator
from storage import repositories as repo
from storage.models import AgendaItem, Idea, KnowledgeItem, Meeting, Network, ScheduledJob
from storage.uow import UnitOfWork

PICKED_SHOWN = 50  # ideas and questions offered in the modal's lists


@dataclass(frozen=True)
class AgendaForm:
    meeting: MeetingView
    points: tuple[str, ...]  # the agenda now, or to start with the meeting's theme
    ideas: tuple[tuple[int, str], ...]  # open ideas of the network
    questions: tuple[tuple[int, str], ...]  # unanswered questions in the knowledge base


@dataclass(frozen=True)
class Proposal:
    id: int
    meeting: MeetingView
    text: str
    proposed_by: str
    status: str


@dataclass(frozen=True)
class AgendaNews:
    """What the thread is told after a burst of changes."""

    meeting: MeetingView
    channel_id: str | None
    thread_ts: str | None


def agenda_meeting(uow: UnitOfWork, *, network_id: int, number: int | None, now: datetime) -> int:
    """Meeting `number`, or the next one still to come: the agenda is for a meeting ahead."""
    with uow:
        session = uow.session
        if number is None:
            meeting = repo.next_meeting(session, network_id, now)
        else:
            meeting = session.scalar(
                select(Meeting).where(
                    Meeting.network_id == network_id,
                    Meeting.kind == OccasionKind.MEETING,
                    Meeting.number == number,
                    Meeting.year == current_year(network_id),
                    Meeting.status == MeetingStatus.PLANNED,
                )
            )
        if meeting is None:
            raise UserFacingError("agenda.error.no_meeting")
        return meeting.id


def agenda_form(uow: UnitOfWork, *, meeting_id: int, user_id: str, now: datetime) -> AgendaForm:
    with uow:
        session = uow.session
        meeting, network = coordinated_meeting(session, meeting_id, user_id, now)
        view = view_of(session, meeting)
        points = view.agenda or ((view.theme,) if view.theme else ())
        ideas = session.scalars(
            select(Idea)
            .where(Idea.network_id == network.id, Idea.status == "open")
            .order_by(Idea.created_at.desc(), Idea.id.desc())
            .limit(PICKED_SHOWN)
        )
        questions = session.scalars(
            select(KnowledgeItem)
            .where(
                KnowledgeItem.network_id == network.id,
                KnowledgeItem.kind == ItemKind.QUESTION,
                KnowledgeItem.answered_at.is_(None),
            )
            .order_by(KnowledgeItem.created_at.desc(), KnowledgeItem.id.desc())
            .limit(PICKED_SHOWN)
        )
        return AgendaForm(
            view,
            tuple(points),
            tuple((i.id, i.text) for i in ideas),
            tuple((q.id, q.title) for q in questions),
        )


def save_agenda(
    uow: UnitOfWork,
    *,
    meeting_id: int,
    user_id: str,
    points: list[str],
    idea_ids: list[int],
    question_ids: list[int],
    now: datetime,
) -> MeetingView:
    """The agenda becomes `points` in that order, followed by the picked ideas and questions
    that are not on it yet. A change is announced once, a few minutes after the last edit."""
    with uow:
        session = uow.session
        meeting, network = coordinated_meeting(session, meeting_id, user_id, now)
        picked = _picked(session, network, idea_ids, question_ids)
        wanted = list(dict.fromkeys([*points, *(text for text, _, _ in picked)]))
        errors = validate_agenda(wanted)
        if errors:
            raise FieldErrors(errors, max=AGENDA_POINT_MAX)
        before = agenda_lines(session, meeting.id)
        sources = {text: (source, source_id) for text, source, source_id in picked}
        theme = view_of(session, meeting).theme
        old = {
            row.text: (row.source, row.source_id)
            for row in session.scalars(
                select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
            )
        }
        session.execute(
            delete(AgendaItem).where(
                AgendaItem.meeting_id == meeting.id, AgendaItem.status == ACCEPTED
            )
        )
        for position, text in enumerate(wanted):
            source, source_id = (
                sources.get(text)
                or old.get(text)
                or (
                    "theme" if text == theme else "free",
                    None,
                )
            )
            session.add(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=position,
                    text=text,
                    source=source,
                    source_id=source_id,
                    status=ACCEPTED,
                    created_at=now,
                )
            )
        session.flush()
        if tuple(wanted) != before:
            _announce_later(session, network, meeting, now)
        uow.commit()
        return view_of(session, meeting)


def propose(
    uow: UnitOfWork, *, network_id: int, user_id: str, text: str, now: datetime
) -> Proposal:
    """A member proposes a point for the next meeting; each coordinator is asked (a job each)."""
    errors = validate_proposal(text)
    if errors:
        raise FieldErrors(errors, max=AGENDA_POINT_MAX)
    with uow:
        session = uow.session
        network = network_of(session, network_id)
        if repo.member_of(session, network.id, user_id) is None:
            raise UserFacingError("rsvp.error.not_a_member", name=network.name)
        meeting = repo.next_meeting(session, network.id, now)
        if meeting is None:
            raise UserFacingError("agenda.error.no_meeting")
        item = AgendaItem(
            meeting_id=meeting.id,
            position=0,
            text=" ".join(text.split()),
            source="proposal",
            status=PROPOSED,
            proposed_by=user_id,
            created_at=now,
        )
        session.add(item)
        session.flush()
        for member in network.members:
            if Role.COORDINATOR in member.roles:
                schedule_job(
                    session,
                    key=f"agenda:{item.id}:proposal:{member.slack_user_id}",
                    kind=AGENDA_PROPOSAL_JOB,
                    run_at=now,
                    payload={"item_id": item.id, "user_id": member.slack_user_id},
                    team_id=network.workspace.team_id,
                    network_id=network.id,
                    anchor=anchor_of(meeting),
                    now=now,
                )
        uow.commit()
        return _proposal(session, item, meeting)


def proposal(uow: UnitOfWork, *, item_id: int) -> Proposal | None:
    """A proposal still waiting for an answer (for the coordinator's DM)."""
    with uow:
        session = uow.session
        item = session.get(AgendaItem, item_id)
        meeting = session.get(Meeting, item.meeting_id) if item else None
        if item is None or meeting is None or item.status != PROPOSED:
            return None
        if meeting.status != MeetingStatus.PLANNED:
            return None
        return _proposal(session, item, meeting)


def decide(uow: UnitOfWork, *, item_id: int, user_id: str, accept: bool, now: datetime) -> Proposal:
    """A coordinator accepts a proposal (it goes to the end of the agenda) or not; the first
    answer counts."""
    with uow:
        session = uow.session
        item = session.get(AgendaItem, item_id)
        if item is None:
            raise UserFacingError("agenda.error.gone")
        meeting, network = coordinated_meeting(session, item.meeting_id, user_id, now)
        if item.status != PROPOSED:
            raise UserFacingError("agenda.error.decided")
        if accept:
            count = len(agenda_lines(session, meeting.id))
            if count >= AGENDA_POINTS_MAX:
                raise UserFacingError("agenda.error.full", max=AGENDA_POINTS_MAX)
            item.status, item.position = ACCEPTED, count
            _announce_later(session, network, meeting, now)
        else:
            item.status = DECLINED
        session.flush()
        uow.commit()
        return _proposal(session, item, meeting)


def agenda_news(uow: UnitOfWork, *, meeting_id: int) -> AgendaNews | None:
    """The meeting and its announcement's place; None when it was cancelled."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status != MeetingStatus.PLANNED:
            return None
        message = repo.find_message(session, ANNOUNCEMENT, meeting.id, meeting.network_id)
        return AgendaNews(
            view_of(session, meeting),
            message.channel_id if message else None,
            message.ts if message else None,
        )


def _announce_later(session: Session, network: Network, meeting: Meeting, now: datetime) -> None:
    """Move the pending announcement to AGENDA_QUIET after now, or plan a new one: one message
    per burst of edits, however many edits the burst has."""
    prefix = f"meeting:{meeting.id}:agenda_changed"
    rows = list(session.scalars(select(ScheduledJob).where(ScheduledJob.key.startswith(prefix))))
    pending = next((row for row in rows if row.state == PENDING), None)
    key = pending.key if pending else f"{prefix}:{len(rows) + 1}"
    schedule_job(
        session,
        key=key,
        kind=AGENDA_CHANGED_JOB,
        run_at=now + AGENDA_QUIET,
        payload=job_payload(meeting),
        team_id=network.workspace.team_id,
        network_id=network.id,
        anchor=anchor_of(meeting),
        now=now,
    )


def _picked(
    session: Session, network: Network, idea_ids: list[int], question_ids: list[int]
) -> list[tuple[str, str, int]]:
    """(text, source, id) of the picked ideas and questions that belong to this network."""
    picked: list[tuple[str, str, int]] = []
    for idea in session.scalars(select(Idea).where(Idea.id.in_(idea_ids or [0]))):
        if idea.network_id == network.id:
            picked.append((_point(idea.text), "idea", idea.id))
    for item in session.scalars(
        select(KnowledgeItem).where(KnowledgeItem.id.in_(question_ids or [0]))
    ):
        if item.network_id == network.id:
            picked.append((_point(item.title), "question", item.id))
    return picked


def _point(text: str) -> str:
    point = " ".join(text.split())
    return point if len(point) <= AGENDA_POINT_MAX else point[: AGENDA_POINT_MAX - 1] + "…"


def coordinated_meeting(
    session: Session, meeting_id: int, user_id: str, now: datetime
) -> tuple[Meeting, Network]:
    meeting = load_meeting(session, meeting_id)
    if not is_coordinator(session, meeting.network_id, user_id):
        raise UserFacingError("error.coordinators_only")
    if meeting.kind != OccasionKind.MEETING or meeting.status != MeetingStatus.PLANNED:
        raise UserFacingError("attendance.error.gone")
    if meeting.ends_at <= now:
        raise UserFacingError("agenda.error.past")
    return meeting, network_of(session, meeting.network_id)


def _proposal(session: Session, item: AgendaItem, meeting: Meeting) -> Proposal:
    return Proposal(
        item.id, view_of(session, meeting), item.text, item.proposed_by or "", item.status
    )

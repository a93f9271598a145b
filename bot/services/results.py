"""Results per meeting (issue 14, item 5; *concrete resultaten*, *maak resultaten zichtbaar*):
after a meeting the facilitator (or a coordinator) records what came out of it: insights,
agreements and actions. An action has an owner and, optionally, a date; the owner gets one
reminder before that date and marks it done.

The results are shown in one message in the thread of the meeting's announcement, rebuilt from
the database after every change (its place in `slack_messages`, purpose `meeting.results`).
They are searchable with `/lerend zoek`: the meeting has one knowledge item of kind *result*
holding them, and each result is a document of that item.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.knowledge import ItemKind, searchable
from bot.domain.outcomes import (
    ACTION_REMINDER_JOB,
    RESULT_MAX,
    ResultInput,
    ResultKind,
    reminder_at,
    validate_result,
)
from bot.i18n import t
from bot.scheduling.schedule import cancel_jobs, schedule_job
from bot.services.attendance import held_meeting, may_take, takers_network
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meetings import ANNOUNCEMENT, MeetingView, view_of
from bot.services.views import NetworkRef
from storage import repositories as repo
from storage.models import KnowledgeItem, Meeting, MeetingResult
from storage.search import index_document
from storage.uow import UnitOfWork

RESULTS_MESSAGE = "meeting.results"


@dataclass(frozen=True)
class ResultRow:
    id: int
    kind: str
    text: str
    owner: str | None
    due_on: date | None
    done: bool


@dataclass(frozen=True)
class MeetingResults:
    """The meeting's results and where they are shown: in the announcement's thread."""

    meeting: MeetingView
    results: tuple[ResultRow, ...]
    channel_id: str | None  # None: the announcement was never posted
    thread_ts: str | None
    ts: str | None  # the results message, once posted


@dataclass(frozen=True)
class ActionView:
    id: int
    meeting_id: int
    network: NetworkRef
    number: int | None
    text: str
    owner: str | None
    due_on: date | None
    done: bool


def results_form(uow: UnitOfWork, *, meeting_id: int, user_id: str, now: datetime) -> MeetingView:
    """The meeting the results modal is for; only its facilitator and coordinators."""
    with uow:
        session = uow.session
        meeting = held_meeting(session, meeting_id, now)
        takers_network(session, meeting, user_id)
        return view_of(session, meeting)


def record(
    uow: UnitOfWork,
    *,
    meeting_id: int,
    user_id: str,
    value: ResultInput,
    lang: str,
    tz: str,
    now: datetime,
) -> int:
    """Store one result; an action with a date gets its reminder. Returns the meeting id."""
    errors = validate_result(value, now.astimezone(ZoneInfo(tz)).date())
    if errors:
        raise FieldErrors(errors, max=RESULT_MAX)
    with uow:
        session = uow.session
        meeting = held_meeting(session, meeting_id, now)
        network = takers_network(session, meeting, user_id)
        kind = ResultKind(value.kind or ResultKind.INSIGHT)
        result = MeetingResult(
            meeting_id=meeting.id,
            network_id=network.id,
            item_id=_item(session, meeting, user_id, lang, now).id,
            kind=kind,
            text=value.text.strip(),
            owner_user_id=value.owner if kind == ResultKind.ACTION else None,
            due_on=value.due_on,
            recorded_by=user_id,
            created_at=now,
        )
        session.add(result)
        session.flush()
        _index(session, meeting, result)
        if result.owner_user_id and result.due_on:
            _plan_reminder(session, network.workspace.team_id, result, tz, now)
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="result.recorded",
            now=now,
            meeting=meeting.number,
            kind=str(kind),
        )
        uow.commit()
        return meeting.id


def meeting_results(uow: UnitOfWork, meeting_id: int) -> MeetingResults:
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise UserFacingError("meeting.error.gone")
        announcement = repo.find_message(session, ANNOUNCEMENT, meeting.id, meeting.network_id)
        message = repo.find_message(session, RESULTS_MESSAGE, meeting.id, meeting.network_id)
        return MeetingResults(
            view_of(session, meeting),
            tuple(_row(r) for r in results_of(session, [meeting.id])),
            announcement.channel_id if announcement else None,
            announcement.ts if announcement else None,
            message.ts if message else None,
        )


def remember_message(
    uow: UnitOfWork,
    *,
    meeting_id: int,
    channel_id: str,
    ts: str,
    permalink: str | None,
    now: datetime,
) -> None:
    """Where the results message lives; its link makes the search result lead to it."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            return
        repo.remember_message(
            session,
            purpose=RESULTS_MESSAGE,
            subject_id=meeting.id,
            network_id=meeting.network_id,
            channel_id=channel_id,
            ts=ts,
            now=now,
        )
        item = _existing_item(session, meeting.id)
        if item is not None and permalink:
            item.permalink = permalink
        uow.commit()


def mark_done(uow: UnitOfWork, *, result_id: int, user_id: str, now: datetime) -> ActionView:
    """The owner (or a coordinator, or the facilitator) marks an action done; its reminder is
    no longer needed. Marking it twice is harmless."""
    with uow:
        session = uow.session
        result = session.get(MeetingResult, result_id)
        meeting = session.get(Meeting, result.meeting_id) if result else None
        if result is None or meeting is None or result.kind != ResultKind.ACTION:
            raise UserFacingError("result.error.gone")
        if result.owner_user_id != user_id and not may_take(session, meeting, user_id):
            raise UserFacingError("result.error.not_yours")
        if result.done_at is None:
            result.done_at, result.done_by = now, user_id
            cancel_jobs(session, key_prefix=_reminder_key(result.id), now=now)
        uow.commit()
        return _action(session, result, meeting)


def action_for_reminder(uow: UnitOfWork, *, result_id: int) -> ActionView | None:
    """The action to remind its owner of; None when it is done or gone."""
    with uow:
        session = uow.session
        result = session.get(MeetingResult, result_id)
        meeting = session.get(Meeting, result.meeting_id) if result else None
        if result is None or meeting is None or result.done_at is not None:
            return None
        return _action(session, result, meeting)


def results_of(session: Session, meeting_ids: list[int]) -> list[MeetingResult]:
    """Every result of these meetings, in the order they were recorded (the report reads it)."""
    if not meeting_ids:
        return []
    return list(
        session.scalars(
            select(MeetingResult)
            .where(MeetingResult.meeting_id.in_(meeting_ids))
            .order_by(MeetingResult.meeting_id, MeetingResult.id)
        )
    )


def result_item_ids(session: Session, network_id: int) -> set[int]:
    """The knowledge items that hold meetings' results (the report shows them per meeting)."""
    rows = session.scalars(
        select(MeetingResult.item_id).where(
            MeetingResult.network_id == network_id, MeetingResult.item_id.is_not(None)
        )
    )
    return {item_id for item_id in rows if item_id is not None}


def _item(
    session: Session, meeting: Meeting, user_id: str, lang: str, now: datetime
) -> KnowledgeItem:
    """The meeting's results item in the knowledge base (made with the first result)."""
    item = _existing_item(session, meeting.id)
    if item is None:
        item = KnowledgeItem(
            network_id=meeting.network_id,
            kind=ItemKind.RESULT,
            title=t("result.item_title", lang, number=meeting.number),
            description="",
            author_user_id=user_id,
            created_at=now,
            updated_at=now,
        )
        session.add(item)
        session.flush()
    return item


def _existing_item(session: Session, meeting_id: int) -> KnowledgeItem | None:
    item_id = session.scalar(
        select(MeetingResult.item_id)
        .where(MeetingResult.meeting_id == meeting_id, MeetingResult.item_id.is_not(None))
        .limit(1)
    )
    return session.get(KnowledgeItem, item_id) if item_id else None


def _index(session: Session, meeting: Meeting, result: MeetingResult) -> None:
    """The item's description lists every result (the search snippet shows it); each result
    is a document of its own."""
    item = session.get(KnowledgeItem, result.item_id) if result.item_id else None
    if item is None:
        return
    texts = [r.text for r in results_of(session, [meeting.id])]
    item.description = "\n".join(texts)
    item.updated_at = result.created_at
    index_document(
        session,
        doc_key=f"item:{item.id}",
        network_id=item.network_id,
        item_id=item.id,
        contribution_id=None,
        text=searchable(item.title),
    )
    index_document(
        session,
        doc_key=f"meeting_result:{result.id}",
        network_id=item.network_id,
        item_id=item.id,
        contribution_id=None,
        text=searchable(result.text),
    )


def _plan_reminder(
    session: Session, team_id: str, result: MeetingResult, tz: str, now: datetime
) -> None:
    if result.due_on is None or result.owner_user_id is None:
        return
    run_at = reminder_at(result.due_on, tz, now)
    if run_at is None:
        return
    schedule_job(
        session,
        key=_reminder_key(result.id),
        kind=ACTION_REMINDER_JOB,
        run_at=run_at,
        payload={"result_id": result.id, "user_id": result.owner_user_id},
        team_id=team_id,
        network_id=result.network_id,
        anchor=("meeting", result.meeting_id),
        now=now,
    )


def _reminder_key(result_id: int) -> str:
    return f"result:{result_id}:reminder"


def _row(result: MeetingResult) -> ResultRow:
    return ResultRow(
        result.id,
        result.kind,
        result.text,
        result.owner_user_id,
        result.due_on,
        result.done_at is not None,
    )


def _action(session: Session, result: MeetingResult, meeting: Meeting) -> ActionView:
    network = view_of(session, meeting).network
    return ActionView(
        result.id,
        meeting.id,
        network,
        meeting.number,
        result.text,
        result.owner_user_id,
        result.due_on,
        result.done_at is not None,
    )

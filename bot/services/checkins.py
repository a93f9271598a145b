"""Use cases of check-ins (hoe zit iedereen erin?): start a round, answer it, summarise it.

A round starts through the schedule a while after each meeting (see bot/services/meetings.py)
or at once with `/lerend checkin`. Starting one stores a row per participant and plans, on the
durable schedule, one DM per participant and, a few days later, the anonymous summary for each
coordinator. Rounds after a meeting are anchored to that meeting.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.checkins import (
    SUMMARY_AFTER,
    RoundResult,
    manual_round,
    meeting_round,
    summarise,
    validate_answer,
)
from bot.domain.meetings import NETWORK_YEAR, MeetingStatus
from bot.domain.network import Role
from bot.scheduling.schedule import Anchor, schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meetings import network_of
from bot.services.network_work import is_coordinator
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import Checkin, Meeting, Network
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

ASK_JOB = "checkin.ask"
SUMMARY_JOB = "checkin.summary"


@dataclass(frozen=True)
class CheckinAsk:
    """One participant's check-in, for the DM that asks it and for the modal."""

    checkin_id: int
    network: NetworkRef
    meeting_number: int | None
    score: int | None = None
    remark: str | None = None


@dataclass(frozen=True)
class CheckinReport:
    network: NetworkRef
    current: RoundResult
    trend: tuple[RoundResult, ...]  # the year's rounds, oldest first, the current one included


def start_meeting_round(uow: UnitOfWork, *, meeting_id: int, now: datetime) -> int:
    """The round a while after a meeting (the job); nothing when the meeting was cancelled."""
    with uow:
        meeting = uow.session.get(Meeting, meeting_id)
        if meeting is None or meeting.status == MeetingStatus.CANCELLED:
            return 0
        network = network_of(uow.session, meeting.network_id)
        asked = _start_round(uow.session, network, meeting_round(meeting.id), meeting, now)
        uow.commit()
        return asked


def start_manual_round(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> int:
    """`/lerend checkin`: a round now, by a coordinator. Returns how many are asked."""
    with uow:
        session = uow.session
        network = network_of(session, network_id)
        if not is_coordinator(session, network_id, user_id):
            raise UserFacingError("error.coordinators_only")
        asked = _start_round(session, network, manual_round(network_id, now), None, now)
        if not asked:
            raise UserFacingError("checkin.error.nobody")
        repo.record_audit(
            session, network_id=network_id, actor=user_id, action="checkin.started", now=now
        )
        uow.commit()
        return asked


def _start_round(
    session: Session, network: Network, round_key: str, meeting: Meeting | None, now: datetime
) -> int:
    participants = sorted(
        m.slack_user_id
        for m in network.members
        if m.organisation_id or Role.EXPERIENCE_EXPERT in m.roles
    )
    anchor: Anchor | None = ("meeting", meeting.id) if meeting else None
    prefix = job_prefix(network.id, round_key)
    jobs = []
    for user in participants:
        insert_if_absent(
            session,
            Checkin,
            ["round_key", "slack_user_id"],
            network_id=network.id,
            round_key=round_key,
            meeting_id=meeting.id if meeting else None,
            slack_user_id=user,
            sent_at=now,
        )
        jobs.append((f"{prefix}:member:{user}", ASK_JOB, now, user))
    for coordinator in repo.members_with_role(session, network.id, Role.COORDINATOR):
        user = coordinator.slack_user_id
        jobs.append(
            (f"{prefix}:summary:coordinator:{user}", SUMMARY_JOB, now + SUMMARY_AFTER, user)
        )
    for key, kind, run_at, user in jobs:
        schedule_job(
            session,
            key=key,
            kind=kind,
            run_at=run_at,
            payload={"round_key": round_key, "user_id": user},
            team_id=network.workspace.team_id,
            network_id=network.id,
            anchor=anchor,
            now=now,
        )
    return len(participants)


def job_prefix(network_id: int, round_key: str) -> str:
    """Jobs of a round after a meeting start with the meeting's own prefix, like its reminders."""
    if round_key.startswith("meeting:"):
        return f"{round_key}:checkin"
    return f"network:{network_id}:checkin:{round_key}"


def ask(uow: UnitOfWork, *, round_key: str, user_id: str) -> CheckinAsk | None:
    """The check-in to ask, or None when it was answered meanwhile or the person left."""
    with uow:
        session = uow.session
        row = session.scalar(
            select(Checkin).where(Checkin.round_key == round_key, Checkin.slack_user_id == user_id)
        )
        if row is None or row.score is not None:
            return None
        if repo.member_of(session, row.network_id, user_id) is None:
            return None
        return _ask_of(session, row)


def checkin_form(uow: UnitOfWork, *, checkin_id: int, user_id: str) -> CheckinAsk:
    with uow:
        return _ask_of(uow.session, _own_checkin(uow.session, checkin_id, user_id))


def answer(
    uow: UnitOfWork,
    *,
    checkin_id: int,
    user_id: str,
    score: int | None,
    remark: str,
    now: datetime,
) -> CheckinAsk:
    """Store (or change) one's answer; answers after the summary still count in the trend."""
    errors = validate_answer(score, remark)
    if errors:
        raise FieldErrors(errors)
    with uow:
        row = _own_checkin(uow.session, checkin_id, user_id)
        row.score, row.remark, row.answered_at = score, remark or None, now
        uow.commit()
        return _ask_of(uow.session, row)


def report(uow: UnitOfWork, *, round_key: str) -> CheckinReport | None:
    """The anonymous summary of a round with the trend of the year, or None for no round."""
    with uow:
        session = uow.session
        first = session.scalar(select(Checkin).where(Checkin.round_key == round_key).limit(1))
        if first is None:
            return None
        network = network_of(session, first.network_id)
        rows = session.scalars(
            select(Checkin)
            .where(
                Checkin.network_id == network.id,
                Checkin.sent_at >= first.sent_at - NETWORK_YEAR,
                Checkin.sent_at <= first.sent_at,
            )
            .order_by(Checkin.sent_at, Checkin.id)
        ).all()
        rounds: dict[str, list[Checkin]] = defaultdict(list)
        for row in rows:
            rounds[row.round_key].append(row)
        trend = tuple(_result(session, key, answers) for key, answers in rounds.items())
        current = next(result for result in trend if result.round_key == round_key)
        return CheckinReport(network_ref(network), current, trend)


def _result(session: Session, round_key: str, rows: list[Checkin]) -> RoundResult:
    meeting = session.get(Meeting, rows[0].meeting_id) if rows[0].meeting_id else None
    answers = [(row.score, row.remark) for row in rows]
    return summarise(round_key, meeting.number if meeting else None, rows[0].sent_at, answers)


def _ask_of(session: Session, row: Checkin) -> CheckinAsk:
    meeting = session.get(Meeting, row.meeting_id) if row.meeting_id else None
    return CheckinAsk(
        checkin_id=row.id,
        network=network_ref(network_of(session, row.network_id)),
        meeting_number=meeting.number if meeting else None,
        score=row.score,
        remark=row.remark,
    )


def _own_checkin(session: Session, checkin_id: int, user_id: str) -> Checkin:
    row = session.get(Checkin, checkin_id)
    if row is None or row.slack_user_id != user_id:
        raise UserFacingError("checkin.error.gone")
    return row

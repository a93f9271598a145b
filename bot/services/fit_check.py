"""Use cases of the fit check (`/lerend passend`): start it, answer it, report on it.

When the result goes out: as soon as everyone invited has answered, or ANSWER_DAYS after the
start, whichever comes first. Both are the same scheduled job: the deadline job is created at the
start and moved to "now" by the last answer. Its run closes the check and sends the result to
the coordinator who started it. Coordinators can see the running tally at any time with
`/lerend passend uitslag`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.fit_check import (
    ANSWER_DAYS,
    MIN_ANSWERS,
    QUESTIONS,
    SCALE,
    Advice,
    FitAnswers,
    QuestionResult,
    advise,
    summarise,
    validate_answers,
)
from bot.domain.needs import NeedsSummary
from bot.domain.network import Role
from bot.scheduling.schedule import schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.needs import latest_summary
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import FitCheck, FitCheckAnswer, Network
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

ASK_JOB = "fit_check.ask"
RESULT_JOB = "fit_check.result"


@dataclass(frozen=True)
class FitCheckRef:
    id: int
    network: NetworkRef
    started_by: str
    invited: int
    closes_at: datetime


@dataclass(frozen=True)
class FitStep:
    """Where one person is in the fit check: the question to show (its index in QUESTIONS),
    or None when every question has a score; and what they answered so far."""

    check: FitCheckRef
    index: int | None
    answers: FitAnswers

    @property
    def question(self) -> str | None:
        return None if self.index is None else QUESTIONS[self.index]


@dataclass(frozen=True)
class FitCheckReport:
    check: FitCheckRef
    answered: int
    results: tuple[QuestionResult, ...]  # empty below MIN_ANSWERS: too easy to trace back
    advice: Advice
    closed: bool
    needs: NeedsSummary | None = None  # the learning-needs analysis, shown beside the result


def start_fit_check(
    uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime
) -> FitCheckRef:
    """Ask the founding group the seven questions: one DM job per person, one result job."""
    with uow:
        session = uow.session
        network = _coordinated_network(session, network_id, user_id)
        running = _open_check(session, network_id)
        if running is not None:
            raise UserFacingError("fit.error.running")
        invited = sorted(
            m.slack_user_id
            for m in network.members
            if m.organisation_id is not None or Role.COORDINATOR in m.roles
        )
        check = FitCheck(
            network=network,
            started_by=user_id,
            invited=invited,
            started_at=now,
            closes_at=now + timedelta(days=ANSWER_DAYS),
        )
        session.add(check)
        session.flush()
        team_id = network.workspace.team_id
        for person in invited:
            schedule_job(
                session,
                key=f"fit-check:{check.id}:ask:{person}",
                kind=ASK_JOB,
                run_at=now,
                payload={"fit_check_id": check.id, "user_id": person},
                team_id=team_id,
                network_id=network_id,
                now=now,
            )
        _schedule_result(session, check, team_id, check.closes_at, now)
        repo.record_audit(
            session, network_id=network_id, actor=user_id, action="fit_check.started", now=now
        )
        uow.commit()
        return _ref(check)


def invitation(uow: UnitOfWork, *, fit_check_id: int, user_id: str) -> FitCheckRef | None:
    """The check to ask this person about; None when it closed or they already answered."""
    with uow:
        check = uow.session.get(FitCheck, fit_check_id)
        if check is None or check.closed_at is not None:
            return None
        if complete(_answers_of(_answer_of(uow.session, check.id, user_id))):
            return None
        return _ref(check)


def fit_step(
    uow: UnitOfWork, *, fit_check_id: int, user_id: str, index: int | None = None
) -> FitStep:
    """The question to show: `index` when given (going back), else the first one without a
    score, so a person who stopped halfway goes on where they left off."""
    with uow:
        check = _answerable(uow.session, fit_check_id, user_id)
        answers = _answers_of(_answer_of(uow.session, check.id, user_id))
        if index is None or not 0 <= index < len(QUESTIONS):
            index = _next_open(answers, -1)
        return FitStep(_ref(check), index, answers)


def answer_question(
    uow: UnitOfWork, *, fit_check_id: int, user_id: str, question: str, score: int, now: datetime
) -> FitStep:
    """Store one score (a second tap replaces it) and move on to the next open question. The
    answer counts once every question has a score; the last person's brings the result to now."""
    if question not in QUESTIONS or score not in SCALE:
        raise UserFacingError("fit.error.score_required")
    with uow:
        session = uow.session
        check = _answerable(session, fit_check_id, user_id)
        answer = _claim_answer(session, check, user_id, now)
        answer.scores = {**answer.scores, question: score}
        answers = _answers_of(answer)
        if complete(answers):
            answer.answered_at = now
            session.flush()
            if _answered(session, check) >= len(check.invited):
                _schedule_result(session, check, check.network.workspace.team_id, now, now)
        uow.commit()
        return FitStep(_ref(check), _next_open(answers, QUESTIONS.index(question)), answers)


def save_remark(
    uow: UnitOfWork, *, fit_check_id: int, user_id: str, question: str, remark: str, now: datetime
) -> FitStep:
    """The optional remark on one question; the person stays on that question."""
    remark = remark.strip()
    if question not in QUESTIONS:
        raise UserFacingError("fit.error.score_required")
    errors = validate_answers(FitAnswers({q: SCALE[0] for q in QUESTIONS}, {question: remark}))
    if errors:
        raise FieldErrors(errors)
    with uow:
        session = uow.session
        check = _answerable(session, fit_check_id, user_id)
        answer = _claim_answer(session, check, user_id, now)
        remarks = {q: text for q, text in answer.remarks.items() if q != question}
        answer.remarks = {**remarks, question: remark} if remark else remarks
        answers = _answers_of(answer)
        uow.commit()
        return FitStep(_ref(check), QUESTIONS.index(question), answers)


def complete(answers: FitAnswers) -> bool:
    return all(answers.scores.get(question) in SCALE for question in QUESTIONS)


def close_and_report(uow: UnitOfWork, *, fit_check_id: int, now: datetime) -> FitCheckReport | None:
    """Close the check (later answers are refused) and report; running it again is harmless.
    None when the check is gone (its network was removed)."""
    with uow:
        check = uow.session.get(FitCheck, fit_check_id)
        if check is None:
            return None
        if check.closed_at is None:
            check.closed_at = now
        report = _report(uow.session, check)
        uow.commit()
        return report


def latest_report(uow: UnitOfWork, *, network_id: int, user_id: str) -> FitCheckReport:
    """The running tally, or the last result, for a coordinator who asks."""
    with uow:
        _coordinated_network(uow.session, network_id, user_id)
        check = uow.session.scalar(
            select(FitCheck)
            .where(FitCheck.network_id == network_id)
            .order_by(FitCheck.started_at.desc(), FitCheck.id.desc())
            .limit(1)
        )
        if check is None:
            raise UserFacingError("fit.error.none")
        return _report(uow.session, check)


# --- helpers -------------------------------------------------------------------------------


def _report(session: Session, check: FitCheck) -> FitCheckReport:
    rows = session.scalars(select(FitCheckAnswer).where(FitCheckAnswer.fit_check_id == check.id))
    answers = [FitAnswers(row.scores, row.remarks) for row in rows]
    answers = [answer for answer in answers if complete(answer)]  # halfway counts not yet
    results = summarise(answers) if len(answers) >= MIN_ANSWERS else ()
    return FitCheckReport(
        check=_ref(check),
        answered=len(answers),
        results=results,
        advice=advise(results, len(answers)),
        closed=check.closed_at is not None,
        needs=latest_summary(session, check.network_id),
    )


def _schedule_result(
    session: Session, check: FitCheck, team_id: str, run_at: datetime, now: datetime
) -> None:
    schedule_job(
        session,
        key=f"fit-check:{check.id}:result",
        kind=RESULT_JOB,
        run_at=run_at,
        payload={"fit_check_id": check.id, "user_id": check.started_by},
        team_id=team_id,
        network_id=check.network_id,
        now=now,
    )


def _coordinated_network(session: Session, network_id: int, user_id: str) -> Network:
    member = repo.member_of(session, network_id, user_id)
    if member is None or Role.COORDINATOR not in member.roles:
        network = session.get(Network, network_id)
        raise UserFacingError("fit.error.coordinators_only", name=network.name if network else "")
    return member.network


def _answerable(session: Session, fit_check_id: int, user_id: str) -> FitCheck:
    check = session.get(FitCheck, fit_check_id)
    if check is None or user_id not in check.invited:
        raise UserFacingError("fit.error.not_invited")
    if check.closed_at is not None:
        raise UserFacingError("fit.error.closed")
    return check


def _open_check(session: Session, network_id: int) -> FitCheck | None:
    query = select(FitCheck).where(FitCheck.network_id == network_id, FitCheck.closed_at.is_(None))
    return session.scalar(query.limit(1))


def _answer_of(session: Session, fit_check_id: int, user_id: str) -> FitCheckAnswer | None:
    query = select(FitCheckAnswer).where(
        FitCheckAnswer.fit_check_id == fit_check_id, FitCheckAnswer.slack_user_id == user_id
    )
    return session.scalar(query.execution_options(populate_existing=True))


def _answered(session: Session, check: FitCheck) -> int:
    """How many invited people answered every question."""
    rows = session.scalars(select(FitCheckAnswer).where(FitCheckAnswer.fit_check_id == check.id))
    done = {row.slack_user_id for row in rows if complete(_answers_of(row))}
    return len(done & set(check.invited))


def _answers_of(row: FitCheckAnswer | None) -> FitAnswers:
    return FitAnswers(dict(row.scores), dict(row.remarks)) if row else FitAnswers()


def _next_open(answers: FitAnswers, after: int) -> int | None:
    """The first question without a score after index `after` (wrapping round), or None."""
    count = len(QUESTIONS)
    for step in range(1, count + 1):
        index = (after + step) % count
        if answers.scores.get(QUESTIONS[index]) not in SCALE:
            return index
    return None


def _claim_answer(session: Session, check: FitCheck, user_id: str, now: datetime) -> FitCheckAnswer:
    """The person's answer row, made on their first tap (one per person, also when two taps
    arrive at once)."""
    insert_if_absent(
        session,
        FitCheckAnswer,
        ["fit_check_id", "slack_user_id"],
        fit_check_id=check.id,
        slack_user_id=user_id,
        answered_at=now,
    )
    answer = _answer_of(session, check.id, user_id)
    assert answer is not None  # inserted just above, or by a concurrent tap
    return answer


def _ref(check: FitCheck) -> FitCheckRef:
    return FitCheckRef(
        check.id, network_ref(check.network), check.started_by, len(check.invited), check.closes_at
    )

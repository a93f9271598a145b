"""Use cases of the year as the group lives it: the commitment round after the first meeting
(ik doe mee / we stoppen, with a deadline and one reminder), the shared goal (gezamenlijk
doel) with its history, and going on for another year after the seventh meeting.

The after-meeting trigger is a row anchored to the meeting (bot/services/meeting_schedule.py
asks `after_meeting_jobs` for it), so it moves and is cancelled with the meeting. The round's
own questions, reminder and close are rows keyed by network and year, so they come once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.domain.meetings import MeetingStatus, OccasionKind
from bot.domain.network import NetworkStatus, Role
from bot.domain.year import (
    COMMIT_AFTER_MEETING,
    CONTINUE_AFTER_MEETING,
    CommitmentStatus,
    commitment_period,
    committed_count,
    deadline_after,
    goes_on,
    reminder_before,
    validate_goal,
)
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.network_work import load_network, schedule_for
from bot.services.views import CommitmentLine, NetworkRef, YearOverview, network_ref
from storage import repositories as repo
from storage.models import Commitment, Meeting, Member, Network, NetworkGoal, Organisation
from storage.uow import UnitOfWork

AFTER_MEETING_JOB = "year.after_meeting"
COMMIT_ASK_JOB = "year.commit_ask"
COMMIT_REMIND_JOB = "year.commit_remind"
COMMIT_CLOSE_JOB = "year.commit_close"
COMMIT_RESULT_JOB = "year.commit_result"
CONTINUE_OFFER_JOB = "year.continue_offer"
GOAL_ASK_JOB = "year.goal_ask"
SYSTEM_USER = "lnbot"


@dataclass(frozen=True)
class CommitmentAsk:
    """The question to one person for their organisation."""

    commitment_id: int
    network: NetworkRef
    organisation: str
    year: int
    answer: str  # asked, committed or stopped
    deadline: datetime
    starts_at: datetime
    ends_at: datetime
    goal: str | None


@dataclass(frozen=True)
class RoundResult:
    overview: YearOverview
    goes_on: bool


@dataclass(frozen=True)
class GoalForm:
    network: NetworkRef
    year: int
    current: str | None
    versions: int


# --- the schedule ---------------------------------------------------------------------------


def after_meeting_jobs(meeting: Meeting) -> dict[str, tuple[str, datetime]]:
    """The rows a meeting should have for the year: after meeting 1 the commitment round and
    the goal, after meeting 7 the offer to go on (key -> (kind, run_at))."""
    if meeting.kind != OccasionKind.MEETING:
        return {}
    if meeting.number in (COMMIT_AFTER_MEETING, CONTINUE_AFTER_MEETING):
        return {f"meeting:{meeting.id}:year": (AFTER_MEETING_JOB, meeting.ends_at)}
    return {}


def after_meeting(uow: UnitOfWork, *, meeting_id: int, now: datetime) -> None:
    """The end of meeting 1 (ask for commitment, ask for the goal) or 7 (offer another
    year); nothing when it was cancelled or belongs to a year already left behind."""
    with uow:
        session = uow.session
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.status == MeetingStatus.CANCELLED:
            return
        network = load_network(session, meeting.network_id)
        if network.status == NetworkStatus.CLOSED or meeting.year != network.year:
            return
        if meeting.number == COMMIT_AFTER_MEETING:
            _open_round(session, network, meeting.starts_at, now)
            _to_coordinators(session, network, GOAL_ASK_JOB, "goal", now, facilitators=True)
        elif meeting.number == CONTINUE_AFTER_MEETING:
            _to_coordinators(session, network, CONTINUE_OFFER_JOB, "continue", now)
        uow.commit()


def _to_coordinators(
    session: Session,
    network: Network,
    kind: str,
    what: str,
    now: datetime,
    *,
    facilitators: bool = False,
) -> None:
    roles = {Role.COORDINATOR, Role.FACILITATOR} if facilitators else {Role.COORDINATOR}
    people = sorted({m.slack_user_id for m in network.members if m.roles & roles})
    for user in people:
        schedule_for(
            session,
            network,
            key=f"network:{network.id}:year:{network.year}:{what}:{user}",
            kind=kind,
            now=now,
            payload={"user_id": user, "year": network.year},
        )


# --- the commitment round -------------------------------------------------------------------


def open_round_now(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> int:
    """`/lerend inzet`: a coordinator asks for commitment now (the meeting may end late, or
    it was held outside Slack). Returns how many organisations are asked; 0 when the round of
    this year was asked already."""
    with uow:
        session = uow.session
        network = _coordinated(session, network_id, user_id)
        if not network.organisations:
            raise UserFacingError("year.commit.error.no_organisations")
        first = _first_meeting(session, network)
        start = first.starts_at if first is not None and first.starts_at <= now else now
        asked = _open_round(session, network, start, now)
        if asked:
            _audit(session, network, user_id, "year.commitment_asked", now, year=network.year)
        uow.commit()
        return asked


def _open_round(session: Session, network: Network, start: datetime, now: datetime) -> int:
    """Ask every organisation without an answer row for this year; plan the questions, the
    reminder and the close. Idempotent: asked organisations are not asked again."""
    year = network.year
    rows = session.scalars(
        select(Commitment).where(Commitment.network_id == network.id, Commitment.year == year)
    ).all()
    known = {row.organisation_id for row in rows}
    deadline = deadline_after(now)
    # A following year runs from the coordinator's choice to go on (`next_year` passes now).
    period_start, period_end = commitment_period(start)
    if rows:  # an organisation that joins during the round gets the round's own terms
        period_start, period_end = rows[0].starts_at, rows[0].ends_at
        round_deadline = max(row.deadline for row in rows)
        deadline = round_deadline if round_deadline > now else deadline
    asked = 0
    for organisation in network.organisations:
        if organisation.id in known:
            continue
        session.add(
            Commitment(
                network_id=network.id,
                organisation_id=organisation.id,
                year=year,
                status=CommitmentStatus.ASKED,
                asked_at=now,
                deadline=deadline,
                starts_at=period_start,
                ends_at=period_end,
            )
        )
        asked += 1
        for member in organisation.members:
            _ask(session, network, member, now, deadline)
    if asked:
        prefix = f"network:{network.id}:year:{year}:commit"
        schedule_for(
            session,
            network,
            key=f"{prefix}:close",
            kind=COMMIT_CLOSE_JOB,
            now=now,
            run_at=deadline,
            payload={"year": year},
        )
    session.flush()
    return asked


def ask_newcomer(session: Session, network: Network, now: datetime) -> None:
    """Called when an organisation joins (bot/services/networks.py admit()), in that
    transaction: once the year's round is out, a new organisation is asked too."""
    asked = session.scalar(
        select(Commitment.id)
        .where(Commitment.network_id == network.id, Commitment.year == network.year)
        .limit(1)
    )
    if asked is not None:
        session.flush()  # the new organisation and its member have ids
        _open_round(session, network, now, now)


def _ask(
    session: Session, network: Network, member: Member, now: datetime, deadline: datetime
) -> None:
    prefix = f"network:{network.id}:year:{network.year}:commit"
    payload = {"user_id": member.slack_user_id, "year": network.year}
    user = member.slack_user_id
    schedule_for(
        session, network, key=f"{prefix}:ask:{user}", kind=COMMIT_ASK_JOB, now=now, payload=payload
    )
    remind_at = reminder_before(deadline, now)
    if remind_at is not None:
        schedule_for(
            session,
            network,
            key=f"{prefix}:remind:{user}",
            kind=COMMIT_REMIND_JOB,
            now=now,
            run_at=remind_at,
            payload=payload,
        )


def commitment_ask(
    uow: UnitOfWork, *, network_id: int, user_id: str, year: int, reminder: bool = False
) -> CommitmentAsk | None:
    """The question for a person; None when they left, or (for the reminder) when their
    organisation has answered."""
    with uow:
        session = uow.session
        member = repo.member_of(session, network_id, user_id)
        if member is None or member.organisation_id is None:
            return None
        row = commitment_of(session, member.organisation_id, year)
        if row is None or (reminder and row.status != CommitmentStatus.ASKED):
            return None
        return _ask_view(session, row)


def _ask_view(session: Session, row: Commitment) -> CommitmentAsk:
    network = load_network(session, row.network_id)
    organisation = session.get(Organisation, row.organisation_id)
    return CommitmentAsk(
        commitment_id=row.id,
        network=network_ref(network),
        organisation=organisation.name if organisation else "",
        year=row.year,
        answer=row.status,
        deadline=row.deadline,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        goal=_goal(session, network.id, row.year),
    )


def answer(
    uow: UnitOfWork, *, commitment_id: int, user_id: str, commit: bool, now: datetime
) -> CommitmentAsk:
    """*Ik doe mee* / *we stoppen* for the person's organisation; the last answer counts. A
    network reaching six committed organisations becomes active."""
    with uow:
        session = uow.session
        row = session.get(Commitment, commitment_id)
        if row is None:
            raise UserFacingError("year.commit.error.gone")
        member = repo.member_of(session, row.network_id, user_id)
        if member is None or member.organisation_id != row.organisation_id:
            raise UserFacingError("year.commit.error.not_yours")
        network = load_network(session, row.network_id)
        if network.status == NetworkStatus.CLOSED:
            raise UserFacingError("error.network_closed", name=network.name)
        status = CommitmentStatus.COMMITTED if commit else CommitmentStatus.STOPPED
        if row.status != status:
            row.status, row.answered_by, row.answered_at = status, user_id, now
            _audit(
                session,
                network,
                user_id,
                f"year.{status}",
                now,
                organisation=_organisation_name(session, row.organisation_id),
                year=row.year,
            )
        if row.year == network.year and goes_on(_committed(session, network.id, row.year)):
            network.status = NetworkStatus.ACTIVE
        uow.commit()
        return _ask_view(session, row)


def close_round(
    uow: UnitOfWork, *, network_id: int, year: int, now: datetime
) -> RoundResult | None:
    """The deadline: the network is active with six committed organisations or more, and
    otherwise back in oprichting; the coordinators hear the outcome and what to do."""
    with uow:
        session = uow.session
        network = session.get(Network, network_id)
        if network is None or network.status == NetworkStatus.CLOSED or network.year != year:
            return None
        committed = _committed(session, network.id, year)
        network.status = NetworkStatus.ACTIVE if goes_on(committed) else NetworkStatus.FOUNDING
        _to_coordinators(session, network, COMMIT_RESULT_JOB, "commit:result", now)
        uow.commit()
        return RoundResult(_overview(session, network), goes_on(committed))


def _committed(session: Session, network_id: int, year: int) -> int:
    statuses = session.scalars(
        select(Commitment.status).where(
            Commitment.network_id == network_id, Commitment.year == year
        )
    )
    return committed_count(statuses)


def commitment_of(session: Session, organisation_id: int, year: int) -> Commitment | None:
    """An organisation's answer row for a year (also read by the participation statement)."""
    return session.scalar(
        select(Commitment).where(
            Commitment.organisation_id == organisation_id, Commitment.year == year
        )
    )


def stopped_organisations(session: Session, network: Network) -> set[int]:
    """The organisations that said they stop this year: they no longer count among the 6-10."""
    return set(
        session.scalars(
            select(Commitment.organisation_id).where(
                Commitment.network_id == network.id,
                Commitment.year == network.year,
                Commitment.status == CommitmentStatus.STOPPED,
            )
        )
    )


# --- the overview ---------------------------------------------------------------------------


def year_overview(session: Session, network: Network, year: int | None = None) -> YearOverview:
    """Inside another feature's unit of work (status, App Home, the welcome message)."""
    return _overview(session, network, year)


def overview(uow: UnitOfWork, *, network_id: int, user_id: str) -> YearOverview:
    """`/lerend inzet` once the round is out: who committed, for coordinators."""
    with uow:
        network = _coordinated(uow.session, network_id, user_id)
        return _overview(uow.session, network)


def _overview(session: Session, network: Network, year: int | None = None) -> YearOverview:
    year = year or network.year
    rows = list(
        session.scalars(
            select(Commitment).where(Commitment.network_id == network.id, Commitment.year == year)
        )
    )
    names = {org.id: org.name for org in network.organisations}
    goal = _goal_row(session, network.id, year)
    lines = tuple(
        sorted(
            (
                CommitmentLine(
                    row.organisation_id,
                    names.get(row.organisation_id, ""),
                    row.status,
                    row.answered_at,
                )
                for row in rows
            ),
            key=lambda line: line.organisation.casefold(),
        )
    )
    return YearOverview(
        network=network_ref(network),
        year=year,
        goal=goal.text if goal else None,
        goal_set_at=goal.set_at if goal else None,
        commitments=lines,
        starts_at=min((row.starts_at for row in rows), default=None),
        ends_at=max((row.ends_at for row in rows), default=None),
        deadline=max((row.deadline for row in rows), default=None),
    )


# --- the shared goal ------------------------------------------------------------------------


def goal_form(uow: UnitOfWork, *, network_id: int, user_id: str) -> GoalForm:
    with uow:
        session = uow.session
        network = _goal_keeper(session, network_id, user_id)
        versions = session.scalars(
            select(NetworkGoal.id).where(
                NetworkGoal.network_id == network.id, NetworkGoal.year == network.year
            )
        ).all()
        return GoalForm(
            network_ref(network),
            network.year,
            _goal(session, network.id, network.year),
            len(versions),
        )


def set_goal(
    uow: UnitOfWork, *, network_id: int, user_id: str, text: str, now: datetime
) -> YearOverview:
    """Record the goal (a new version; the earlier ones stay as its history)."""
    problem = validate_goal(text)
    if problem:
        raise FieldErrors({"goal": problem})
    with uow:
        session = uow.session
        network = _goal_keeper(session, network_id, user_id)
        current = _goal(session, network.id, network.year)
        cleaned = text.strip()
        if cleaned != current:
            session.add(
                NetworkGoal(
                    network_id=network.id,
                    year=network.year,
                    text=cleaned,
                    set_by=user_id,
                    set_at=now,
                )
            )
            _audit(session, network, user_id, "year.goal", now, year=network.year)
            session.flush()
        uow.commit()
        return _overview(session, network)


def goal_history(session: Session, network_id: int) -> list[NetworkGoal]:
    query = select(NetworkGoal).where(NetworkGoal.network_id == network_id)
    return list(session.scalars(query.order_by(NetworkGoal.set_at, NetworkGoal.id)))


def current_goal(session: Session, network_id: int, year: int) -> str | None:
    """The goal of a year, for the evaluation and the report (in their unit of work)."""
    return _goal(session, network_id, year)


def _goal(session: Session, network_id: int, year: int) -> str | None:
    row = _goal_row(session, network_id, year)
    return row.text if row else None


def _goal_row(session: Session, network_id: int, year: int) -> NetworkGoal | None:
    """The goal of the year; in a new year the last one carries over until it is revisited."""
    return session.scalar(
        select(NetworkGoal)
        .where(NetworkGoal.network_id == network_id, NetworkGoal.year <= year)
        .order_by(NetworkGoal.year.desc(), NetworkGoal.set_at.desc(), NetworkGoal.id.desc())
        .limit(1)
    )


def _goal_keeper(session: Session, network_id: int, user_id: str) -> Network:
    """Coordinators and facilitators record the goal."""
    network = load_network(session, network_id)
    member = repo.member_of(session, network_id, user_id)
    if member is None or not member.roles & {Role.COORDINATOR, Role.FACILITATOR}:
        raise UserFacingError("year.goal.error.who")
    return network


# --- another year -------------------------------------------------------------------------


def next_year(
    uow: UnitOfWork, *, network_id: int, user_id: str, year: int, now: datetime
) -> YearOverview:
    """Go on for another year: the year number goes up (once, however often the button is
    pressed), every organisation is asked to commit again, and the year's seven meetings are
    planned as before. Everything of the earlier years stays."""
    with uow:
        session = uow.session
        network = _coordinated(session, network_id, user_id)
        if network.status == NetworkStatus.CLOSED:
            raise UserFacingError("error.network_closed", name=network.name)
        if network.year == year:
            held = _held_this_year(session, network, now)
            if held < CONTINUE_AFTER_MEETING:
                raise UserFacingError("year.next.error.not_done", held=held)
            network.year = year + 1
            _audit(session, network, user_id, "year.next", now, year=network.year)
            session.flush()
            _open_round(session, network, now, now)
        uow.commit()
        return _overview(session, network)


def _held_this_year(session: Session, network: Network, now: datetime) -> int:
    return len(
        session.scalars(
            select(Meeting.id).where(
                Meeting.network_id == network.id,
                Meeting.kind == OccasionKind.MEETING,
                Meeting.year == network.year,
                Meeting.status != MeetingStatus.CANCELLED,
                Meeting.ends_at <= now,
            )
        ).all()
    )


def year_span(
    session: Session, network: Network, year: int, now: datetime
) -> tuple[datetime, datetime]:
    """The period of one year of the network: its commitments' period, else from its first
    to its last meeting (an earlier year) or to now (the current one)."""
    rows = session.execute(
        select(func.min(Commitment.starts_at), func.max(Commitment.ends_at)).where(
            Commitment.network_id == network.id, Commitment.year == year
        )
    ).one()
    meetings = session.execute(
        select(func.min(Meeting.starts_at), func.max(Meeting.ends_at)).where(
            Meeting.network_id == network.id,
            Meeting.kind == OccasionKind.MEETING,
            Meeting.year == year,
            Meeting.status != MeetingStatus.CANCELLED,
        )
    ).one()
    start = rows[0] or meetings[0] or network.created_at
    end = rows[1] or (meetings[1] if year < network.year else None) or now
    return min(start, now), min(end, now)


def _first_meeting(session: Session, network: Network) -> Meeting | None:
    return session.scalar(
        select(Meeting).where(
            Meeting.network_id == network.id,
            Meeting.kind == OccasionKind.MEETING,
            Meeting.year == network.year,
            Meeting.number == 1,
            Meeting.status != MeetingStatus.CANCELLED,
        )
    )


def _organisation_name(session: Session, organisation_id: int) -> str:
    organisation = session.get(Organisation, organisation_id)
    return organisation.name if organisation else ""


def _audit(
    session: Session,
    network: Network,
    user_id: str,
    action: str,
    now: datetime,
    **detail: int | str,
) -> None:
    repo.record_audit(
        session, network_id=network.id, actor=user_id, action=action, now=now, **detail
    )


def _coordinated(session: Session, network_id: int, user_id: str) -> Network:
    network = load_network(session, network_id)
    member = repo.member_of(session, network_id, user_id)
    if member is None or Role.COORDINATOR not in member.roles:
        raise UserFacingError("error.coordinators_only")
    return network


def overview_for_job(uow: UnitOfWork, *, network_id: int, year: int) -> YearOverview | None:
    """The year a note was planned for; None when the network closed or went on since."""
    with uow:
        network = uow.session.get(Network, network_id)
        if network is None or network.status == NetworkStatus.CLOSED or network.year != year:
            return None
        return _overview(uow.session, network)

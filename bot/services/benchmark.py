"""Benchmark figures (issue 14, item 6): the coordinator defines a few numbers (name, unit)
and a deadline before a meeting; every organisation enters them in a modal (its members
may, the last entry counts); at the deadline the channel sees them side by side under
neutral labels unless an organisation chose to be named (`organisations.named_in_report`),
and each organisation is told which label is theirs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.benchmark import (
    ASK_JOB,
    FIGURES_MAX,
    LABEL_JOB,
    PUBLISH_JOB,
    FigureInput,
    deadline_at,
    labels,
    validate_round,
)
from bot.domain.meetings import MeetingStatus
from bot.domain.network import clean_text
from bot.i18n import t
from bot.scheduling.schedule import schedule_job
from bot.services.agenda import coordinated_meeting
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.meeting_schedule import anchor_of
from bot.services.meetings import MeetingView, view_of
from bot.services.membership import contact_of
from storage import repositories as repo
from storage.models import Benchmark, BenchmarkFigure, BenchmarkValue, Meeting, Network
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class Figure:
    id: int
    name: str
    unit: str
    value: Decimal | None = None  # the reader's organisation's, in the entry form


@dataclass(frozen=True)
class RoundView:
    id: int
    meeting: MeetingView
    deadline: datetime
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class EntryForm:
    round: RoundView
    organisation: str


@dataclass(frozen=True)
class Table:
    """What the channel sees: per organisation (label) its value per figure, in order."""

    round: RoundView
    rows: tuple[tuple[str, tuple[Decimal | None, ...]], ...]


@dataclass(frozen=True)
class LabelNote:
    round: RoundView
    label: str
    named: bool


def round_meeting(uow: UnitOfWork, *, meeting_id: int, user_id: str, now: datetime) -> MeetingView:
    with uow:
        meeting, _ = coordinated_meeting(uow.session, meeting_id, user_id, now)
        return view_of(uow.session, meeting)


def start_round(
    uow: UnitOfWork,
    *,
    meeting_id: int,
    user_id: str,
    figures: list[FigureInput],
    deadline: date | None,
    tz: str,
    now: datetime,
) -> RoundView:
    with uow:
        session = uow.session
        meeting, network = coordinated_meeting(session, meeting_id, user_id, now)
        zone = ZoneInfo(tz)
        today, meeting_day = now.astimezone(zone).date(), meeting.starts_at.astimezone(zone).date()
        errors = validate_round(figures[:FIGURES_MAX], deadline, today, meeting_day)
        if errors or deadline is None:
            raise FieldErrors(errors)
        if _open_round(session, meeting.id) is not None:
            raise UserFacingError("benchmark.error.open_round")
        when = max(deadline_at(deadline, tz), now)
        benchmark = Benchmark(
            meeting_id=meeting.id,
            network_id=network.id,
            deadline=when,
            created_by=user_id,
            created_at=now,
        )
        session.add(benchmark)
        session.flush()
        wanted = [f for f in figures[:FIGURES_MAX] if clean_text(f.name)]
        for position, figure in enumerate(wanted):
            session.add(
                BenchmarkFigure(
                    benchmark_id=benchmark.id,
                    position=position,
                    name=clean_text(figure.name),
                    unit=clean_text(figure.unit),
                )
            )
        for organisation in network.organisations:
            contact = contact_of(session, organisation)
            if contact is not None:
                _schedule(
                    session,
                    network,
                    meeting,
                    f"benchmark:{benchmark.id}:ask:{organisation.id}",
                    ASK_JOB,
                    now,
                    {"benchmark_id": benchmark.id, "user_id": contact},
                    now,
                )
        _schedule(
            session,
            network,
            meeting,
            f"benchmark:{benchmark.id}:publish",
            PUBLISH_JOB,
            when,
            {"benchmark_id": benchmark.id},
            now,
        )
        repo.record_audit(
            session,
            network_id=network.id,
            actor=user_id,
            action="benchmark.started",
            now=now,
            meeting=meeting.number,
        )
        session.flush()
        uow.commit()
        return _round(session, benchmark)


def open_round_id(uow: UnitOfWork, *, network_id: int, now: datetime) -> int:
    """The round still open for entries in the network (the latest)."""
    with uow:
        benchmark = uow.session.scalar(
            select(Benchmark)
            .where(Benchmark.network_id == network_id, Benchmark.published_at.is_(None))
            .order_by(Benchmark.created_at.desc(), Benchmark.id.desc())
            .limit(1)
        )
        if benchmark is None or benchmark.deadline <= now:
            raise UserFacingError("benchmark.error.no_round")
        return benchmark.id


def entry_form(uow: UnitOfWork, *, benchmark_id: int, user_id: str, now: datetime) -> EntryForm:
    with uow:
        session = uow.session
        benchmark, organisation_id, name = _entering(session, benchmark_id, user_id, now)
        current = _values(session, benchmark.id)
        view = _round(session, benchmark)
        figures = tuple(
            Figure(f.id, f.name, f.unit, current.get((f.id, organisation_id))) for f in view.figures
        )
        return EntryForm(RoundView(view.id, view.meeting, view.deadline, figures), name)


def enter(
    uow: UnitOfWork,
    *,
    benchmark_id: int,
    user_id: str,
    values: dict[int, Decimal | None],
    invalid: list[int],
    now: datetime,
) -> EntryForm:
    """Store the organisation's figures (a blank one is left as it was)."""
    if invalid:
        raise FieldErrors({f"figure{figure_id}": "benchmark.error.number" for figure_id in invalid})
    with uow:
        session = uow.session
        benchmark, organisation_id, name = _entering(session, benchmark_id, user_id, now)
        figures = {f.id for f in _round(session, benchmark).figures}
        given = {fid: v for fid, v in values.items() if fid in figures and v is not None}
        if not given:
            first = min(figures) if figures else 0
            raise FieldErrors({f"figure{first}": "benchmark.error.nothing"})
        rows = {
            row.figure_id: row
            for row in session.scalars(
                select(BenchmarkValue).where(
                    BenchmarkValue.figure_id.in_(figures),
                    BenchmarkValue.organisation_id == organisation_id,
                )
            )
        }
        for figure_id, value in given.items():
            row = rows.get(figure_id) or BenchmarkValue(
                figure_id=figure_id, organisation_id=organisation_id
            )
            row.value, row.entered_by, row.entered_at = str(value), user_id, now
            session.add(row)
        session.flush()
        uow.commit()
        return EntryForm(_round(session, benchmark), name)


def table(uow: UnitOfWork, *, benchmark_id: int, lang: str) -> Table | None:
    """The figures side by side, for the channel; None when already shown or called off."""
    with uow:
        session = uow.session
        benchmark = session.get(Benchmark, benchmark_id)
        meeting = session.get(Meeting, benchmark.meeting_id) if benchmark else None
        if benchmark is None or meeting is None or benchmark.published_at is not None:
            return None
        if meeting.status != MeetingStatus.PLANNED:
            return None
        view = _round(session, benchmark)
        named = _labels(session, benchmark.network_id, lang)
        values = _values(session, benchmark.id)
        rows = tuple(
            (label, tuple(values.get((f.id, org_id)) for f in view.figures))
            for org_id, label in named.items()
        )
        return Table(view, rows)


def mark_published(uow: UnitOfWork, *, benchmark_id: int, now: datetime) -> None:
    """Shown in the channel: each organisation's contact person hears its label (a job each)."""
    with uow:
        session = uow.session
        benchmark = session.get(Benchmark, benchmark_id)
        if benchmark is None or benchmark.published_at is not None:
            return
        benchmark.published_at = now
        network = session.get(Network, benchmark.network_id)
        meeting = session.get(Meeting, benchmark.meeting_id)
        if network is None or meeting is None:
            return
        for organisation in network.organisations:
            contact = contact_of(session, organisation)
            if contact is not None:
                payload = {
                    "benchmark_id": benchmark.id,
                    "organisation_id": organisation.id,
                    "user_id": contact,
                }
                _schedule(
                    session,
                    network,
                    meeting,
                    f"benchmark:{benchmark.id}:label:{organisation.id}",
                    LABEL_JOB,
                    now,
                    payload,
                    now,
                )
        uow.commit()


def ask_view(uow: UnitOfWork, *, benchmark_id: int) -> RoundView | None:
    with uow:
        benchmark = uow.session.get(Benchmark, benchmark_id)
        if benchmark is None or benchmark.published_at is not None:
            return None
        return _round(uow.session, benchmark)


def label_note(
    uow: UnitOfWork, *, benchmark_id: int, organisation_id: int, lang: str
) -> LabelNote | None:
    with uow:
        session = uow.session
        benchmark = session.get(Benchmark, benchmark_id)
        if benchmark is None:
            return None
        named = _labels(session, benchmark.network_id, lang)
        if organisation_id not in named:
            return None
        organisation_named = any(
            o.id == organisation_id and o.named_in_report
            for o in _network(session, benchmark.network_id).organisations
        )
        return LabelNote(_round(session, benchmark), named[organisation_id], organisation_named)


def _labels(session: Session, network_id: int, lang: str) -> dict[int, str]:
    network = _network(session, network_id)
    ordered = sorted(network.organisations, key=lambda o: (o.admitted_at, o.id))
    return labels(
        [(o.id, o.name, bool(o.named_in_report)) for o in ordered],
        t("benchmark.label", lang),
    )


def _network(session: Session, network_id: int) -> Network:
    network = session.get(Network, network_id)
    if network is None:
        raise UserFacingError("error.network_gone")
    return network


def _entering(
    session: Session, benchmark_id: int, user_id: str, now: datetime
) -> tuple[Benchmark, int, str]:
    benchmark = session.get(Benchmark, benchmark_id)
    if benchmark is None or benchmark.published_at is not None or benchmark.deadline <= now:
        raise UserFacingError("benchmark.error.closed")
    member = repo.member_of(session, benchmark.network_id, user_id)
    if member is None:
        raise UserFacingError(
            "rsvp.error.not_a_member", name=_network(session, benchmark.network_id).name
        )
    if member.organisation is None:
        raise UserFacingError("benchmark.error.no_organisation")
    return benchmark, member.organisation.id, member.organisation.name


def _open_round(session: Session, meeting_id: int) -> Benchmark | None:
    return session.scalar(
        select(Benchmark).where(
            Benchmark.meeting_id == meeting_id, Benchmark.published_at.is_(None)
        )
    )


def _values(session: Session, benchmark_id: int) -> dict[tuple[int, int], Decimal]:
    rows = session.execute(
        select(BenchmarkValue.figure_id, BenchmarkValue.organisation_id, BenchmarkValue.value)
        .join(BenchmarkFigure, BenchmarkFigure.id == BenchmarkValue.figure_id)
        .where(BenchmarkFigure.benchmark_id == benchmark_id)
    )
    return {(figure, organisation): Decimal(value) for figure, organisation, value in rows}


def _round(session: Session, benchmark: Benchmark) -> RoundView:
    meeting = session.get(Meeting, benchmark.meeting_id)
    if meeting is None:
        raise UserFacingError("meeting.error.gone")
    figures = session.scalars(
        select(BenchmarkFigure)
        .where(BenchmarkFigure.benchmark_id == benchmark.id)
        .order_by(BenchmarkFigure.position)
    )
    return RoundView(
        benchmark.id,
        view_of(session, meeting),
        benchmark.deadline,
        tuple(Figure(f.id, f.name, f.unit) for f in figures),
    )


def _schedule(
    session: Session,
    network: Network,
    meeting: Meeting,
    key: str,
    kind: str,
    run_at: datetime,
    payload: dict[str, object],
    now: datetime,
) -> None:
    schedule_job(
        session,
        key=key,
        kind=kind,
        run_at=run_at,
        payload=payload,
        team_id=network.workspace.team_id,
        network_id=network.id,
        anchor=anchor_of(meeting),
        now=now,
    )

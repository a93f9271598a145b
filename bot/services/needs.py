"""Use cases of the learning-needs analysis (`/lerend behoeften`, seed 002): a coordinator asks
every organisation of the network (a DM with a button to each of its members; the last answer
given for an organisation counts), and reads the anonymous summary that suggests the network's
1 or 2 themes. The organisation's answer pre-fills its members' intake (what they come to
take), and the summary is shown with the fit check's result."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.interest import QUALITY_THEMES
from bot.domain.needs import NeedsAnswer, NeedsSummary, StaffFreed, summarise, validate_needs
from bot.scheduling.schedule import schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.network_work import coordinators_network
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import NeedsAnswer as NeedsAnswerRow
from storage.models import NeedsSurvey, Network
from storage.uow import UnitOfWork

ASK_JOB = "needs.ask"


@dataclass(frozen=True)
class NeedsSurveyRef:
    id: int
    network: NetworkRef
    asked: int  # organisations


@dataclass(frozen=True)
class NeedsForm:
    survey: NeedsSurveyRef
    organisation: str
    current: NeedsAnswer | None


@dataclass(frozen=True)
class NeedsResult:
    network: NetworkRef
    summary: NeedsSummary | None  # None: no analysis yet


def start(uow: UnitOfWork, *, network_id: int, user_id: str, now: datetime) -> NeedsSurveyRef:
    """Ask every member with an organisation (one DM job each)."""
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        people = sorted(
            (m.slack_user_id, m.organisation_id)
            for m in network.members
            if m.organisation_id is not None
        )
        organisations = {organisation for _, organisation in people}
        if not organisations:
            raise UserFacingError("needs.error.no_organisations")
        survey = NeedsSurvey(
            network_id=network.id, started_by=user_id, started_at=now, asked=len(organisations)
        )
        session.add(survey)
        session.flush()
        for person, _ in people:
            schedule_job(
                session,
                key=f"needs:{survey.id}:ask:{person}",
                kind=ASK_JOB,
                run_at=now,
                payload={"survey_id": survey.id, "user_id": person},
                team_id=network.workspace.team_id,
                network_id=network.id,
                now=now,
            )
        repo.record_audit(
            session, network_id=network.id, actor=user_id, action="needs.started", now=now
        )
        uow.commit()
        return _ref(survey, network)


def invitation(uow: UnitOfWork, *, survey_id: int, user_id: str) -> NeedsSurveyRef | None:
    """The survey to ask this person about; None when a newer one replaced it, they left, or
    their organisation answered already."""
    with uow:
        session = uow.session
        survey = session.get(NeedsSurvey, survey_id)
        if survey is None or _latest(session, survey.network_id) is not survey:
            return None
        member = repo.member_of(session, survey.network_id, user_id)
        if member is None or member.organisation_id is None:
            return None
        if _answer(session, survey.id, member.organisation_id) is not None:
            return None
        network = session.get(Network, survey.network_id)
        assert network is not None
        return _ref(survey, network)


def form(uow: UnitOfWork, *, survey_id: int, user_id: str) -> NeedsForm:
    with uow:
        session = uow.session
        survey, network, organisation_id, name = _answerable(session, survey_id, user_id)
        row = _answer(session, survey.id, organisation_id)
        return NeedsForm(_ref(survey, network), name, _plain(row) if row else None)


def answer(
    uow: UnitOfWork, *, survey_id: int, user_id: str, answer: NeedsAnswer, now: datetime
) -> str:
    """Store the organisation's answer (replacing an earlier one); returns its name."""
    errors = validate_needs(answer, QUALITY_THEMES)
    if errors:
        raise FieldErrors(errors)
    with uow:
        session = uow.session
        survey, _, organisation_id, name = _answerable(session, survey_id, user_id)
        row = _answer(session, survey.id, organisation_id)
        if row is None:
            row = NeedsAnswerRow(survey_id=survey.id, organisation_id=organisation_id)
            session.add(row)
        row.answered_by, row.answered_at = user_id, now
        row.learn, row.funding_note = answer.learn.strip(), answer.funding_note.strip()
        row.themes, row.building_blocks = list(answer.themes), list(answer.building_blocks)
        row.roles, row.staff_freed = list(answer.roles), answer.staff_freed.value
        uow.commit()
        return name


def result(uow: UnitOfWork, *, network_id: int, user_id: str) -> NeedsResult:
    """The anonymous summary of the network's latest analysis (coordinators)."""
    with uow:
        session = uow.session
        network = coordinators_network(session, network_id, user_id)
        return NeedsResult(network_ref(network), latest_summary(session, network_id))


def latest_summary(session: Session, network_id: int) -> NeedsSummary | None:
    survey = _latest(session, network_id)
    if survey is None:
        return None
    rows = session.scalars(select(NeedsAnswerRow).where(NeedsAnswerRow.survey_id == survey.id))
    return summarise((_plain(row) for row in rows), survey.asked)


def organisation_needs(session: Session, network_id: int, organisation_id: int) -> str | None:
    """What the organisation said it wants to learn in the latest analysis (for the intake)."""
    survey = _latest(session, network_id)
    row = _answer(session, survey.id, organisation_id) if survey else None
    return row.learn if row else None


# --- inside ----------------------------------------------------------------------------------


def _ref(survey: NeedsSurvey, network: Network) -> NeedsSurveyRef:
    return NeedsSurveyRef(survey.id, network_ref(network), survey.asked)


def _latest(session: Session, network_id: int) -> NeedsSurvey | None:
    return session.scalar(
        select(NeedsSurvey)
        .where(NeedsSurvey.network_id == network_id)
        .order_by(NeedsSurvey.started_at.desc(), NeedsSurvey.id.desc())
        .limit(1)
    )


def _answer(session: Session, survey_id: int, organisation_id: int) -> NeedsAnswerRow | None:
    return session.scalar(
        select(NeedsAnswerRow).where(
            NeedsAnswerRow.survey_id == survey_id,
            NeedsAnswerRow.organisation_id == organisation_id,
        )
    )


def _answerable(
    session: Session, survey_id: int, user_id: str
) -> tuple[NeedsSurvey, Network, int, str]:
    survey = session.get(NeedsSurvey, survey_id)
    if survey is None or _latest(session, survey.network_id) is not survey:
        raise UserFacingError("needs.error.closed")
    member = repo.member_of(session, survey.network_id, user_id)
    if member is None or member.organisation is None:
        raise UserFacingError("needs.error.not_an_organisation")
    network = session.get(Network, survey.network_id)
    assert network is not None
    return survey, network, member.organisation.id, member.organisation.name


def _plain(row: NeedsAnswerRow) -> NeedsAnswer:
    return NeedsAnswer(
        learn=row.learn,
        themes=tuple(row.themes),
        building_blocks=tuple(row.building_blocks),
        roles=tuple(row.roles),
        staff_freed=StaffFreed(row.staff_freed),
        funding_note=row.funding_note,
    )

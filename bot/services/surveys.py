"""Programme-wide surveys (issue 16, item 1; the seed 004's question): a programme coordinator
asks one question outside any network, in a channel the bot is in or as a DM to every member
of every network (or of chosen networks). One vote per person, or per organisation when the
question is about the organisation (the organisation's last vote counts). The option chosen
decides the follow-up questions; whoever answers yes to the support question is listed for the
programme coordinators, with a button to contact them. Results overall and per network, and an
export with organisation names (storage/models/surveys.py holds the rows).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.domain.network import name_key
from bot.domain.polls import OptionTally, PollForm, follow_up_questions, tally, validate_poll_form
from bot.scheduling.schedule import schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.programme import _as_coordinator
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import (
    Member,
    Network,
    Survey,
    SurveyAnswer,
    SurveyOption,
    SurveyRecipient,
    SurveyVote,
    Workspace,
)
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

DM_JOB = "survey.dm"
IN_CHANNEL, ALL_NETWORKS, CHOSEN_NETWORKS = "channel", "all", "chosen"
AUDIENCES = (IN_CHANNEL, ALL_NETWORKS, CHOSEN_NETWORKS)


@dataclass(frozen=True)
class SurveyForm:
    poll: PollForm  # question, options and their follow-up questions
    support_question: str
    audience: str
    networks: tuple[int, ...]
    per_organisation: bool


@dataclass(frozen=True)
class SurveyView:
    id: int
    question: str
    per_organisation: bool
    audience: str
    channel_id: str | None
    message_ts: str | None
    closed: bool
    created_by: str
    options: tuple[OptionTally, ...]
    voters: int
    recipients: int


@dataclass(frozen=True)
class SurveyFollowUp:
    survey_id: int
    option_id: int
    option_text: str
    questions: tuple[str, ...]
    support_index: int | None  # which question asks for support (a yes/no choice)
    answers: tuple[str, ...] = ()
    wants_support: bool = False


@dataclass(frozen=True)
class SurveyVoteResult:
    survey: SurveyView
    choice: str | None = None
    organisation: str | None = None  # the vote counts for this organisation
    follow_up: SurveyFollowUp | None = None
    dm: tuple[str, str] | None = None  # the voter's DM message (channel, ts)
    closed: bool = False


@dataclass(frozen=True)
class NetworkResult:
    name: str | None  # None: people outside any network
    options: tuple[OptionTally, ...]
    voters: int


@dataclass(frozen=True)
class SupportRow:
    answer_id: int
    user_id: str
    organisation: str | None
    network: str | None
    option_text: str
    contacted_by: str | None


@dataclass(frozen=True)
class VoteLine:
    user_id: str
    organisation: str | None
    network: str | None
    option_text: str
    voted_at: datetime


@dataclass(frozen=True)
class AnswerLine:
    user_id: str
    organisation: str | None
    option_text: str
    question: str
    answer: str


@dataclass(frozen=True)
class SurveyResults:
    survey: SurveyView
    networks: tuple[NetworkResult, ...]
    votes: tuple[VoteLine, ...]
    answers: tuple[AnswerLine, ...]
    support: tuple[SupportRow, ...]


# --- creating ------------------------------------------------------------------------------


def network_choices(uow: UnitOfWork, *, team_id: str, user_id: str) -> list[NetworkRef]:
    """The networks a survey can go to; only for programme coordinators."""
    with uow:
        _as_coordinator(uow.session, team_id, user_id)
        return [network_ref(n) for n in repo.networks_in_workspace(uow.session, team_id)]


def create_survey(
    uow: UnitOfWork,
    *,
    team_id: str,
    user_id: str,
    channel_id: str,
    form: SurveyForm,
    now: datetime,
) -> SurveyView:
    errors = validate_poll_form(form.poll, now=now, tz="UTC")
    asked = [
        q for _, follow_up in form.poll.chosen_options() for q in follow_up_questions(follow_up)
    ]
    if form.support_question and form.support_question not in asked:
        errors["support"] = "survey.error.support_not_asked"
    if form.audience == CHOSEN_NETWORKS and not form.networks:
        errors["networks"] = "survey.error.pick_networks"
    with uow:
        session = uow.session
        workspace = _as_coordinator(session, team_id, user_id)
        recipients = _recipients(session, team_id, form) if form.audience != IN_CHANNEL else {}
        if form.audience != IN_CHANNEL and not recipients and "networks" not in errors:
            errors["audience"] = "survey.error.nobody"
        if errors:
            raise FieldErrors(errors)
        survey = Survey(
            workspace_id=workspace.id,
            question=form.poll.question,
            per_organisation=form.per_organisation,
            audience="channel" if form.audience == IN_CHANNEL else "dm",
            channel_id=channel_id if form.audience == IN_CHANNEL else None,
            support_question=form.support_question or None,
            created_by=user_id,
            created_at=now,
        )
        survey.options = [
            SurveyOption(position=position, text=text, follow_up=follow_up)
            for position, (text, follow_up) in enumerate(form.poll.chosen_options(), 1)
        ]
        session.add(survey)
        session.flush()
        for user, network_id in sorted(recipients.items()):
            session.add(
                SurveyRecipient(survey_id=survey.id, slack_user_id=user, network_id=network_id)
            )
            schedule_job(
                session,
                key=f"survey:{survey.id}:dm:{user}",
                kind=DM_JOB,
                run_at=now,
                payload={"survey_id": survey.id, "user_id": user},
                team_id=team_id,
                now=now,
            )
        _audit(session, user_id, action="survey.created", now=now, survey=survey.id)
        uow.commit()
        return _view(session, survey)


def _recipients(session: Session, team_id: str, form: SurveyForm) -> dict[str, int]:
    """Every member of the (chosen) networks, once, through the first network they are in."""
    networks = [
        n
        for n in repo.networks_in_workspace(session, team_id)
        if form.audience == ALL_NETWORKS or n.id in form.networks
    ]
    people: dict[str, int] = {}
    for network in networks:
        for member in network.members:
            people.setdefault(member.slack_user_id, network.id)
    return people


def remember_message(uow: UnitOfWork, survey_id: int, channel_id: str, ts: str) -> None:
    with uow:
        survey = uow.session.get(Survey, survey_id)
        if survey is not None:
            survey.channel_id, survey.message_ts = channel_id, ts
        uow.commit()


def unsent_dm(uow: UnitOfWork, survey_id: int, user_id: str) -> SurveyView | None:
    """For the DM job: the survey, when this person's DM still has to be sent."""
    with uow:
        recipient = _recipient(uow.session, survey_id, user_id)
        if recipient is None or recipient.message_ts is not None:
            return None
        survey = uow.session.get(Survey, survey_id)
        return _view(uow.session, survey) if survey and survey.closed_at is None else None


def remember_dm(uow: UnitOfWork, survey_id: int, user_id: str, channel_id: str, ts: str) -> None:
    with uow:
        recipient = _recipient(uow.session, survey_id, user_id)
        if recipient is not None:
            recipient.channel_id, recipient.message_ts = channel_id, ts
        uow.commit()


# --- voting and answering ------------------------------------------------------------------


def cast_vote(
    uow: UnitOfWork, *, survey_id: int, option_id: int, user_id: str, team_id: str, now: datetime
) -> SurveyVoteResult:
    """A click on an option: a DM survey counts its recipients only, a channel survey anyone
    of the workspace. Per organisation, the organisation's earlier vote (by anyone of it)
    makes way for this one."""
    with uow:
        session = uow.session
        survey = _survey_for(session, survey_id, team_id)
        recipient = _recipient(session, survey_id, user_id)
        if survey.audience == "dm" and recipient is None:
            raise UserFacingError("survey.error.not_asked")
        if survey.closed_at is not None:
            return SurveyVoteResult(_view(session, survey), closed=True)
        option = next((o for o in survey.options if o.id == option_id), None)
        if option is None:
            raise UserFacingError("survey.error.gone")
        member = _member(session, team_id, user_id, recipient.network_id if recipient else None)
        organisation = member.organisation if member else None
        org_key = name_key(organisation.name) if organisation else None
        if survey.per_organisation and org_key:
            session.execute(
                delete(SurveyVote).where(
                    SurveyVote.survey_id == survey.id,
                    SurveyVote.organisation_key == org_key,
                    SurveyVote.slack_user_id != user_id,
                )
            )
        values: dict[str, Any] = {
            "option_id": option.id,
            "network_id": member.network_id if member else None,
            "organisation": organisation.name if organisation else None,
            "organisation_key": org_key,
            "voted_at": now,
        }
        insert_if_absent(
            session,
            SurveyVote,
            ["survey_id", "slack_user_id"],
            survey_id=survey.id,
            slack_user_id=user_id,
            **values,
        )
        vote = session.scalars(
            select(SurveyVote)
            .where(SurveyVote.survey_id == survey.id, SurveyVote.slack_user_id == user_id)
            .execution_options(populate_existing=True)
        ).one()
        for name, value in values.items():
            setattr(vote, name, value)
        follow_up = _follow_up(session, survey, option, user_id)
        uow.commit()
        dm = (
            (recipient.channel_id, recipient.message_ts)
            if recipient and recipient.channel_id and recipient.message_ts
            else None
        )
        return SurveyVoteResult(
            _view(session, survey),
            choice=option.text,
            organisation=organisation.name if survey.per_organisation and organisation else None,
            follow_up=follow_up,
            dm=dm,
        )


def _member(session: Session, team_id: str, user_id: str, network_id: int | None) -> Member | None:
    """The person's membership the vote counts through: the network the survey reached them
    by, else their first network with an organisation, else any."""
    members = repo.memberships(session, team_id, user_id)
    for member in members:
        if member.network_id == network_id:
            return member
    with_org = [m for m in members if m.organisation is not None]
    return next(iter(with_org or members), None)


def _follow_up(
    session: Session, survey: Survey, option: SurveyOption, user_id: str
) -> SurveyFollowUp | None:
    questions = tuple(follow_up_questions(option.follow_up))
    if not questions:
        return None
    earlier = _answer(session, survey.id, user_id)
    same = earlier is not None and earlier.option_id == option.id
    support = survey.support_question
    return SurveyFollowUp(
        survey.id,
        option.id,
        option.text,
        questions,
        questions.index(support) if support in questions else None,
        tuple(earlier.answers) if earlier and same else (),
        bool(earlier and same and earlier.wants_support),
    )


def save_answers(
    uow: UnitOfWork,
    *,
    survey_id: int,
    option_id: int,
    user_id: str,
    team_id: str,
    answers: list[str],
    wants_support: bool,
    now: datetime,
) -> None:
    """Store (or replace) the answers to the follow-up questions of the voter's option."""
    with uow:
        session = uow.session
        survey = _survey_for(session, survey_id, team_id)
        if survey.closed_at is not None:
            raise UserFacingError("survey.closed")
        if survey.audience == "dm" and _recipient(session, survey_id, user_id) is None:
            raise UserFacingError("survey.error.not_asked")
        if not any(o.id == option_id for o in survey.options):
            raise UserFacingError("survey.error.gone")
        values = {"option_id": option_id, "answers": answers, "wants_support": wants_support}
        insert_if_absent(
            session,
            SurveyAnswer,
            ["survey_id", "slack_user_id"],
            survey_id=survey_id,
            slack_user_id=user_id,
            answered_at=now,
            **values,
        )
        row = _answer(session, survey_id, user_id)
        assert row is not None
        row.option_id, row.answers, row.wants_support, row.answered_at = (
            option_id,
            answers,
            wants_support,
            now,
        )
        uow.commit()


def _answer(session: Session, survey_id: int, user_id: str) -> SurveyAnswer | None:
    return session.scalar(
        select(SurveyAnswer)
        .where(SurveyAnswer.survey_id == survey_id, SurveyAnswer.slack_user_id == user_id)
        .execution_options(populate_existing=True)
    )


# --- closing, results, contact -------------------------------------------------------------


def close_survey(
    uow: UnitOfWork, *, survey_id: int, team_id: str, user_id: str, now: datetime
) -> SurveyView:
    with uow:
        session = uow.session
        _as_coordinator(session, team_id, user_id)
        survey = _survey_for(session, survey_id, team_id)
        if survey.closed_at is None:
            survey.closed_at, survey.closed_by = now, user_id
            _audit(session, user_id, action="survey.closed", now=now, survey=survey.id)
        uow.commit()
        return _view(session, survey)


def latest_survey_id(uow: UnitOfWork, *, team_id: str, user_id: str) -> int | None:
    with uow:
        workspace = _as_coordinator(uow.session, team_id, user_id)
        return uow.session.scalar(
            select(Survey.id)
            .where(Survey.workspace_id == workspace.id)
            .order_by(Survey.created_at.desc(), Survey.id.desc())
            .limit(1)
        )


def results(uow: UnitOfWork, *, survey_id: int, team_id: str, user_id: str) -> SurveyResults:
    """Overall and per network, every vote with its organisation, the answers, and who wants
    support; for programme coordinators only."""
    with uow:
        session = uow.session
        _as_coordinator(session, team_id, user_id)
        survey = _survey_for(session, survey_id, team_id)
        texts = {o.id: o.text for o in survey.options}
        options = [(o.id, o.text) for o in survey.options]
        names = dict(session.execute(select(Network.id, Network.name)).all())
        votes = list(
            session.scalars(
                select(SurveyVote)
                .where(SurveyVote.survey_id == survey.id)
                .order_by(SurveyVote.voted_at, SurveyVote.id)
            )
        )
        per_network: dict[int | None, list[SurveyVote]] = {}
        for vote in votes:
            per_network.setdefault(vote.network_id, []).append(vote)
        networks = tuple(
            NetworkResult(names.get(network_id) if network_id else None, *_tally(options, rows))
            for network_id, rows in sorted(
                per_network.items(), key=lambda item: (item[0] is None, names.get(item[0] or 0, ""))
            )
        )
        by_user = {vote.slack_user_id: vote for vote in votes}
        answers: list[AnswerLine] = []
        support: list[SupportRow] = []
        rows = session.scalars(
            select(SurveyAnswer)
            .where(SurveyAnswer.survey_id == survey.id)
            .order_by(SurveyAnswer.answered_at, SurveyAnswer.id)
        )
        option_rows = {o.id: o for o in survey.options}
        for row in rows:
            voted = by_user.get(row.slack_user_id)
            organisation = voted.organisation if voted else _organisation(session, team_id, row)
            questions = follow_up_questions(option_rows[row.option_id].follow_up)
            answers += [
                AnswerLine(row.slack_user_id, organisation, texts[row.option_id], q, a)
                for q, a in zip(questions, row.answers, strict=False)
                if a
            ]
            if row.wants_support:
                network = names.get(voted.network_id) if voted and voted.network_id else None
                support.append(
                    SupportRow(
                        row.id,
                        row.slack_user_id,
                        organisation,
                        network,
                        texts[row.option_id],
                        row.contacted_by,
                    )
                )
        lines = tuple(
            VoteLine(
                v.slack_user_id,
                v.organisation,
                names.get(v.network_id) if v.network_id else None,
                texts[v.option_id],
                v.voted_at,
            )
            for v in votes
        )
        return SurveyResults(
            _view(session, survey), networks, lines, tuple(answers), tuple(support)
        )


def _organisation(session: Session, team_id: str, row: SurveyAnswer) -> str | None:
    """The organisation of someone whose vote made way for a colleague's."""
    member = _member(session, team_id, row.slack_user_id, None)
    return member.organisation.name if member and member.organisation else None


def _tally(
    options: list[tuple[int, str]], votes: list[SurveyVote]
) -> tuple[tuple[OptionTally, ...], int]:
    return tally(options, [(v.option_id, v.slack_user_id) for v in votes])


def contact(
    uow: UnitOfWork, *, answer_id: int, team_id: str, user_id: str, now: datetime
) -> SupportRow:
    """A programme coordinator contacts someone who wants support (noted, so the list shows
    who was contacted and by whom)."""
    with uow:
        session = uow.session
        _as_coordinator(session, team_id, user_id)
        row = session.get(SurveyAnswer, answer_id)
        if row is None or not row.wants_support:
            raise UserFacingError("survey.error.gone")
        survey = _survey_for(session, row.survey_id, team_id)
        row.contacted_at, row.contacted_by = now, user_id
        vote = session.scalar(
            select(SurveyVote).where(
                SurveyVote.survey_id == survey.id, SurveyVote.slack_user_id == row.slack_user_id
            )
        )
        _audit(session, user_id, action="survey.contacted", now=now, target=row.slack_user_id)
        uow.commit()
        return SupportRow(
            row.id,
            row.slack_user_id,
            vote.organisation if vote else None,
            None,
            next(o.text for o in survey.options if o.id == row.option_id),
            user_id,
        )


# --- helpers -------------------------------------------------------------------------------


def _audit(session: Session, user_id: str, action: str, now: datetime, **detail: Any) -> None:
    """The programme's own log lines (no network)."""
    repo.record_audit(session, network_id=None, actor=user_id, action=action, now=now, **detail)


def _survey_for(session: Session, survey_id: int, team_id: str) -> Survey:
    """The survey, when it belongs to the workspace the request comes from."""
    survey = session.get(Survey, survey_id, populate_existing=True)
    workspace = session.get(Workspace, survey.workspace_id) if survey else None
    if survey is None or workspace is None or workspace.team_id != team_id:
        raise UserFacingError("survey.error.gone")
    return survey


def _recipient(session: Session, survey_id: int, user_id: str) -> SurveyRecipient | None:
    return session.scalar(
        select(SurveyRecipient).where(
            SurveyRecipient.survey_id == survey_id, SurveyRecipient.slack_user_id == user_id
        )
    )


def _view(session: Session, survey: Survey) -> SurveyView:
    votes = list(session.scalars(select(SurveyVote).where(SurveyVote.survey_id == survey.id)))
    rows, voters = _tally([(o.id, o.text) for o in survey.options], votes)
    recipients = session.scalars(
        select(SurveyRecipient.id).where(SurveyRecipient.survey_id == survey.id)
    ).all()
    return SurveyView(
        id=survey.id,
        question=survey.question,
        per_organisation=survey.per_organisation,
        audience=survey.audience,
        channel_id=survey.channel_id,
        message_ts=survey.message_ts,
        closed=survey.closed_at is not None,
        created_by=survey.created_by,
        options=rows,
        voters=voters,
        recipients=len(recipients),
    )

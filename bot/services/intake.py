"""Use cases of the intake: fill it in or edit it, keep its place in the introduction round,
remind members who have not done it yet.

The introduction round (voorstelronde) is one thread per network channel; each shareable intake
is one reply in it. Both messages are remembered in `slack_messages`, so an edit updates the
reply in place and a second intake never starts a second thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.domain.intake import (
    BRING,
    QUESTIONS,
    REMINDER_DAYS,
    REMINDER_JOB,
    TAKE,
    IntakeAnswers,
    block_tag,
    draft_answers,
    draft_json,
    merge,
    reminder_key,
    reminder_prefix,
    theme_tag,
    validate_bring,
    validate_intake,
)
from bot.domain.network import BUILDING_BLOCKS
from bot.scheduling.schedule import cancel_jobs, schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.needs import organisation_needs
from bot.services.views import NetworkRef, network_ref
from storage import repositories as repo
from storage.models import Intake, IntakeDraft, Member, Network, SlackMessage
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

INTRO_ROUND = "intake.round"  # the thread starter; subject: the network
INTRO_REPLY = "intake.reply"  # one intake's reply in the thread; subject: the intake


@dataclass(frozen=True)
class TagChoice:
    """A tag a member can pick: a network theme (with its name) or a building block."""

    code: str
    theme: str | None = None


@dataclass(frozen=True)
class IntakeForm:
    network: NetworkRef
    organisation: str
    tags: tuple[TagChoice, ...]
    current: IntakeAnswers | None  # the draft on its way, else the last saved intake


@dataclass(frozen=True)
class SavedIntake:
    intake_id: int
    network: NetworkRef
    shareable: bool


@dataclass(frozen=True)
class IntroPost:
    """Everything the introduction round needs to show (or take down) one intake."""

    intake_id: int
    network: NetworkRef
    user_id: str
    organisation: str
    answers: IntakeAnswers
    tags: tuple[TagChoice, ...]
    thread_ts: str | None
    reply_ts: str | None


def tag_choices(network: Network) -> tuple[TagChoice, ...]:
    """The network's themes first, then the six building blocks: the order tags are shown in."""
    themes = [TagChoice(theme_tag(theme.id), theme.name) for theme in network.themes]
    return (*themes, *(TagChoice(block_tag(code)) for code in BUILDING_BLOCKS))


def intake_form(uow: UnitOfWork, *, network_id: int, user_id: str) -> IntakeForm:
    """The modal's content, pre-filled with the draft on its way or the last saved answers."""
    with uow:
        member = _participant(uow.session, network_id, user_id)
        return _form(uow.session, member)


def save_bring(
    uow: UnitOfWork, *, network_id: int, user_id: str, answers: IntakeAnswers, now: datetime
) -> IntakeForm:
    """The first step (brengen) is checked and kept as a draft; returns the second step's form
    with everything filled in so far."""
    return _keep_step(uow, network_id, user_id, answers, BRING, now)


def keep_take(
    uow: UnitOfWork, *, network_id: int, user_id: str, answers: IntakeAnswers, now: datetime
) -> IntakeForm:
    """Going back from the second step: what was typed there is kept in the draft, unchecked
    (it is checked when the intake is saved); returns the first step's form."""
    return _keep_step(uow, network_id, user_id, answers, TAKE, now)


def _keep_step(
    uow: UnitOfWork,
    network_id: int,
    user_id: str,
    answers: IntakeAnswers,
    side: str,
    now: datetime,
) -> IntakeForm:
    with uow:
        member = _participant(uow.session, network_id, user_id)
        if side == BRING:
            allowed = [choice.code for choice in tag_choices(member.network)]
            errors = validate_bring(answers, allowed)
            if errors:
                raise FieldErrors(errors)
        merged = merge(_form(uow.session, member).current, answers, side)
        _keep_draft(uow.session, member, merged, now)
        uow.commit()
        return _form(uow.session, member)


def _from_needs(session: Session, member: Member) -> IntakeAnswers | None:
    """Before the first intake: what the organisation said it wants to learn in the
    learning-needs analysis, as the answer to "what do you want to learn?"."""
    if member.organisation_id is None:
        return None
    learn = organisation_needs(session, member.network_id, member.organisation_id)
    return IntakeAnswers(answers={"learn": learn}) if learn else None


def save_intake(
    uow: UnitOfWork, *, network_id: int, user_id: str, answers: IntakeAnswers, now: datetime
) -> SavedIntake:
    """Store the intake (the last edit wins) and stop the reminders. `answers` is the second
    step (halen); the first comes from the draft, which goes."""
    with uow:
        session = uow.session
        member = _participant(session, network_id, user_id)
        answers = merge(_form(session, member).current, answers, TAKE)
        allowed = [choice.code for choice in tag_choices(member.network)]
        errors = validate_intake(answers, allowed)
        if errors:
            raise FieldErrors(errors)
        insert_if_absent(
            session,
            Intake,
            ["member_id"],
            member_id=member.id,
            network_id=network_id,
            created_at=now,
            updated_at=now,
        )
        intake = _intake_of(session, member)
        assert intake is not None  # inserted just above, or by a concurrent submit
        for question in QUESTIONS:
            setattr(intake, question, answers.answer(question))
        intake.bring_tags, intake.take_tags = list(answers.bring_tags), list(answers.take_tags)
        intake.shareable, intake.updated_at = answers.shareable, now
        session.execute(delete(IntakeDraft).where(IntakeDraft.member_id == member.id))
        cancel_jobs(session, key_prefix=reminder_prefix(network_id, user_id), now=now)
        uow.commit()
        return SavedIntake(intake.id, network_ref(member.network), intake.shareable)


def _form(session: Session, member: Member) -> IntakeForm:
    draft = session.scalar(
        select(IntakeDraft)
        .where(IntakeDraft.member_id == member.id)
        .execution_options(populate_existing=True)
    )
    intake = _intake_of(session, member)
    if draft is not None:
        current: IntakeAnswers | None = draft_answers(draft.answers)
    else:
        current = answers_of(intake) if intake else _from_needs(session, member)
    return IntakeForm(
        network=network_ref(member.network),
        organisation=_organisation_name(member),
        tags=tag_choices(member.network),
        current=current,
    )


def _keep_draft(session: Session, member: Member, answers: IntakeAnswers, now: datetime) -> None:
    insert_if_absent(
        session,
        IntakeDraft,
        ["member_id"],
        member_id=member.id,
        network_id=member.network_id,
        answers={},
        updated_at=now,
    )
    draft = session.scalar(select(IntakeDraft).where(IntakeDraft.member_id == member.id))
    assert draft is not None  # inserted just above, or by a concurrent submit
    draft.answers, draft.updated_at = draft_json(answers), now


def schedule_reminders(
    session: Session, *, network_id: int, team_id: str, user_id: str, now: datetime
) -> None:
    """Called when a member joins, in the same transaction: the reminders exist from then on."""
    for days in REMINDER_DAYS:
        schedule_job(
            session,
            key=reminder_key(network_id, user_id, days),
            kind=REMINDER_JOB,
            run_at=now + timedelta(days=days),
            payload={"user_id": user_id, "days": days},
            team_id=team_id,
            network_id=network_id,
            now=now,
        )


def reminder_needed(uow: UnitOfWork, *, network_id: int, user_id: str) -> NetworkRef | None:
    """The network when the member still has to do the intake; None when there is nothing to
    remind of (done meanwhile, left the network, no organisation)."""
    with uow:
        member = repo.member_of(uow.session, network_id, user_id)
        if member is None or member.organisation is None or _intake_of(uow.session, member):
            return None
        return network_ref(member.network)


# --- the introduction round ----------------------------------------------------------------


def intro_post(uow: UnitOfWork, intake_id: int) -> IntroPost | None:
    with uow:
        session = uow.session
        intake = session.get(Intake, intake_id)
        if intake is None:
            return None
        member = intake.member
        thread = repo.find_message(session, INTRO_ROUND, member.network_id)
        reply = repo.find_message(session, INTRO_REPLY, intake.id)
        return IntroPost(
            intake_id=intake.id,
            network=network_ref(member.network),
            user_id=member.slack_user_id,
            organisation=_organisation_name(member),
            answers=answers_of(intake),
            tags=tag_choices(member.network),
            thread_ts=thread.ts if thread else None,
            reply_ts=reply.ts if reply else None,
        )


def remember_thread(uow: UnitOfWork, network: NetworkRef, ts: str, now: datetime) -> str:
    """Keep the thread just started, unless another one got in first; returns the thread to use
    (when it is not `ts`, the caller removes its own duplicate)."""
    return _claim(uow, INTRO_ROUND, network.id, network, ts, now)


def remember_reply(uow: UnitOfWork, post: IntroPost, ts: str, now: datetime) -> str:
    """Like remember_thread, for one intake's reply."""
    return _claim(uow, INTRO_REPLY, post.intake_id, post.network, ts, now)


def forget_reply(uow: UnitOfWork, intake_id: int) -> None:
    """The reply was taken down (no longer shareable, or deleted in Slack)."""
    with uow:
        message = repo.find_message(uow.session, INTRO_REPLY, intake_id)
        if message is not None:
            uow.session.delete(message)
            uow.commit()


def _claim(
    uow: UnitOfWork, purpose: str, subject_id: int, network: NetworkRef, ts: str, now: datetime
) -> str:
    with uow:
        insert_if_absent(
            uow.session,
            SlackMessage,
            ["purpose", "subject_id", "network_id"],
            purpose=purpose,
            subject_id=subject_id,
            network_id=network.id,
            channel_id=network.channel_id,
            ts=ts,
            posted_at=now,
        )
        uow.commit()
        kept = repo.find_message(uow.session, purpose, subject_id)
        return kept.ts if kept else ts


# --- shared helpers ------------------------------------------------------------------------


def answers_of(intake: Intake) -> IntakeAnswers:
    return IntakeAnswers(
        answers={question: getattr(intake, question) for question in QUESTIONS},
        bring_tags=tuple(intake.bring_tags),
        take_tags=tuple(intake.take_tags),
        shareable=intake.shareable,
    )


def network_intakes(session: Session, network_id: int) -> list[Intake]:
    """All intakes of a network's members who (still) have an organisation, oldest first."""
    query = (
        select(Intake)
        .join(Member, Intake.member_id == Member.id)
        .where(Intake.network_id == network_id, Member.organisation_id.is_not(None))
        .order_by(Intake.created_at, Intake.id)
    )
    return list(session.scalars(query))


def _participant(session: Session, network_id: int, user_id: str) -> Member:
    """A member who takes part for an organisation; the intake is about that organisation."""
    member = repo.member_of(session, network_id, user_id)
    if member is None:
        raise UserFacingError("intake.error.not_a_member")
    if member.organisation is None:
        raise UserFacingError("intake.error.no_organisation", name=member.network.name)
    return member


def _intake_of(session: Session, member: Member) -> Intake | None:
    query = select(Intake).where(Intake.member_id == member.id)
    return session.scalar(query.execution_options(populate_existing=True))


def _organisation_name(member: Member) -> str:
    return member.organisation.name if member.organisation else ""

"""Use cases of polls: create, vote, answer follow-ups, close, remind, export.

How the channel message keeps up with many votes without breaking Slack's chat.update limit:
every vote bumps `polls.version` in the UPDATE that serialises the votes of one poll (so a vote
and a close never interleave). A rebuild must first be claimed, under that same lock, by
setting `refreshed_at`; a claim is only granted an interval (REFRESH_INTERVAL) after the
previous one, so rebuilds are spaced, however many votes arrive. A vote that cannot claim
schedules the rebuild job `poll:{id}:refresh:{due}` for the moment a claim becomes possible;
every vote in between computes the same `due`, shares that row and so cannot postpone it. A
claimed rebuild also plans that job once more as a safety net; the job is skipped when the
message already shows the latest version (`rendered_version`), so a crash never leaves the
last votes unseen. Once Slack has the rebuilt message, `refreshed_at` moves on to that moment
(`mark_rendered`): the interval counts from when Slack got the previous rebuild, so rebuilds
reach Slack an interval apart even when one was sent a while after its claim (the job that
then finds its moment too early plans itself for the new one).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, delete, or_, select, update
from sqlalchemy.orm import Session

from bot.domain.network import Role
from bot.domain.polls import (
    REFRESH_INTERVAL,
    OptionTally,
    PollForm,
    PollKind,
    closing_moment,
    follow_up_questions,
    is_closed,
    next_choices,
    plan_refresh,
    reminder_moment,
    tally,
    validate_poll_form,
)
from bot.scheduling.schedule import cancel_jobs, schedule_job
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.membership import require_member
from bot.services.network_work import is_coordinator
from storage import repositories as repo
from storage.models import (
    Member,
    Network,
    NetworkSettings,
    Poll,
    PollAnswer,
    PollOption,
    PollVote,
)
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

POLL_MESSAGE = "poll.message"
# The scheduled work of a poll (handlers: bot/services/poll_jobs.py).
CLOSE_JOB = "poll.close"
REMIND_JOB = "poll.remind"
POST_JOB = "poll.post"
REFRESH_JOB = "poll.refresh"
SUMMARY_JOB = "poll.summary"
REMIND_MEMBER_JOB = "poll.remind_member"


@dataclass(frozen=True)
class PollView:
    """A poll as the message shows it. For anonymous polls `voters` of every option is empty:
    who voted never leaves the service."""

    id: int
    network_id: int
    channel_id: str
    kind: str
    question: str
    multiple: bool
    anonymous: bool
    closes_at: datetime | None
    closed: bool
    created_by: str
    options: tuple[OptionTally, ...]
    voters: int
    version: int
    message_ts: str | None
    reopened: bool = False  # a closed poll reopens once
    follow_ups: bool = False  # some option asks follow-up questions


@dataclass(frozen=True)
class FollowUp:
    poll_id: int
    option_id: int
    option_text: str
    questions: tuple[str, ...]
    answers: tuple[str, ...] = ()
    sharing: str = "private"  # who may read the answers (services/poll_sharing.py)
    anonymous: bool = False  # an anonymous poll's answers are never shared under a name


@dataclass(frozen=True)
class VoteResult:
    poll_id: int
    closed: bool = False
    changed: bool = False
    choices: tuple[str, ...] = ()
    follow_up: FollowUp | None = None
    refresh_now: bool = False


@dataclass(frozen=True)
class AnswerRow:
    option_text: str
    question: str
    answer: str
    user_id: str | None  # None for anonymous polls


@dataclass(frozen=True)
class VoteRow:
    user_id: str
    organisation: str | None
    option_text: str
    voted_at: datetime


@dataclass(frozen=True)
class PollResults:
    """Everything an export or a summary shows; anonymous polls carry no votes and no names."""

    poll: PollView
    votes: tuple[VoteRow, ...]
    answers: tuple[AnswerRow, ...]


@dataclass(frozen=True)
class Reminder:
    channel_id: str
    question: str
    closes_at: datetime | None


# --- creating ------------------------------------------------------------------------------


def check_may_create(uow: UnitOfWork, *, network_id: int, user_id: str) -> None:
    """Coordinators create polls; other members too when the network allows it."""
    with uow:
        _require_creator(uow.session, network_id, user_id)


def create_poll(
    uow: UnitOfWork,
    *,
    network_id: int,
    user_id: str,
    form: PollForm,
    tz: str,
    now: datetime,
) -> PollView:
    errors = validate_poll_form(form, now=now, tz=tz)
    if errors:
        raise FieldErrors(errors)
    with uow:
        session = uow.session
        _require_creator(session, network_id, user_id)
        poll = add_poll(
            session,
            network_id=network_id,
            user_id=user_id,
            question=form.question,
            options=form.chosen_options(),
            multiple=form.multiple,
            anonymous=form.anonymous,
            closes_at=closing_moment(form, tz),
            remind_before_minutes=form.remind_before_minutes,
            now=now,
        )
        uow.commit()
        return view_of(session, poll, now)


def add_poll(
    session: Session,
    *,
    network_id: int,
    user_id: str,
    question: str,
    options: list[tuple[str, str | None]],
    multiple: bool,
    anonymous: bool,
    closes_at: datetime | None,
    remind_before_minutes: int | None,
    now: datetime,
    kind: PollKind = PollKind.POLL,
) -> Poll:
    """Store a poll and plan its closing and reminder (the caller commits)."""
    poll = Poll(
        network_id=network_id,
        kind=kind,
        question=question,
        multiple=multiple,
        anonymous=anonymous,
        closes_at=closes_at,
        remind_before_minutes=remind_before_minutes,
        created_by=user_id,
        created_at=now,
    )
    poll.options = [
        PollOption(position=position, text=text, follow_up=follow_up)
        for position, (text, follow_up) in enumerate(options, 1)
    ]
    session.add(poll)
    session.flush()
    if closes_at is not None:
        _schedule(session, poll, "close", CLOSE_JOB, closes_at, now)
        if remind_before_minutes:
            remind_at = reminder_moment(closes_at, remind_before_minutes)
            _schedule(session, poll, "remind", REMIND_JOB, remind_at, now)
    repo.record_audit(
        session, network_id=network_id, actor=user_id, action="poll.created", now=now, poll=poll.id
    )
    return poll


def set_members_may_create(
    uow: UnitOfWork, *, network_id: int, user_id: str, allowed: bool, now: datetime
) -> None:
    with uow:
        session = uow.session
        _require_coordinator(session, network_id, user_id)
        insert_if_absent(session, NetworkSettings, ["network_id"], network_id=network_id)
        settings = session.get(NetworkSettings, network_id, populate_existing=True)
        assert settings is not None
        settings.members_may_create_polls = allowed
        repo.record_audit(
            session,
            network_id=network_id,
            actor=user_id,
            action="poll.members_may_create",
            now=now,
            allowed=allowed,
        )
        uow.commit()


def schedule_post(session: Session, poll: Poll, now: datetime) -> None:
    """Post the poll's message through the schedule (for polls a job or a feature creates)."""
    _schedule(session, poll, "post", POST_JOB, now, now)


def unposted(uow: UnitOfWork, poll_id: int, now: datetime) -> PollView | None:
    """The poll, if its message still has to be posted."""
    with uow:
        poll = uow.session.get(Poll, poll_id)
        if poll is None:
            return None
        view = view_of(uow.session, poll, now)
        return view if view.message_ts is None else None


def remember_message(uow: UnitOfWork, poll: PollView, ts: str, now: datetime) -> None:
    with uow:
        repo.remember_message(
            uow.session,
            purpose=POLL_MESSAGE,
            subject_id=poll.id,
            network_id=poll.network_id,
            channel_id=poll.channel_id,
            ts=ts,
            now=now,
        )
        uow.commit()


# --- voting --------------------------------------------------------------------------------


def cast_vote(
    uow: UnitOfWork, *, poll_id: int, option_id: int, user_id: str, now: datetime
) -> VoteResult:
    """Record a click on an option; repeating a click never counts twice. Only the network's
    members vote: anyone else is refused before anything is written."""
    with uow:
        session = uow.session
        require_member(session, _poll(session, poll_id).network_id, user_id)
        poll = _locked_poll(session, poll_id)
        if is_closed(poll.closed_at, poll.closes_at, now):
            return VoteResult(poll_id, closed=True)
        option = _option(poll, option_id)
        current = frozenset(
            session.scalars(
                select(PollVote.option_id).where(
                    PollVote.poll_id == poll_id, PollVote.slack_user_id == user_id
                )
            )
        )
        chosen = next_choices(current, option_id, multiple=poll.multiple)
        choices = tuple(o.text for o in poll.options if o.id in chosen)
        if chosen == current:
            return VoteResult(poll_id, choices=choices)
        _write_votes(session, poll_id, user_id, current - chosen, chosen - current, now)
        refresh_now = _claim_refresh(session, poll, now)
        follow_up = _follow_up(session, poll, option, user_id) if option_id in chosen else None
        uow.commit()
        return VoteResult(
            poll_id, changed=True, choices=choices, follow_up=follow_up, refresh_now=refresh_now
        )


def _locked_poll(session: Session, poll_id: int, *, bump: bool = True) -> Poll:
    """Write to the poll's row first (a vote bumps its version): on PostgreSQL the row lock
    and on SQLite the write lock serialise the changes to one poll, and what is read after
    it is current."""
    session.execute(
        update(Poll)
        .where(Poll.id == poll_id)
        .values(version=Poll.version + (1 if bump else 0))
        .execution_options(synchronize_session=False)
    )
    poll = session.get(Poll, poll_id, populate_existing=True)
    if poll is None:
        raise UserFacingError("poll.error.gone")
    return poll


def _write_votes(
    session: Session,
    poll_id: int,
    user_id: str,
    removed: frozenset[int],
    added: frozenset[int],
    now: datetime,
) -> None:
    if removed:
        session.execute(
            delete(PollVote).where(
                PollVote.poll_id == poll_id,
                PollVote.slack_user_id == user_id,
                PollVote.option_id.in_(removed),
            )
        )
    for option_id in added:
        _insert_once(session, PollVote, poll_id, option_id, user_id, voted_at=now)


def _insert_once(
    session: Session, model: type[Any], poll_id: int, option_id: int, user_id: str, **values: Any
) -> None:
    """Votes and answers are keyed per poll, option and person: a repeat inserts nothing."""
    insert_if_absent(
        session,
        model,
        ["poll_id", "option_id", "slack_user_id"],
        poll_id=poll_id,
        option_id=option_id,
        slack_user_id=user_id,
        **values,
    )


def _option(poll: Poll, option_id: int) -> PollOption:
    option = next((o for o in poll.options if o.id == option_id), None)
    if option is None:
        raise UserFacingError("poll.error.gone")
    return option


def _follow_up(session: Session, poll: Poll, option: PollOption, user_id: str) -> FollowUp | None:
    questions = follow_up_questions(option.follow_up)
    if not questions:
        return None
    earlier = _answer(session, poll.id, option.id, user_id)
    return FollowUp(
        poll.id,
        option.id,
        option.text,
        tuple(questions),
        tuple(earlier.answers if earlier else ()),
        earlier.sharing if earlier else "private",
        poll.anonymous,
    )


def save_answers(
    uow: UnitOfWork,
    *,
    poll_id: int,
    option_id: int,
    user_id: str,
    answers: list[str],
    now: datetime,
    sharing: str = "private",
) -> int:
    """Store (or replace) a person's answers to an option's follow-up questions, and who may
    read them; returns the answers' row id."""
    with uow:
        session = uow.session
        poll = _poll(session, poll_id)
        require_member(session, poll.network_id, user_id)
        _option(poll, option_id)
        if is_closed(poll.closed_at, poll.closes_at, now):
            raise UserFacingError("poll.closed")
        _insert_once(
            session, PollAnswer, poll_id, option_id, user_id, answers=answers, answered_at=now
        )
        row = _answer(session, poll_id, option_id, user_id)
        assert row is not None
        row.answers, row.answered_at, row.sharing = answers, now, sharing
        uow.commit()
        return row.id


def _answer(session: Session, poll_id: int, option_id: int, user_id: str) -> PollAnswer | None:
    return session.scalar(
        select(PollAnswer)
        .where(
            PollAnswer.poll_id == poll_id,
            PollAnswer.option_id == option_id,
            PollAnswer.slack_user_id == user_id,
        )
        .execution_options(populate_existing=True)
    )


# --- the message ---------------------------------------------------------------------------


def poll_view(uow: UnitOfWork, poll_id: int, now: datetime) -> PollView:
    with uow:
        return view_of(uow.session, _poll(uow.session, poll_id), now)


def mark_rendered(uow: UnitOfWork, poll_id: int, version: int, shown_at: datetime) -> None:
    """Remember which version the message shows, so an unneeded rebuild can be skipped, and
    when Slack had it: the next rebuild is claimed an interval after that, not after the
    claim of this one (which may have reached Slack a while after its claim)."""
    with uow:
        uow.session.execute(
            update(Poll)
            .where(Poll.id == poll_id)
            .values(
                rendered_version=case(
                    (Poll.rendered_version < version, version), else_=Poll.rendered_version
                ),
                refreshed_at=case(
                    (or_(Poll.refreshed_at.is_(None), Poll.refreshed_at < shown_at), shown_at),
                    else_=Poll.refreshed_at,
                ),
            )
        )
        uow.commit()


def claim_refresh(uow: UnitOfWork, poll_id: int, now: datetime) -> bool:
    """For the rebuild job: True when the caller should rebuild the message now."""
    with uow:
        poll = _locked_poll(uow.session, poll_id, bump=False)
        claimed = _claim_refresh(uow.session, poll, now)
        uow.commit()
        return claimed


def _claim_refresh(session: Session, poll: Poll, now: datetime) -> bool:
    """Claim a rebuild now if the last one is an interval ago, else plan the rebuild job
    (see the module's docstring). Nothing to do when the message is up to date."""
    if poll.rendered_version >= poll.version:
        return False
    due = plan_refresh(poll.refreshed_at, now)
    claimed = due == now
    if claimed:
        poll.refreshed_at = now
        due = now + REFRESH_INTERVAL  # the safety net; skipped when this rebuild shows it all
    _schedule(session, poll, f"refresh:{int(due.timestamp() * 1000)}", REFRESH_JOB, due, now)
    return claimed


def view_of(session: Session, poll: Poll, now: datetime) -> PollView:
    network = session.get(Network, poll.network_id)
    assert network is not None
    votes = session.execute(
        select(PollVote.option_id, PollVote.slack_user_id)
        .where(PollVote.poll_id == poll.id)
        .order_by(PollVote.voted_at, PollVote.id)
    ).all()
    rows, voters = tally([(o.id, o.text) for o in poll.options], votes)
    if poll.anonymous:
        rows = tuple(OptionTally(row.option_id, row.text, row.votes, voters=()) for row in rows)
    message = repo.find_message(session, POLL_MESSAGE, poll.id)
    return PollView(
        id=poll.id,
        network_id=poll.network_id,
        channel_id=message.channel_id if message else network.channel_id,
        kind=poll.kind,
        question=poll.question,
        multiple=poll.multiple,
        anonymous=poll.anonymous,
        closes_at=poll.closes_at,
        closed=is_closed(poll.closed_at, poll.closes_at, now),
        created_by=poll.created_by,
        options=rows,
        voters=voters,
        version=poll.version,
        message_ts=message.ts if message else None,
        reopened=poll.reopened_at is not None,
        follow_ups=any(o.follow_up for o in poll.options),
    )


# --- closing -------------------------------------------------------------------------------


def close_poll(uow: UnitOfWork, *, poll_id: int, user_id: str | None, now: datetime) -> PollView:
    """Close by a person (the creator or a coordinator) or, with no user, at the closing time.
    Closing twice changes nothing; the pending reminders and rebuilds are cancelled."""
    with uow:
        session = uow.session
        poll = _locked_poll(session, poll_id)
        if user_id is not None and user_id != poll.created_by:
            _require_coordinator(session, poll.network_id, user_id)
        if poll.closed_at is None:
            poll.closed_at, poll.closed_by = now, user_id
            cancel_jobs(session, key_prefix=f"poll:{poll.id}:", now=now)
            if poll.kind == PollKind.EVALUATION:
                _schedule_summaries(session, poll, now)
            repo.record_audit(
                session,
                network_id=poll.network_id,
                actor=user_id or "lnbot",
                action="poll.closed",
                now=now,
                poll=poll.id,
            )
        uow.commit()
        return view_of(session, poll, now)


def _schedule_summaries(session: Session, poll: Poll, now: datetime) -> None:
    """The coordinators read an evaluation's results summarised, before planning on."""
    for coordinator in repo.members_with_role(session, poll.network_id, Role.COORDINATOR):
        user = coordinator.slack_user_id
        _schedule(session, poll, f"summary:{user}", SUMMARY_JOB, now, now, user_id=user)


# --- reminders -----------------------------------------------------------------------------


def waiting_members(uow: UnitOfWork, *, poll_id: int, user_ids: Iterable[str]) -> list[str]:
    """Of `user_ids` (the poll's channel), the network's members who have not voted: people
    outside the network are not reminded."""
    with uow:
        session = uow.session
        poll = _poll(session, poll_id)
        members = set(
            session.scalars(
                select(Member.slack_user_id).where(Member.network_id == poll.network_id)
            )
        )
        voters = _voters(session, poll_id)
        return [user for user in dict.fromkeys(user_ids) if user in members - voters]


def plan_reminders(
    uow: UnitOfWork, *, poll_id: int, channel_members: Iterable[str], now: datetime
) -> int:
    """One reminder job per channel member who has not voted; returns how many."""
    with uow:
        session = uow.session
        poll = _poll(session, poll_id)
        if is_closed(poll.closed_at, poll.closes_at, now):
            return 0
        waiting = set(channel_members) - _voters(session, poll_id)
        for user in sorted(waiting):
            _schedule(session, poll, f"remind:{user}", REMIND_MEMBER_JOB, now, now, user_id=user)
        uow.commit()
        return len(waiting)


def reminder(uow: UnitOfWork, *, poll_id: int, user_id: str, now: datetime) -> Reminder | None:
    """What to remind a person of, or None when the poll closed or they voted meanwhile."""
    with uow:
        session = uow.session
        poll = session.get(Poll, poll_id)
        if poll is None or is_closed(poll.closed_at, poll.closes_at, now):
            return None
        if user_id in _voters(session, poll_id):
            return None
        view = view_of(session, poll, now)
        return Reminder(view.channel_id, poll.question, poll.closes_at)


def _voters(session: Session, poll_id: int) -> set[str]:
    query = select(PollVote.slack_user_id).where(PollVote.poll_id == poll_id).distinct()
    return set(session.scalars(query))


# --- results -------------------------------------------------------------------------------


def latest_poll_id(uow: UnitOfWork, network_id: int) -> int | None:
    with uow:
        return uow.session.scalar(
            select(Poll.id)
            .where(Poll.network_id == network_id)
            .order_by(Poll.created_at.desc(), Poll.id.desc())
            .limit(1)
        )


def results(uow: UnitOfWork, *, poll_id: int, user_id: str | None, now: datetime) -> PollResults:
    """Votes and follow-up answers for the export or a summary; with a user, only for the
    poll's creator or a coordinator. Anonymous polls: counts and answers, never names."""
    with uow:
        session = uow.session
        poll = _poll(session, poll_id)
        if user_id is not None and user_id != poll.created_by:
            _require_coordinator(session, poll.network_id, user_id)
        view = view_of(session, poll, now)
        texts = {o.id: o for o in poll.options}
        answers = [
            AnswerRow(texts[row.option_id].text, question, answer, row.slack_user_id)
            for row in _answers(session, poll_id)
            for question, answer in zip(
                follow_up_questions(texts[row.option_id].follow_up), row.answers, strict=False
            )
            if answer
        ]
        if poll.anonymous:
            positions = {o.text: o.position for o in poll.options}
            answers = sorted(
                (AnswerRow(a.option_text, a.question, a.answer, None) for a in answers),
                key=lambda a: (positions[a.option_text], a.question, a.answer),
            )
            return PollResults(view, (), tuple(answers))
        return PollResults(view, tuple(_vote_rows(session, poll, texts)), tuple(answers))


def _answers(session: Session, poll_id: int) -> list[PollAnswer]:
    query = select(PollAnswer).where(PollAnswer.poll_id == poll_id)
    return list(session.scalars(query.order_by(PollAnswer.answered_at, PollAnswer.id)))


def _vote_rows(session: Session, poll: Poll, options: dict[int, PollOption]) -> list[VoteRow]:
    votes = session.scalars(
        select(PollVote).where(PollVote.poll_id == poll.id).order_by(PollVote.voted_at, PollVote.id)
    )
    rows = []
    for vote in votes:
        member = repo.member_of(session, poll.network_id, vote.slack_user_id)
        organisation = member.organisation.name if member and member.organisation else None
        rows.append(
            VoteRow(vote.slack_user_id, organisation, options[vote.option_id].text, vote.voted_at)
        )
    return rows


# --- helpers -------------------------------------------------------------------------------


def _poll(session: Session, poll_id: int) -> Poll:
    poll = session.get(Poll, poll_id)
    if poll is None:
        raise UserFacingError("poll.error.gone")
    return poll


def _schedule(
    session: Session,
    poll: Poll,
    name: str,
    kind: str,
    run_at: datetime,
    now: datetime,
    **payload: Any,
) -> None:
    network = session.get(Network, poll.network_id)
    assert network is not None
    schedule_job(
        session,
        key=f"poll:{poll.id}:{name}",
        kind=kind,
        run_at=run_at,
        payload={"poll_id": poll.id, **payload},
        team_id=network.workspace.team_id,
        network_id=poll.network_id,
        now=now,
    )


def _require_coordinator(session: Session, network_id: int, user_id: str) -> None:
    if not is_coordinator(session, network_id, user_id):
        raise UserFacingError("error.coordinators_only")


def _require_creator(session: Session, network_id: int, user_id: str) -> None:
    if session.get(Network, network_id) is None:
        raise UserFacingError("error.network_gone")
    if is_coordinator(session, network_id, user_id):
        return
    settings = session.get(NetworkSettings, network_id)
    member = repo.member_of(session, network_id, user_id)
    if member is None or settings is None or not settings.members_may_create_polls:
        raise UserFacingError("poll.error.coordinators_only")

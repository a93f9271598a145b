"""Changing a poll after it was posted (issue 16, item 3): its creator or a coordinator of the
network rewords the question and the options until the first vote, moves or drops the closing
time (the close and reminder jobs follow), reopens a closed poll once, and deletes a poll (its
votes and answers go with it; the message says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from bot.domain.polls import (
    PollForm,
    closing_moment,
    is_closed,
    reminder_moment,
    validate_poll_form,
)
from bot.scheduling.schedule import cancel_jobs
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.network_work import is_coordinator
from bot.services.poll_sharing import take_down_answers
from bot.services.polls import (
    CLOSE_JOB,
    POLL_MESSAGE,
    REMIND_JOB,
    PollView,
    _locked_poll,
    _schedule,
    view_of,
)
from storage import repositories as repo
from storage.models import Poll, PollAnswer, PollVote
from storage.uow import UnitOfWork


@dataclass(frozen=True)
class PollDraft:
    """What the edit modal shows: the wording only while nobody voted."""

    poll_id: int
    question: str
    options: tuple[tuple[int, str], ...]  # (option id, text) in order
    closes_at: datetime | None
    voted: bool


@dataclass(frozen=True)
class PollEdit:
    """What the edit modal holds; `options` maps option ids to their new wording (None and
    missing ids: unchanged)."""

    question: str | None
    options: dict[int, str]
    closes_on: date | None
    closes_time: time | None


@dataclass(frozen=True)
class Deleted:
    channel_id: str
    message_ts: str | None
    network_id: int
    answer_messages: tuple[tuple[str, str], ...] = ()  # (channel, ts) of shared answers


def draft(uow: UnitOfWork, *, poll_id: int, user_id: str, now: datetime) -> PollDraft:
    """The poll as its editor finds it; refused to anyone but its creator and coordinators,
    and for a closed poll (reopen it first)."""
    with uow:
        session = uow.session
        poll = _managed(session, poll_id, user_id)
        if is_closed(poll.closed_at, poll.closes_at, now):
            raise UserFacingError("poll.change.error.closed")
        return PollDraft(
            poll.id,
            poll.question,
            tuple((o.id, o.text) for o in poll.options),
            poll.closes_at,
            _voted(session, poll.id),
        )


def edit_poll(
    uow: UnitOfWork, *, poll_id: int, user_id: str, edit: PollEdit, tz: str, now: datetime
) -> PollView:
    """Store the new wording and closing time; rewording after the first vote is refused
    (the votes were given to the old words), a new closing time moves the jobs."""
    with uow:
        session = uow.session
        poll = _managed(session, poll_id, user_id, lock=True)
        if is_closed(poll.closed_at, poll.closes_at, now):
            raise UserFacingError("poll.change.error.closed")
        texts = tuple(edit.options.get(o.id, o.text) for o in poll.options)
        question = poll.question if edit.question is None else edit.question
        form = PollForm(
            question=question,
            options=texts,
            follow_ups=tuple(o.follow_up or "" for o in poll.options),
            closes_on=edit.closes_on,
            closes_time=edit.closes_time,
            remind_before_minutes=_reminder(poll, edit, tz, now),
        )
        errors = {
            name: key
            for name, key in validate_poll_form(form, now=now, tz=tz).items()
            if name in ("question", "closes_on", "closes_time") or name.startswith("option_")
        }
        reworded = question != poll.question or texts != tuple(o.text for o in poll.options)
        if reworded and not errors and _voted(session, poll.id):
            errors["question"] = "poll.change.error.voted"
        if errors:
            raise FieldErrors(errors)
        poll.question = question
        for option, text in zip(poll.options, texts, strict=True):
            option.text = text
        _move_closing(session, poll, closing_moment(form, tz), form.remind_before_minutes, now)
        _audit(session, poll, user_id, action="poll.changed", now=now)
        uow.commit()
        return view_of(session, poll, now)


def _reminder(poll: Poll, edit: PollEdit, tz: str, now: datetime) -> int | None:
    """The poll's reminder stays with a new closing time, unless it would fall in the past."""
    if not poll.remind_before_minutes or edit.closes_on is None or edit.closes_time is None:
        return None
    local = datetime.combine(edit.closes_on, edit.closes_time, tzinfo=ZoneInfo(tz))
    if reminder_moment(local, poll.remind_before_minutes) <= now:
        return None
    return poll.remind_before_minutes


def _move_closing(
    session: Session, poll: Poll, closes_at: datetime | None, remind: int | None, now: datetime
) -> None:
    poll.closes_at, poll.remind_before_minutes = closes_at, remind
    cancel_jobs(session, key_prefix=f"poll:{poll.id}:close", now=now)
    cancel_jobs(session, key_prefix=f"poll:{poll.id}:remind", now=now)
    if closes_at is not None:
        _schedule(session, poll, "close", CLOSE_JOB, closes_at, now)
        if remind:
            _schedule(session, poll, "remind", REMIND_JOB, reminder_moment(closes_at, remind), now)


def reopen_poll(uow: UnitOfWork, *, poll_id: int, user_id: str, now: datetime) -> PollView:
    """A closed poll opens again, once; it then stays open until someone closes it (or sets a
    closing time with *Aanpassen*)."""
    with uow:
        session = uow.session
        poll = _managed(session, poll_id, user_id, lock=True)
        if not is_closed(poll.closed_at, poll.closes_at, now):
            raise UserFacingError("poll.change.error.open")
        if poll.reopened_at is not None:
            raise UserFacingError("poll.change.error.reopened")
        poll.closed_at, poll.closed_by, poll.reopened_at = None, None, now
        poll.closes_at, poll.remind_before_minutes = None, None
        cancel_jobs(session, key_prefix=f"poll:{poll.id}:", now=now)
        _audit(session, poll, user_id, action="poll.reopened", now=now)
        uow.commit()
        return view_of(session, poll, now)


def delete_poll(uow: UnitOfWork, *, poll_id: int, user_id: str, now: datetime) -> Deleted:
    """The poll, its options, votes and answers go; its scheduled work is cancelled."""
    with uow:
        session = uow.session
        poll = _managed(session, poll_id, user_id, lock=True)
        view = view_of(session, poll, now)
        cancel_jobs(session, key_prefix=f"poll:{poll.id}:", now=now)
        _audit(session, poll, user_id, action="poll.deleted", now=now)
        shared = take_down_answers(session, poll.id)
        for model in (PollAnswer, PollVote):
            session.execute(delete(model).where(model.poll_id == poll.id))
        message = repo.find_message(session, POLL_MESSAGE, poll.id)
        if message is not None:
            session.delete(message)
        session.delete(poll)
        uow.commit()
        return Deleted(view.channel_id, view.message_ts, view.network_id, shared)


def may_change(uow: UnitOfWork, *, poll_id: int, user_id: str) -> None:
    """Refuses (in words) anyone but the poll's creator and the coordinators."""
    with uow:
        _managed(uow.session, poll_id, user_id)


def _managed(session: Session, poll_id: int, user_id: str, *, lock: bool = False) -> Poll:
    """The poll, for its creator or a coordinator; `lock` serialises the change with votes
    (see services/polls.py), so no vote slips in between the check and the change."""
    poll = _locked_poll(session, poll_id) if lock else session.get(Poll, poll_id)
    if poll is None:
        raise UserFacingError("poll.error.gone")
    if user_id != poll.created_by and not is_coordinator(session, poll.network_id, user_id):
        raise UserFacingError("poll.change.error.not_allowed")
    return poll


def _voted(session: Session, poll_id: int) -> bool:
    return bool(session.scalar(select(exists().where(PollVote.poll_id == poll_id))))


def _audit(session: Session, poll: Poll, user_id: str, action: str, now: datetime) -> None:
    repo.record_audit(
        session, network_id=poll.network_id, actor=user_id, action=action, now=now, poll=poll.id
    )

"""Follow-up answers shared in the poll's thread (issue 16, item 2).

A person chooses, per answer, who may read it: the organisers only (`private`, as before),
everyone in the channel under their name (`named`), or everyone without a name (`anonymous`;
in an anonymous poll nothing is shared under a name). A shared answer is one message in the
poll's thread (where: `slack_messages`, purpose `poll.answer`, subject the answer's row);
changing the answers updates it, keeping them private or withdrawing them takes it down. The
author may withdraw a shared answer with the button under it (nobody else may).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.knowledge import ThreadEvent, parse_search, snippet
from bot.domain.polls import follow_up_questions, is_closed
from bot.domain.text import fold
from bot.services.errors import UserFacingError
from bot.services.membership import require_member
from bot.services.polls import (
    POLL_MESSAGE,
    FollowUp,
    _follow_up,
    _poll,
    save_answers,
)
from storage import repositories as repo
from storage.models import Poll, PollAnswer, PollReply, PollVote, SlackMessage
from storage.search import content_words
from storage.uow import UnitOfWork
from storage.upsert import insert_if_absent

ANSWER_MESSAGE = "poll.answer"
PRIVATE, NAMED, ANONYMOUS = "private", "named", "anonymous"
SHARING = (NAMED, ANONYMOUS, PRIVATE)


@dataclass(frozen=True)
class Reply:
    user_id: str
    text: str
    posted_at: datetime


@dataclass(frozen=True)
class PollHit:
    """A shared answer or a reply under a poll that matches `/lerend zoek`."""

    question: str
    user_id: str | None  # None: shared anonymously
    snippet: str


@dataclass(frozen=True)
class SharedAnswer:
    """What the thread shows of one person's answers, and where."""

    answer_id: int
    network_id: int
    channel_id: str
    thread_ts: str | None  # the poll's message
    ts: str | None  # the answer's own message, once posted
    sharing: str
    author: str | None  # None when shared anonymously
    option_text: str
    lines: tuple[tuple[str, str], ...]  # (question, answer), answered ones only

    @property
    def shown(self) -> bool:
        return self.sharing != PRIVATE and bool(self.lines) and self.thread_ts is not None


def answer(
    uow: UnitOfWork,
    *,
    poll_id: int,
    option_id: int,
    user_id: str,
    answers: list[str],
    sharing: str,
    now: datetime,
) -> SharedAnswer:
    """Store the answers with the person's choice of readers; what the thread must show."""
    if sharing not in SHARING:
        sharing = PRIVATE
    with uow:
        if sharing == NAMED and _poll(uow.session, poll_id).anonymous:
            sharing = ANONYMOUS
    answer_id = save_answers(
        uow,
        poll_id=poll_id,
        option_id=option_id,
        user_id=user_id,
        answers=answers,
        now=now,
        sharing=sharing,
    )
    with uow:
        return _shared(uow.session, answer_id)


def remember(uow: UnitOfWork, shared: SharedAnswer, ts: str, now: datetime) -> None:
    with uow:
        repo.remember_message(
            uow.session,
            purpose=ANSWER_MESSAGE,
            subject_id=shared.answer_id,
            network_id=shared.network_id,
            channel_id=shared.channel_id,
            ts=ts,
            now=now,
        )
        uow.commit()


def forget(uow: UnitOfWork, answer_id: int) -> None:
    """The answer's message was taken down."""
    with uow:
        message = repo.find_message(uow.session, ANSWER_MESSAGE, answer_id)
        if message is not None:
            uow.session.delete(message)
        uow.commit()


def withdraw(uow: UnitOfWork, *, answer_id: int, user_id: str, now: datetime) -> SharedAnswer:
    """The author takes their shared answer back: it stays for the organisers only."""
    with uow:
        session = uow.session
        row = session.get(PollAnswer, answer_id)
        if row is None or row.slack_user_id != user_id:
            raise UserFacingError("poll.share.error.not_yours")
        row.sharing = PRIVATE
        shared = _shared(session, answer_id)
        repo.record_audit(
            session,
            network_id=shared.network_id,
            actor=user_id,
            action="poll.answer_withdrawn",
            now=now,
            poll=row.poll_id,
        )
        uow.commit()
        return shared


def my_follow_ups(
    uow: UnitOfWork, *, poll_id: int, user_id: str, now: datetime, option_id: int | None = None
) -> list[FollowUp]:
    """*Mijn antwoorden aanpassen*: the follow-up questions of every option the person chose
    (in a multiple-choice poll possibly several; `option_id` picks one), with what they
    answered before."""
    with uow:
        session = uow.session
        poll = _poll(session, poll_id)
        require_member(session, poll.network_id, user_id)
        if is_closed(poll.closed_at, poll.closes_at, now):
            raise UserFacingError("poll.closed")
        chosen = set(
            session.scalars(
                select(PollVote.option_id).where(
                    PollVote.poll_id == poll_id, PollVote.slack_user_id == user_id
                )
            )
        )
        if option_id is not None:
            chosen &= {option_id}
        found = [
            follow_up
            for option in poll.options
            if option.id in chosen
            and (follow_up := _follow_up(session, poll, option, user_id)) is not None
        ]
        if found:
            return found
        raise UserFacingError(
            "poll.share.error.no_follow_up" if chosen else "poll.share.error.vote_first"
        )


def _shared(session: Session, answer_id: int) -> SharedAnswer:
    row = session.get(PollAnswer, answer_id, populate_existing=True)
    assert row is not None
    poll = session.get(Poll, row.poll_id)
    assert poll is not None
    option = next(o for o in poll.options if o.id == row.option_id)
    questions = follow_up_questions(option.follow_up)
    network_poll = repo.find_message(session, POLL_MESSAGE, poll.id)
    own = repo.find_message(session, ANSWER_MESSAGE, row.id)
    return SharedAnswer(
        answer_id=row.id,
        network_id=poll.network_id,
        channel_id=network_poll.channel_id if network_poll else "",
        thread_ts=network_poll.ts if network_poll else None,
        ts=own.ts if own else None,
        sharing=row.sharing,
        author=row.slack_user_id if row.sharing == NAMED else None,
        option_text=option.text,
        lines=tuple(
            (question, text) for question, text in zip(questions, row.answers, strict=False) if text
        ),
    )


def take_down_answers(session: Session, poll_id: int) -> tuple[tuple[str, str], ...]:
    """Forget where the poll's shared answers are; returns (channel, ts) to delete in Slack."""
    rows = session.scalars(
        select(SlackMessage).where(
            SlackMessage.purpose == ANSWER_MESSAGE,
            SlackMessage.subject_id.in_(select(PollAnswer.id).where(PollAnswer.poll_id == poll_id)),
        )
    ).all()
    found = tuple((row.channel_id, row.ts) for row in rows if row.ts)
    for row in rows:
        session.delete(row)
    return found


# --- what people type in the poll's thread -------------------------------------------------


def record_reply(uow: UnitOfWork, reply: ThreadEvent, *, now: datetime) -> bool:
    """Record (or, for an edit, update) a message typed in a poll's thread; False when the
    thread is not a poll's. Unique on channel + ts, so a retried event changes nothing."""
    with uow:
        session = uow.session
        parent = session.scalar(
            select(SlackMessage).where(
                SlackMessage.purpose == POLL_MESSAGE,
                SlackMessage.channel_id == reply.channel_id,
                SlackMessage.ts == reply.thread_ts,
            )
        )
        if parent is None:
            return False
        insert_if_absent(
            session,
            PollReply,
            ["channel_id", "ts"],
            poll_id=parent.subject_id,
            channel_id=reply.channel_id,
            ts=reply.ts,
            user_id=reply.user_id,
            text=reply.text,
            posted_at=now,
        )
        row = _reply_at(session, reply.channel_id, reply.ts)
        if row is not None and row.deleted_at is None:
            row.text = reply.text
        uow.commit()
        return True


def remove_reply(uow: UnitOfWork, *, channel_id: str, ts: str, now: datetime) -> bool:
    """A message deleted in a poll's thread is deleted here too (its words wiped)."""
    with uow:
        row = _reply_at(uow.session, channel_id, ts)
        if row is None:
            return False
        row.deleted_at, row.text = now, ""
        uow.commit()
        return True


def replies(uow: UnitOfWork, poll_id: int) -> tuple[Reply, ...]:
    with uow:
        rows = uow.session.scalars(
            select(PollReply)
            .where(PollReply.poll_id == poll_id, PollReply.deleted_at.is_(None))
            .order_by(PollReply.posted_at, PollReply.id)
        )
        return tuple(Reply(row.user_id, row.text, row.posted_at) for row in rows)


def _reply_at(session: Session, channel_id: str, ts: str) -> PollReply | None:
    return session.scalar(
        select(PollReply)
        .where(PollReply.channel_id == channel_id, PollReply.ts == ts)
        .execution_options(populate_existing=True)
    )


# --- searching -----------------------------------------------------------------------------

HITS_MAX = 5


def search(uow: UnitOfWork, *, network_id: int | None, text: str) -> tuple[PollHit, ...]:
    """`/lerend zoek` in a network's channel also finds what was shared under its polls:
    answers shared in the thread (anonymous ones without a name) and replies typed there;
    answers kept for the organisers never. Every word must occur."""
    query = parse_search(text)
    words = tuple(content_words(" ".join(query.words)))
    if network_id is None or not words or query.kinds or query.theme_words or query.everywhere:
        return ()
    with uow:
        session = uow.session
        polls = {
            poll.id: poll
            for poll in session.scalars(select(Poll).where(Poll.network_id == network_id))
        }
        texts: list[tuple[int, str | None, str]] = []
        for row in session.scalars(
            select(PollAnswer)
            .where(PollAnswer.poll_id.in_(polls), PollAnswer.sharing != PRIVATE)
            .order_by(PollAnswer.answered_at.desc())
        ):
            author = row.slack_user_id if row.sharing == NAMED else None
            texts.append((row.poll_id, author, " ".join(a for a in row.answers if a)))
        for reply in session.scalars(
            select(PollReply)
            .where(PollReply.poll_id.in_(polls), PollReply.deleted_at.is_(None))
            .order_by(PollReply.posted_at.desc())
        ):
            texts.append((reply.poll_id, reply.user_id, reply.text))
        hits = [
            PollHit(polls[poll_id].question, author, snippet(body, words))
            for poll_id, author, body in texts
            if all(fold(word)[:5] in fold(body) for word in words)
        ]
        return tuple(hits[:HITS_MAX])

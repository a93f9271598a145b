"""The short evaluation after the 3rd meeting (shared/DOMAIN.md, 'The year').

A ready, anonymous poll: does the network meet expectations, and (asked right after voting)
should form, content or composition change, and any remarks. When it closes the coordinators
get the results summarised, before they plan the last three meetings. The meetings feature
calls `start_evaluation` after the 3rd meeting; `/lerend evaluatie` calls it at once.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.domain.network import clean_text
from bot.domain.polls import EVALUATION, PollKind
from bot.i18n import t
from bot.services import polls
from bot.services.errors import UserFacingError
from bot.services.network_work import is_coordinator
from bot.services.polls import PollView
from bot.services.year import current_goal
from storage import repositories as repo
from storage.models import Network, Poll
from storage.uow import UnitOfWork

EVALUATION_OPEN_FOR = timedelta(days=7)
REMIND_BEFORE_MINUTES = 24 * 60
SYSTEM_USER = "lnbot"
GOAL_IN_QUESTION = 140  # characters of the goal quoted in the question


def start_evaluation(
    uow: UnitOfWork,
    network_id: int,
    *,
    lang: str,
    now: datetime,
    started_by: str | None = None,
    open_for: timedelta = EVALUATION_OPEN_FOR,
) -> PollView:
    """Create the evaluation poll (or return the one still open) and plan its posting.

    `started_by` is the coordinator who asked; None when the schedule starts it. The channel
    message is posted by the `poll.post` job, so this works from a request and from a job.
    """
    with uow:
        session = uow.session
        if started_by is not None and not is_coordinator(session, network_id, started_by):
            raise UserFacingError("error.coordinators_only")
        poll = session.scalar(
            select(Poll).where(
                Poll.network_id == network_id,
                Poll.kind == PollKind.EVALUATION,
                Poll.closed_at.is_(None),
                (Poll.closes_at.is_(None)) | (Poll.closes_at > now),
            )
        )
        if poll is None:
            goal = _goal_question(session, network_id, lang)
            poll = polls.add_poll(
                session,
                network_id=network_id,
                user_id=started_by or SYSTEM_USER,
                question=t(EVALUATION.question, lang),
                options=[
                    (
                        t(option, lang),
                        "\n".join([*(t(question, lang) for question in follow_ups), *goal]),
                    )
                    for option, follow_ups in EVALUATION.options
                ],
                multiple=EVALUATION.multiple,
                anonymous=EVALUATION.anonymous,
                closes_at=now + open_for,
                remind_before_minutes=REMIND_BEFORE_MINUTES,
                now=now,
                kind=PollKind.EVALUATION,
            )
            polls.schedule_post(session, poll, now)
            repo.record_audit(
                session,
                network_id=network_id,
                actor=started_by or SYSTEM_USER,
                action="evaluation.started",
                now=now,
                poll=poll.id,
            )
        uow.commit()
        return polls.view_of(session, poll, now)


def _goal_question(session: Session, network_id: int, lang: str) -> list[str]:
    """Komen we dichter bij ons doel? Asked with the goal itself, when the group set one."""
    network = session.get(Network, network_id)
    goal = current_goal(session, network_id, network.year) if network else None
    if not goal:
        return []
    short = clean_text(goal).rstrip(".!?;: ")
    short = short if len(short) <= GOAL_IN_QUESTION else short[: GOAL_IN_QUESTION - 1] + "…"
    return [t("year.goal.evaluation", lang, goal=short)]

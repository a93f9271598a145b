"""App Home next steps of the polls (bot/services/next_steps.py): the open polls a person has
not voted in, and for the poll's creator and the coordinators the export and *Poll sluiten*
(which the channel message no longer carries)."""

from __future__ import annotations

from sqlalchemy import func, select

from bot.blocks import ids
from bot.services.next_steps import Confirm, NextStep, Seat, StepButton
from storage.models import Poll, PollVote

POLLS_SHOWN = 3
CLOSE = Confirm("poll.close_confirm.title", "poll.close_confirm.text", "poll.close_confirm.yes")


def steps(seat: Seat) -> list[NextStep]:
    found = []
    for poll in _open_polls(seat)[:POLLS_SHOWN]:
        voters = _voters(seat, poll)
        fields = {"question": poll.question, "channel": seat.network.channel_id}
        if seat.is_coordinator or poll.created_by == seat.user_id:
            value = str(poll.id)
            buttons = (
                StepButton("poll.export", ids.POLL_EXPORT, value),
                StepButton(
                    "home.step.poll_close", ids.POLL_CLOSE, value, style="danger", confirm=CLOSE
                ),
            )
            key = "home.step.poll_manage_one" if len(voters) == 1 else "home.step.poll_manage"
            found.append(
                NextStep(key, {**fields, "count": len(voters)}, buttons, for_coordinator=True)
            )
        if seat.takes_part and seat.user_id not in voters:
            found.append(NextStep("home.step.vote", fields))
    return found


def _open_polls(seat: Seat) -> list[Poll]:
    query = select(Poll).where(
        Poll.network_id == seat.network.id,
        Poll.closed_at.is_(None),
        Poll.created_at <= seat.now,
        (Poll.closes_at.is_(None)) | (Poll.closes_at > seat.now),
    )
    return list(seat.session.scalars(query.order_by(Poll.created_at.desc(), Poll.id.desc())))


def _voters(seat: Seat, poll: Poll) -> set[str]:
    query = select(func.distinct(PollVote.slack_user_id)).where(PollVote.poll_id == poll.id)
    return set(seat.session.scalars(query))

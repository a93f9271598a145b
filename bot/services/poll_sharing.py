"""Follow-up answers shared in the poll's thread (issue 16, item 2).

A person chooses, per answer, who may read it: the organisers only (`private`, as before),
everyone in the channel under their name (`named`), or everyone without a name (`anonymous`).
A shared answer is one message in the poll's thread (where: `slack_messages`, purpose
`poll.answer`, subject the answer's row); changing the answers updates it, keeping them
private or withdrawing them takes it down.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import PollAnswer, SlackMessage

ANSWER_MESSAGE = "poll.answer"


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

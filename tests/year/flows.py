"""Steps the year's tests share: the commitment question in a DM, clicking its answer."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from fakeslack.fake_server import FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import Commitment, Network
from tests.meetings.flows import buttons, dms_to


def questions(slack: FakeSlack, user: str) -> list[dict[str, Any]]:
    """The commitment questions (and reminders) `user` got in a DM."""
    return [
        c.params
        for c in dms_to(slack, user)
        if any(b["action_id"] == ids.YEAR_COMMIT for b in buttons(c.params.get("blocks") or []))
    ]


def click_answer(
    client: SlackRequestClient, slack: FakeSlack, user: str, *, commit: bool = True
) -> Response:
    """Click *Ik doe mee* (or *We stoppen*) under the last question `user` got."""
    action = ids.YEAR_COMMIT if commit else ids.YEAR_STOP
    question = questions(slack, user)[-1]
    value = next(b["value"] for b in buttons(question["blocks"]) if b["action_id"] == action)
    return client.block_action(action, value, user=user, channel=f"D{user}")


def statuses(bot: LnBot, year: int = 1) -> dict[str, str]:
    """Organisation name -> its answer for the year."""
    with bot.uow() as uow:
        rows = uow.session.scalars(select(Commitment).where(Commitment.year == year)).all()
        names = {
            org.id: org.name
            for n in uow.session.scalars(select(Network))
            for org in n.organisations
        }
        return {names[row.organisation_id]: row.status for row in rows}


def network_status(bot: LnBot, network_id: int) -> str:
    with bot.uow() as uow:
        network = uow.session.get(Network, network_id)
        assert network is not None
        return network.status

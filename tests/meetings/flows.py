"""Steps the meeting tests share: the plan modal as Slack submits it, finding the announcement,
and looking into the schedule."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.network import Role
from bot.services import networks
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import Meeting, ScheduledJob

S = SlackRequestClient


def plan_state(
    number: int | None = 1,
    day: str | None = "2027-02-09",
    start: str | None = "14:00",
    hours: str | None = "3",
    location: str = "Zwolle, De Kamer 1",
    theme: int | None = None,
    facilitator: str | None = None,
) -> dict[str, Any]:
    return {
        ids.MEETING_NUMBER: {ids.VALUE: S.static_select_value(str(number) if number else None)},
        ids.MEETING_DATE: {ids.VALUE: S.datepicker_value(day)},
        ids.MEETING_TIME: {ids.VALUE: S.timepicker_value(start)},
        ids.MEETING_DURATION: {ids.VALUE: S.number_value(hours)},
        ids.MEETING_LOCATION: {ids.VALUE: S.text_value(location)},
        ids.MEETING_THEME: {ids.VALUE: S.static_select_value(str(theme) if theme else None)},
        ids.MEETING_FACILITATOR: {ids.VALUE: S.users_select_value(facilitator)},
    }


def submit_plan(
    client: SlackRequestClient, network_id: int, *, user: str = "U1", **fields: Any
) -> Response:
    return client.view_submission(
        ids.MEETING_PLAN_MODAL,
        plan_state(**fields),
        user=user,
        private_metadata=json.dumps({"network": network_id}),
    )


def plan(client: SlackRequestClient, slack: FakeSlack, network_id: int, **fields: Any) -> Call:
    """Plan a meeting through the modal; returns the announcement it posted or updated."""
    response = submit_plan(client, network_id, **fields)
    assert response.status == 200 and response.json["response_action"] == "update", response.body
    return announcements(slack)[-1]


def rsvp(client: SlackRequestClient, post: Call, action_id: str, user: str) -> Response:
    """Click one of the announcement's RSVP buttons, as `user`."""
    value = next(b["value"] for b in buttons(post.params["blocks"]) if b["action_id"] == action_id)
    return client.block_action(action_id, value, user=user, message_ts=post.response["ts"])


def announcements(slack: FakeSlack) -> list[Call]:
    return [
        c
        for c in slack.calls_to("chat.postMessage")
        if c.params.get("channel") == "C1" and ids.MEETING_ICS in json.dumps(c.params)
    ]


def shown(slack: FakeSlack, post: Call) -> dict[str, Any]:
    """What the channel shows now: the last update of the announcement, or the post itself."""
    ts = post.response["ts"]
    updates = [c for c in slack.calls_to("chat.update") if c.params.get("ts") == ts]
    return (updates[-1] if updates else post).params


def thread_replies(slack: FakeSlack, post: Call) -> list[str]:
    ts = post.response["ts"]
    return [
        c.params["text"]
        for c in slack.calls_to("chat.postMessage")
        if c.params.get("thread_ts") == ts
    ]


def dms_to(slack: FakeSlack, user: str) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == user]


def buttons(blocks: list[dict[str, Any]]) -> list[dict[str, Any]]:
    found = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    return found + [b["accessory"] for b in blocks if b.get("accessory")]


def meeting_id(bot: LnBot, number: int) -> int:
    with bot.uow() as uow:
        return uow.session.scalars(select(Meeting.id).where(Meeting.number == number)).one()


def jobs(bot: LnBot, prefix: str = "meeting:") -> dict[str, ScheduledJob]:
    """The schedule's rows by key (detached copies to read after the session closed)."""
    with bot.uow() as uow:
        rows = uow.session.scalars(
            select(ScheduledJob).where(ScheduledJob.key.startswith(prefix))
        ).all()
        uow.session.expunge_all()
        return {row.key: row for row in rows}


def make_coordinator(bot: LnBot, network_id: int, user: str) -> None:
    networks.set_role(
        bot.uow(),
        network_id=network_id,
        actor_user_id="U1",
        target_user_id=user,
        role=Role.COORDINATOR,
        now=bot.clock.now(),
    )


def run_due(bot: LnBot, moment: datetime) -> None:
    """Let time pass to `moment` and run what became due, then what that planned in turn
    (a fan-out plans one job per person for right away)."""
    bot.clock.set(moment)  # type: ignore[attr-defined]
    bot.dispatcher.run_once()
    bot.dispatcher.run_once()

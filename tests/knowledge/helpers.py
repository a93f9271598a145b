"""Steps the knowledge tests share: share an item through the modal, reply in its thread the
way Slack's Events API reports it, and find what the bot posted."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from bot.app import LnBot
from bot.blocks import ids
from bot.domain.network import Role
from bot.services import networks
from fakeslack.fake_server import Call, FakeSlack
from fakeslack.signed import Response, SlackRequestClient
from storage.models import KnowledgeItem, Theme
from storage.repositories import find_message

S = SlackRequestClient


def share_state(
    kind: str | None = "good_example",
    title: str | None = "Valpreventie in de nacht",
    description: str | None = "Wij gebruiken sensoren bij het bed.",
    tags: list[str] | None = None,
    link: str | None = None,
) -> dict[str, Any]:
    return {
        ids.SHARE_KIND: {ids.VALUE: S.static_select_value(kind)},
        ids.SHARE_TITLE: {ids.VALUE: S.text_value(title)},
        ids.SHARE_DESCRIPTION: {ids.VALUE: S.text_value(description)},
        ids.SHARE_TAGS: {ids.VALUE: S.multi_static_select_values(tags or [])},
        ids.SHARE_LINK: {ids.VALUE: S.text_value(link)},
    }


def submit_share(
    client: SlackRequestClient,
    network_id: int,
    *,
    user: str = "UM01",
    metadata: dict[str, Any] | None = None,
    **fields: Any,
) -> Response:
    return client.view_submission(
        ids.SHARE_MODAL,
        share_state(**fields),
        user=user,
        private_metadata=json.dumps(metadata or {"network": network_id}),
    )


def share(client: SlackRequestClient, slack: FakeSlack, network_id: int, **fields: Any) -> Call:
    """Share through the modal; returns the thread starter the bot posted."""
    response = submit_share(client, network_id, **fields)
    assert response.status == 200 and response.json["response_action"] == "update", response.body
    return channel_posts(slack)[-1]


def channel_posts(slack: FakeSlack, channel: str = "C1") -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == channel]


def dms_to(slack: FakeSlack, user: str) -> list[Call]:
    return [c for c in slack.calls_to("chat.postMessage") if c.params.get("channel") == user]


def reply_event(
    thread_ts: str, *, user: str = "UM02", text: str = "Wij ook!", ts: str, channel: str = "C1"
) -> dict[str, Any]:
    """A reply in a thread as the Events API sends it (`message.channels`)."""
    return {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "thread_ts": thread_ts,
        "channel_type": "channel",
    }


def changed_event(thread_ts: str, *, user: str, text: str, ts: str) -> dict[str, Any]:
    return {
        "type": "message",
        "subtype": "message_changed",
        "channel": "C1",
        "hidden": True,
        "ts": f"{float(ts) + 5:.6f}",
        "message": {
            "type": "message",
            "user": user,
            "text": text,
            "ts": ts,
            "thread_ts": thread_ts,
            "edited": {"user": user, "ts": ts},
        },
        "previous_message": {
            "type": "message",
            "user": user,
            "text": "oud",
            "ts": ts,
            "thread_ts": thread_ts,
        },
    }


def deleted_event(thread_ts: str, *, user: str, ts: str) -> dict[str, Any]:
    return {
        "type": "message",
        "subtype": "message_deleted",
        "channel": "C1",
        "hidden": True,
        "ts": f"{float(ts) + 9:.6f}",
        "deleted_ts": ts,
        "previous_message": {
            "type": "message",
            "user": user,
            "text": "weg",
            "ts": ts,
            "thread_ts": thread_ts,
        },
    }


class Replies:
    """Unique reply timestamps taken from the test clock, like Slack's."""

    def __init__(self, bot: LnBot) -> None:
        self._bot = bot
        self._count = 0

    def next_ts(self) -> str:
        self._count += 1
        moment = self._bot.clock.now() + timedelta(microseconds=self._count)
        return f"{moment.timestamp():.6f}"


def make_expert(bot: LnBot, network_id: int, user: str = "UEX") -> None:
    networks.set_role(
        bot.uow(),
        network_id=network_id,
        actor_user_id="U1",
        target_user_id=user,
        role=Role.EXPERT,
        now=bot.clock.now(),
    )


def theme_tag_of(bot: LnBot, network_id: int, position: int = 1) -> str:
    with bot.uow() as uow:
        theme = uow.session.scalar(
            select(Theme).where(Theme.network_id == network_id, Theme.position == position)
        )
        return f"theme:{theme.id}"


def items(bot: LnBot) -> list[KnowledgeItem]:
    """The items as stored now, detached (readable after the unit of work closes)."""
    return rows(bot, KnowledgeItem)


def item_place(bot: LnBot, item_id: int) -> tuple[str, str] | None:
    """Where the item's thread starter lives (channel, ts), as recorded in slack_messages."""
    with bot.uow() as uow:
        message = find_message(uow.session, "knowledge.item", item_id)
        return (message.channel_id, message.ts) if message else None


def rows(bot: LnBot, model: type[Any]) -> list[Any]:
    with bot.uow() as uow:
        found = list(uow.session.scalars(select(model)))
        uow.session.expunge_all()
        return sorted(found, key=lambda row: getattr(row, "id", 0))


def texts(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)

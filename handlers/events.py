"""Message events: replies in an item's thread are recorded, edits and deletions followed.

Needs the `message.channels` and `message.groups` events (scopes `channels:history`,
`groups:history`). Bolt runs only the first listener that matches a request, so this one
matches thread replies only and leaves every other message to other features.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from bot.domain.knowledge import thread_event
from bot.services import knowledge


def register(app: App) -> None:
    app.event("message", matchers=[in_a_thread])(on_thread_message)


def in_a_thread(event: dict[str, Any]) -> bool:
    return thread_event(event) is not None


def on_thread_message(event: dict[str, Any], context: BoltContext) -> None:
    reply = thread_event(event)
    if reply is None:
        return
    uow, now = context["uow"], context["clock"].now()
    if reply.deleted:
        knowledge.remove_reply(uow, channel_id=reply.channel_id, ts=reply.ts, now=now)
        return
    knowledge.record_reply(uow, reply, now=now)

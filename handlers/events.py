"""Message events: replies in an item's thread are recorded, edits and deletions followed;
and in single-workspace mode, an uninstall pauses the workspace's scheduled work.

Needs the `message.channels` and `message.groups` events (scopes `channels:history`,
`groups:history`). Bolt runs only the first listener that matches a request, so this one
matches thread replies only and leaves every other message to other features (and to the
catch-all in `bot.edge.acks`). In OAuth mode Bolt's own token revocation listeners come
first and remove the installation; the uninstall listeners here then never run.
"""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from bot import installations
from bot.domain.knowledge import thread_event
from bot.services import knowledge, poll_sharing


def register(app: App) -> None:
    app.event("message", matchers=[in_a_thread])(on_thread_message)
    app.event("app_uninstalled")(on_uninstalled)
    app.event("tokens_revoked", matchers=[bot_token_revoked])(on_uninstalled)


def bot_token_revoked(event: dict[str, Any]) -> bool:
    """`tokens_revoked` names the revoked tokens' users; only the bot's stops our work."""
    return bool((event.get("tokens") or {}).get("bot"))


def on_uninstalled(event: dict[str, Any], context: BoltContext) -> None:
    installations.mark_uninstalled(
        context["uow"],
        team_id=context.team_id or "",
        reason=f"{event['type']} received",
        now=context["clock"].now(),
    )


def in_a_thread(event: dict[str, Any]) -> bool:
    return thread_event(event) is not None


def on_thread_message(event: dict[str, Any], context: BoltContext) -> None:
    reply = thread_event(event)
    if reply is None:
        return
    uow, now = context["uow"], context["clock"].now()
    if reply.deleted:
        if not knowledge.remove_reply(uow, channel_id=reply.channel_id, ts=reply.ts, now=now):
            poll_sharing.remove_reply(uow, channel_id=reply.channel_id, ts=reply.ts, now=now)
        return
    if not knowledge.record_reply(uow, reply, now=now):
        poll_sharing.record_reply(uow, reply, now=now)  # a reply under a poll (issue 16)

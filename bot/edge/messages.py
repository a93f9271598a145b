"""Messages that mirror the database: the poll, the meeting announcement, the consent
decision, the channel's welcome, a knowledge item, an intake in the introduction round.

Each is built from the database and shown through `show`: updated in place when it was posted
before, posted (and recorded by the caller's `remember`) when it was not, and posted again
when Slack says it is gone. Where a message lives is recorded in one table, `slack_messages`
(purpose, subject, channel, ts), through `storage.repositories.remember_message`.

What Slack's errors mean here:
- `message_not_found`, `cant_update_message` (`GONE`): someone deleted the message in Slack;
  it is posted again, so the channel shows the current state once more;
- `channel_not_found`, `is_archived`, `not_in_channel` and anything else: the channel itself
  cannot be reached, so reposting cannot help; the error is raised for the caller to decide
  (a scheduled job is retried and ends `failed`, which coordinators see in `/lerend status`).
- Taking a message down (`delete`) that is gone already, or in a channel that is gone, is done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks.kit import notification

logger = logging.getLogger(__name__)

# Slack's answers to chat.update for a message that no longer exists.
GONE = ("message_not_found", "cant_update_message")
# Slack's answers to chat.delete when there is nothing (left) to take down.
ALREADY_DOWN = ("message_not_found", "cant_delete_message", "channel_not_found")


def show(
    client: WebClient,
    channel: str,
    ts: str | None,
    message: dict[str, Any],
    *,
    remember: Callable[[str], object],
    thread_ts: str | None = None,
) -> bool:
    """Show `message` at `ts`: update it in place, or post it (in `thread_ts`'s thread when
    given) when it has no `ts` yet or is gone, and `remember(new_ts)`. True when posted anew."""
    if ts is not None and update(client, channel, ts, message):
        return False
    if thread_ts is None:
        new_ts = post_in_channel(client, channel, message)["ts"]
    else:
        plain = notified(message)
        new_ts = client.chat_postMessage(channel=channel, thread_ts=thread_ts, **plain)["ts"]
    remember(str(new_ts))
    return True


def update(client: WebClient, channel: str, ts: str, message: dict[str, Any]) -> bool:
    """Rebuild the message in place; False when it is gone (deleted in Slack)."""
    try:
        client.chat_update(channel=channel, ts=ts, **notified(message))
    except SlackApiError as error:
        if error.response.get("error") not in GONE:
            raise
        logger.info("message %s in %s is gone", ts, channel)
        return False
    return True


def delete(client: WebClient, channel: str, ts: str) -> None:
    """Take a message down; one that is gone already is fine."""
    try:
        client.chat_delete(channel=channel, ts=ts)
    except SlackApiError as error:
        if error.response.get("error") not in ALREADY_DOWN:
            raise


def post_in_channel(client: WebClient, channel: str, message: dict[str, Any]) -> Any:
    """Post, joining a public channel first when the bot is not in it yet."""
    message = notified(message)
    try:
        return client.chat_postMessage(channel=channel, **message)
    except SlackApiError as error:
        if error.response.get("error") != "not_in_channel":
            raise
    client.conversations_join(channel=channel)
    return client.chat_postMessage(channel=channel, **message)


def notified(message: dict[str, Any]) -> dict[str, Any]:
    """A message with blocks gets a plain notification `text` (no mrkdwn or emoji codes),
    whichever builder made it: lock screens and screen readers show only that."""
    if message.get("blocks") and isinstance(message.get("text"), str):
        return {**message, "text": notification(message["text"])}
    return message

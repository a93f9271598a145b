"""Messages that mirror the database: post them, update them, repost them when Slack says they
are gone."""

from __future__ import annotations

from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

# Slack's answers to chat.update / chat.delete for a message that no longer exists.
GONE = ("message_not_found", "cant_update_message")


def post_in_channel(client: WebClient, channel: str, message: dict[str, Any]) -> Any:
    """Post, joining a public channel first when the bot is not in it yet."""
    try:
        return client.chat_postMessage(channel=channel, **message)
    except SlackApiError as error:
        if error.response.get("error") != "not_in_channel":
            raise
    client.conversations_join(channel=channel)
    return client.chat_postMessage(channel=channel, **message)

"""The Slack side of shared follow-up answers: show, update or take down a person's answers
in the poll's thread (bot/services/poll_sharing.py decides what is shown)."""

from __future__ import annotations

from datetime import datetime

from slack_sdk import WebClient

from bot.blocks.poll_sharing import answer_message
from bot.config import Settings
from bot.edge import messages
from bot.services import poll_sharing
from bot.services.language import network_language
from bot.services.poll_sharing import SharedAnswer
from storage.uow import UnitOfWork


def show_answer(
    uow: UnitOfWork, client: WebClient, settings: Settings, shared: SharedAnswer, now: datetime
) -> None:
    """Shared: post it in the thread, or update the earlier post. Not (or no longer) shared:
    take the earlier post down."""
    if shared.shown:
        lang = network_language(uow, shared.network_id, settings.language)
        messages.show(
            client,
            shared.channel_id,
            shared.ts,
            answer_message(lang, shared),
            remember=lambda ts: poll_sharing.remember(uow, shared, ts, now),
            thread_ts=shared.thread_ts,
        )
    elif shared.ts is not None:
        messages.delete(client, shared.channel_id, shared.ts)
        poll_sharing.forget(uow, shared.answer_id)

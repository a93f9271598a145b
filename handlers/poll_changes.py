"""Changing a poll (issue 16): *Aanpassen* (the edit modal), *Opnieuw openen* and
*Verwijderen* under the poll's message."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import poll_changes as blocks
from bot.clock import Clock
from bot.config import Settings
from bot.edge import messages
from bot.edge.errors import modal_errors
from bot.services import poll_changes
from bot.services.language import network_language
from bot.services.poll_jobs import publish
from handlers.command import Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    app.action(ids.POLL_EDIT)(open_edit)
    app.view(ids.POLL_EDIT_MODAL)(submit_edit)
    modal_errors(ids.POLL_EDIT_MODAL, "poll.change.title", fields_for_view=blocks.edit_errors)
    app.action(ids.POLL_REOPEN)(reopen)
    app.action(ids.POLL_DELETE)(delete)


def open_edit(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
) -> None:
    ack()
    draft = poll_changes.draft(
        uow, poll_id=int(action["value"]), user_id=body["user"]["id"], now=clock.now()
    )
    client.views_open(trigger_id=body["trigger_id"], view=blocks.edit_modal(lang, tz, draft))


def submit_edit(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    tz: str,
    clock: Clock,
    settings: Settings,
) -> None:
    poll_id, edit = blocks.parse_edit(view)
    changed = poll_changes.edit_poll(
        uow, poll_id=poll_id, user_id=body["user"]["id"], edit=edit, tz=tz, now=clock.now()
    )
    ack()
    publish(uow, client, settings, changed, clock.now())


def reopen(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    clock: Clock,
    settings: Settings,
) -> None:
    ack()
    reopened = poll_changes.reopen_poll(
        uow, poll_id=int(action["value"]), user_id=body["user"]["id"], now=clock.now()
    )
    publish(uow, client, settings, reopened, clock.now())


def delete(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    clock: Clock,
    settings: Settings,
) -> None:
    """The message stays, saying the poll was deleted and by whom."""
    ack()
    user_id = body["user"]["id"]
    gone = poll_changes.delete_poll(
        uow, poll_id=int(action["value"]), user_id=user_id, now=clock.now()
    )
    for channel, ts in gone.answer_messages:
        messages.delete(client, channel, ts)
    if gone.message_ts is not None:
        lang = network_language(uow, gone.network_id, settings.language)
        messages.update(
            client, gone.channel_id, gone.message_ts, blocks.deleted_message(lang, user_id)
        )

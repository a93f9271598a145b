"""Changing a poll (issue 16): *Aanpassen* (the edit modal), *Opnieuw openen* and
*Verwijderen*, behind the "⋯" menu under the poll's message (for its creator or a
coordinator: the services refuse others)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.blocks import ids
from bot.blocks import poll_changes as blocks
from bot.blocks.polls import delete_question, parse_manage
from bot.clock import Clock
from bot.config import Settings
from bot.edge import messages
from bot.edge.errors import modal_errors
from bot.i18n import t
from bot.services import poll_changes
from bot.services.language import network_language
from bot.services.poll_jobs import publish
from handlers.command import Router
from storage.uow import UnitOfWork


def register(app: App, router: Router) -> None:
    app.action(ids.POLL_MORE)(manage)
    app.action(ids.POLL_EDIT)(open_edit)
    app.view(ids.POLL_EDIT_MODAL)(submit_edit)
    modal_errors(ids.POLL_EDIT_MODAL, "poll.change.title", fields_for_view=blocks.edit_errors)
    app.action(ids.POLL_REOPEN)(reopen)
    app.action(ids.POLL_DELETE)(delete)


def manage(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    client: WebClient,
    respond: Respond,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
    settings: Settings,
) -> None:
    """The poll's "⋯" menu: *Aanpassen* opens the form, *Opnieuw openen* reopens, and
    *Verwijderen* asks first in the tapper's own ephemeral."""
    ack()
    value = (action.get("selected_option") or {}).get("value") or action.get("value") or ""
    choice, poll_id = parse_manage(value)
    user_id = body["user"]["id"]
    if choice == "edit":
        _open_edit(client, body["trigger_id"], uow, lang, tz, clock, poll_id, user_id)
    elif choice == "reopen":
        _reopen(client, uow, clock, settings, poll_id, user_id)
    else:
        poll_changes.may_change(uow, poll_id=poll_id, user_id=user_id)
        question = delete_question(lang, poll_id)
        respond(
            text=t("poll.delete_title", lang),
            blocks=question,
            response_type="ephemeral",
            replace_original=False,
        )


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
    poll_id, user_id = int(action["value"]), body["user"]["id"]
    _open_edit(client, body["trigger_id"], uow, lang, tz, clock, poll_id, user_id)


def _open_edit(
    client: WebClient,
    trigger_id: str,
    uow: UnitOfWork,
    lang: str,
    tz: str,
    clock: Clock,
    poll_id: int,
    user_id: str,
) -> None:
    draft = poll_changes.draft(uow, poll_id=poll_id, user_id=user_id, now=clock.now())
    client.views_open(trigger_id=trigger_id, view=blocks.edit_modal(lang, tz, draft))


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
    publish(uow, client, settings, changed, clock)


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
    _reopen(client, uow, clock, settings, int(action["value"]), body["user"]["id"])


def _reopen(
    client: WebClient,
    uow: UnitOfWork,
    clock: Clock,
    settings: Settings,
    poll_id: int,
    user_id: str,
) -> None:
    reopened = poll_changes.reopen_poll(uow, poll_id=poll_id, user_id=user_id, now=clock.now())
    publish(uow, client, settings, reopened, clock)


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

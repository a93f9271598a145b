"""Intake: /lerend intake and match, the intake modal, the introduction round, the reminders."""

from __future__ import annotations

import logging
from typing import Any, TypeVar

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import ids
from bot.blocks import intake as blocks
from bot.blocks import kit as k
from bot.blocks.matching import match_message
from bot.clock import Clock
from bot.edge.errors import modal_errors
from bot.edge.messages import delete as _delete
from bot.edge.messages import update as _update
from bot.i18n import t
from bot.services import intake, matching
from bot.services.intake import IntroPost
from bot.services.views import NetworkRef
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
Result = TypeVar("Result")


def register(app: App, router: Router) -> None:
    router.add(("intake",), "intake", "intake.help", open_intake)
    router.add(("match", "matches"), "match", "match.help", show_matches)
    app.view(ids.INTAKE_MODAL)(submit_bring)
    app.view(ids.INTAKE_TAKE_MODAL)(submit_intake)
    modal_errors(ids.INTAKE_MODAL, "intake.title", blocks.bring_errors)
    modal_errors(ids.INTAKE_TAKE_MODAL, "intake.title", blocks.take_errors)
    app.action(ids.INTAKE_BUTTON)(open_intake_from_button)
    app.action(ids.INTAKE_BACK)(back_to_bring)
    app.action(ids.MATCH_DM_BUTTON)(acknowledge)


# --- /lerend subcommands -------------------------------------------------------------------


def open_intake(request: CommandRequest) -> None:
    network = request.network()
    if network is not None:
        _open_intake(request.context, request.client, request.trigger_id, network.id)


def show_matches(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    report = matching.match_report(request.uow, network_id=network.id, user_id=request.user_id)
    request.respond(
        text=t("match.text", request.lang, name=network.name),
        blocks=match_message(request.lang, request.team_id, report),
        response_type="ephemeral",
    )


# --- the modal and buttons -----------------------------------------------------------------


def submit_bring(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], uow: UnitOfWork, lang: str, clock: Clock
) -> None:
    """Step 1 (brengen) is kept as a draft; step 2 (halen) takes the modal's place."""
    form = intake.save_bring(
        uow,
        network_id=int(k.metadata(view)["network"]),
        user_id=body["user"]["id"],
        answers=blocks.parse_intake(view["state"]),
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.take_modal(lang, form))


def back_to_bring(
    ack: Ack,
    body: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    """ "Terug" on step 2: what was typed there is kept, and step 1 shows again."""
    ack()
    view = body["view"]
    form = intake.keep_take(
        uow,
        network_id=int(k.metadata(view)["network"]),
        user_id=body["user"]["id"],
        answers=blocks.parse_intake(view["state"]),
        now=clock.now(),
    )
    modal = blocks.intake_modal(lang, form)
    client.views_update(view_id=view["id"], hash=view.get("hash"), view=modal)


def submit_intake(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
) -> None:
    saved = intake.save_intake(
        uow,
        network_id=int(k.metadata(view)["network"]),
        user_id=body["user"]["id"],
        answers=blocks.parse_intake(view["state"]),
        now=clock.now(),
    )
    ack(response_action="update", view=blocks.saved_modal(lang, saved))
    publish_intro(context, client, saved.intake_id)


def open_intake_from_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    _open_intake(context, client, body["trigger_id"], int(action["value"]))


def acknowledge(ack: Ack) -> None:
    """A link button (start a DM) still reports its click; Slack wants an answer."""
    ack()


def _open_intake(context: BoltContext, client: WebClient, trigger_id: str, network_id: int) -> None:
    form = intake.intake_form(context["uow"], network_id=network_id, user_id=context.user_id or "")
    client.views_open(trigger_id=trigger_id, view=blocks.intake_modal(context["lang"], form))


# --- the introduction round ----------------------------------------------------------------


def publish_intro(context: BoltContext, client: WebClient, intake_id: int) -> None:
    """Show, update or take down one intake in the introduction round. The reply is rebuilt from
    the database, so whatever order two quick edits arrive in, the last edit is what shows."""
    post = intake.intro_post(context["uow"], intake_id)
    if post is None:
        return
    try:
        if post.answers.shareable:
            _show(context, client, post)
        elif post.reply_ts:
            _delete(client, post.network.channel_id, post.reply_ts)
            intake.forget_reply(context["uow"], post.intake_id)
    except SlackApiError as error:
        logger.warning("introduction round not updated: %s", error.response.get("error"))


def _show(context: BoltContext, client: WebClient, post: IntroPost) -> None:
    uow, now = context["uow"], context["clock"].now()
    channel = post.network.channel_id
    message = blocks.intro_reply(context["settings"].language, post)
    if post.reply_ts:
        if _update(client, channel, post.reply_ts, message):
            return
        intake.forget_reply(uow, post.intake_id)  # deleted in Slack: post it again
    thread_ts = post.thread_ts or _start_round(context, client, post.network)
    ts = client.chat_postMessage(channel=channel, thread_ts=thread_ts, **message)["ts"]
    kept = intake.remember_reply(uow, post, ts, now)
    if kept != ts:  # a concurrent submit posted first: keep that reply, with the latest answers
        _delete(client, channel, ts)
        client.chat_update(channel=channel, ts=kept, **message)


def _start_round(context: BoltContext, client: WebClient, network: NetworkRef) -> str:
    starter = blocks.round_starter(context["settings"].language, network)
    ts = client.chat_postMessage(channel=network.channel_id, **starter)["ts"]
    kept = intake.remember_thread(context["uow"], network, ts, context["clock"].now())
    if kept != ts:  # another intake started the round a moment ago
        _delete(client, network.channel_id, ts)
    return kept


# --- direct messages -----------------------------------------------------------------------

"""Network set-up: /lerend start, deelnemen, status, rol; the join and status buttons."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import network as blocks
from bot.blocks.trust import join_result_text
from bot.clock import Clock
from bot.config import Settings
from bot.domain.network import (
    MAX_ORGANISATIONS,
    MIN_ORGANISATIONS,
    JoinOutcome,
    role_from_word,
)
from bot.edge.errors import modal_errors
from bot.edge.messages import post_in_channel
from bot.edge.person import MENTION
from bot.i18n import escape, t
from bot.services import networks
from bot.services.language import network_language
from bot.services.membership import SlackChannelAccess
from bot.services.network_jobs import refresh_welcome
from bot.services.views import NetworkRef
from handlers.command import CommandRequest, Router
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)


def register(app: App, router: Router) -> None:
    router.add(("start",), "start", "help.start", start)
    router.add(("deelnemen", "join"), "deelnemen", "help.join", join)
    router.add(("status",), "status", "help.status", status)
    router.add(
        ("rol", "role"),
        "rol @persoon coördinator|gespreksleider|expert|ervaringsdeskundige|deelnemer",
        "help.role",
        role,
    )
    app.view(ids.START_MODAL)(submit_start)
    app.view(ids.JOIN_MODAL)(submit_join)
    modal_errors(
        ids.START_MODAL,
        "start.title",
        lambda errors, lang: blocks.field_errors(errors, blocks.START_FIELDS, lang),
    )
    modal_errors(
        ids.JOIN_MODAL,
        "join.title",
        lambda errors, lang, **fields: blocks.field_errors(
            errors, blocks.JOIN_FIELDS, lang, min=MIN_ORGANISATIONS, max=MAX_ORGANISATIONS, **fields
        ),
    )
    app.action(ids.JOIN_BUTTON)(open_join_from_button)
    app.action(ids.STATUS_BUTTON)(open_status_from_button)


# --- /lerend subcommands -------------------------------------------------------------------


def start(request: CommandRequest) -> None:
    if request.channel_id.startswith("D"):
        request.reply("error.start_in_channel")
        return
    existing = networks.find_network(request.uow, request.team_id, request.channel_id)
    if existing is not None:
        request.reply("error.channel_has_network", name=existing.name)
        return
    view = blocks.start_modal(request.lang, request.channel_id)
    request.client.views_open(trigger_id=request.trigger_id, view=view)


def join(request: CommandRequest) -> None:
    network = request.network()
    if network is not None:
        _open_join(request.context, request.client, request.trigger_id, network.id)


def status(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    summary = networks.summary(
        request.uow,
        network_id=network.id,
        viewer_user_id=request.user_id,
        now=request.clock.now(),
    )
    request.respond(
        text=escape(network.name),
        blocks=blocks.status_blocks(request.lang, request.tz, summary),
        response_type="ephemeral",
    )


def role(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    mention = MENTION.match(request.args[0]) if request.args else None
    new_role = role_from_word(request.args[1]) if len(request.args) > 1 else None
    if mention is None or new_role is None:
        request.reply("error.role_usage")
        return
    name = networks.set_role(
        request.uow,
        network_id=network.id,
        actor_user_id=request.user_id,
        target_user_id=mention.group(1),
        role=new_role,
        now=request.clock.now(),
    )
    request.reply(
        "role.done", user=mention.group(1), role=t(f"role.{new_role}", request.lang), name=name
    )


# --- modals and buttons --------------------------------------------------------------------


def submit_start(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    context: BoltContext,
    client: WebClient,
    uow: UnitOfWork,
    clock: Clock,
) -> None:
    network = networks.create_network(
        uow,
        team_id=context.team_id or "",
        channel_id=k.metadata(view)["channel"],
        user_id=body["user"]["id"],
        form=blocks.parse_start(view["state"]),
        now=clock.now(),
    )
    ack()
    _post_welcome(context, client, network, creator=body["user"]["id"])


def submit_join(
    ack: Ack,
    body: dict[str, Any],
    view: dict[str, Any],
    client: WebClient,
    uow: UnitOfWork,
    lang: str,
    clock: Clock,
    settings: Settings,
) -> None:
    existing_id, new_name, committed = blocks.parse_join(view["state"])
    result = networks.join_network(
        uow,
        network_id=int(k.metadata(view)["network"]),
        user_id=body["user"]["id"],
        existing_organisation_id=existing_id,
        new_organisation_name=new_name,
        committed=committed,
        now=clock.now(),
        experience_expert=blocks.parse_experience_expert(view["state"]),
        access=SlackChannelAccess(client),
        really_new=blocks.parse_really_new(view["state"]),
    )
    text = join_result_text(lang, result)
    ack(response_action="update", view=blocks.result_modal(lang, "join.title", text))
    if result.outcome == JoinOutcome.JOINED:
        language, now = settings.language, clock.now()
        refresh_welcome(uow, client, language, result.network.id, now)


def open_join_from_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    _open_join(context, client, body["trigger_id"], int(action["value"]))


def open_status_from_button(
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
    summary = networks.status_for_viewer(
        uow,
        network_id=int(action["value"]),
        user_id=body["user"]["id"],
        access=SlackChannelAccess(client),
        now=clock.now(),
    )
    view = blocks.status_modal(lang, tz, summary)
    client.views_open(trigger_id=body["trigger_id"], view=view)


def _open_join(context: BoltContext, client: WebClient, trigger_id: str, network_id: int) -> None:
    form = networks.join_form(
        context["uow"],
        network_id=network_id,
        user_id=context.user_id or "",
        now=context["clock"].now(),
        access=SlackChannelAccess(client),
    )
    client.views_open(trigger_id=trigger_id, view=blocks.join_modal(context["lang"], form))


# --- the channel's welcome message ---------------------------------------------------------


def _post_welcome(
    context: BoltContext, client: WebClient, network: NetworkRef, creator: str
) -> None:
    """Post the welcome message; join a public channel first if needed, else ask for an invite."""
    message = _welcome(context, network)
    try:
        response = post_in_channel(client, network.channel_id, message)
    except SlackApiError as error:
        logger.warning("welcome message not posted: %s", error.response.get("error"))
        client.chat_postMessage(
            channel=creator, text=t("start.invite_bot", context["lang"], channel=network.channel_id)
        )
        return
    networks.remember_welcome(context["uow"], network, response["ts"], context["clock"].now())


def _welcome(context: BoltContext, network: NetworkRef) -> dict[str, Any]:
    summary = networks.summary(
        context["uow"], network_id=network.id, viewer_user_id=None, now=context["clock"].now()
    )
    lang = network_language(context["uow"], network.id, context["settings"].language)
    return blocks.welcome_message(lang, summary)

"""Network set-up: /lerend start, deelnemen, status, rol; the join and status buttons."""

from __future__ import annotations

import logging
import re
from datetime import datetime
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.blocks import ids
from bot.blocks import kit as k
from bot.blocks import network as blocks
from bot.blocks.trust import join_result_text
from bot.domain.network import MAX_ORGANISATIONS, MIN_ORGANISATIONS, JoinOutcome, Role
from bot.i18n import t
from bot.scheduling.registry import JobContext, JobRegistry, JobView
from bot.services import networks
from bot.services.errors import FieldErrors, UserFacingError
from bot.services.membership import SlackChannelAccess
from bot.services.views import NetworkRef
from handlers.command import CommandRequest, Router
from handlers.intake import send_welcome
from handlers.notify import dm_text, send_dm
from storage.uow import UnitOfWork

logger = logging.getLogger(__name__)
MENTION = re.compile(r"^<@([UW][A-Z0-9]+)(?:\|[^>]*)?>$")
ROLE_WORDS = {
    "coordinator": Role.COORDINATOR,
    "coördinator": Role.COORDINATOR,
    "procesbegeleider": Role.COORDINATOR,
    "facilitator": Role.FACILITATOR,
    "gespreksleider": Role.FACILITATOR,
    "expert": Role.EXPERT,
    "ervaringsdeskundige": Role.EXPERIENCE_EXPERT,
    "experience_expert": Role.EXPERIENCE_EXPERT,
    "experience-expert": Role.EXPERIENCE_EXPERT,
    "lid": Role.MEMBER,
    "member": Role.MEMBER,
}


def register(app: App, router: Router, jobs: JobRegistry) -> None:
    router.add(("start",), "start", "help.start", start)
    router.add(("deelnemen", "join"), "deelnemen", "help.join", join)
    router.add(("status",), "status", "help.status", status)
    router.add(
        ("rol", "role"),
        "rol @persoon coordinator|facilitator|expert|ervaringsdeskundige|lid",
        "help.role",
        role,
    )
    app.view(ids.START_MODAL)(submit_start)
    app.view(ids.JOIN_MODAL)(submit_join)
    app.action(ids.JOIN_BUTTON)(open_join_from_button)
    app.action(ids.STATUS_BUTTON)(open_status_from_button)
    jobs.register("member.welcome", welcome_member)
    jobs.register("join_request.notify", notify_join_request)
    jobs.register("member.role_changed", notify_role_changed)


# --- /lerend subcommands -------------------------------------------------------------------


def start(request: CommandRequest) -> None:
    if request.channel_id.startswith("D"):
        request.reply("error.start_in_channel")
        return
    existing = networks.find_network(request.context["uow"], request.team_id, request.channel_id)
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
        request.context["uow"],
        network_id=network.id,
        viewer_user_id=request.user_id,
        now=request.context["clock"].now(),
    )
    request.respond(
        text=network.name,
        blocks=blocks.status_blocks(request.lang, request.tz, summary),
        response_type="ephemeral",
    )


def role(request: CommandRequest) -> None:
    network = request.network()
    if network is None:
        return
    mention = MENTION.match(request.args[0]) if request.args else None
    new_role = ROLE_WORDS.get(request.args[1].lower()) if len(request.args) > 1 else None
    if mention is None or new_role is None:
        request.reply("error.role_usage")
        return
    name = networks.set_role(
        request.context["uow"],
        network_id=network.id,
        actor_user_id=request.user_id,
        target_user_id=mention.group(1),
        role=new_role,
        now=request.context["clock"].now(),
    )
    request.reply(
        "role.done", user=mention.group(1), role=t(f"role.{new_role}", request.lang), name=name
    )


# --- modals and buttons --------------------------------------------------------------------


def submit_start(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang, clock = context["lang"], context["clock"]
    try:
        network = networks.create_network(
            context["uow"],
            team_id=context.team_id or "",
            channel_id=k.metadata(view)["channel"],
            user_id=body["user"]["id"],
            form=blocks.parse_start(view["state"]),
            now=clock.now(),
        )
    except FieldErrors as error:
        ack(
            response_action="errors",
            errors=blocks.field_errors(error.errors, blocks.START_FIELDS, lang),
        )
        return
    ack()
    _post_welcome(context, client, network, creator=body["user"]["id"])


def submit_join(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    lang = context["lang"]
    existing_id, new_name, committed = blocks.parse_join(view["state"])
    try:
        result = networks.join_network(
            context["uow"],
            network_id=int(k.metadata(view)["network"]),
            user_id=body["user"]["id"],
            existing_organisation_id=existing_id,
            new_organisation_name=new_name,
            committed=committed,
            now=context["clock"].now(),
            experience_expert=blocks.parse_experience_expert(view["state"]),
            access=SlackChannelAccess(client),
        )
    except FieldErrors as error:
        errors = blocks.field_errors(
            error.errors, blocks.JOIN_FIELDS, lang, min=MIN_ORGANISATIONS, max=MAX_ORGANISATIONS
        )
        ack(response_action="errors", errors=errors)
        return
    except UserFacingError as error:
        text = t(error.key, lang, **error.fields)
        ack(response_action="update", view=blocks.result_modal(lang, "join.title", text))
        return
    text = join_result_text(lang, result)
    ack(response_action="update", view=blocks.result_modal(lang, "join.title", text))
    if result.outcome == JoinOutcome.JOINED:
        language, now = context["settings"].language, context["clock"].now()
        refresh_welcome(context["uow"], client, language, result.network.id, now)


def open_join_from_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    _open_join(context, client, body["trigger_id"], int(action["value"]))


def open_status_from_button(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], context: BoltContext, client: WebClient
) -> None:
    ack()
    summary = networks.status_for_viewer(
        context["uow"],
        network_id=int(action["value"]),
        user_id=body["user"]["id"],
        access=SlackChannelAccess(client),
        now=context["clock"].now(),
    )
    view = blocks.status_modal(context["lang"], context["tz"], summary)
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


def post_in_channel(client: WebClient, channel: str, message: dict[str, Any]) -> Any:
    """Post, joining a public channel first when the bot is not in it yet."""
    try:
        return client.chat_postMessage(channel=channel, **message)
    except SlackApiError as error:
        if error.response.get("error") != "not_in_channel":
            raise
    client.conversations_join(channel=channel)
    return client.chat_postMessage(channel=channel, **message)


def refresh_welcome(
    uow: UnitOfWork, client: WebClient, language: str, network_id: int, now: datetime
) -> None:
    """Rebuild the welcome message from the database (member counts changed)."""
    ts = networks.welcome_message_ts(uow, network_id)
    if ts is None:
        return
    summary = networks.summary(uow, network_id=network_id, viewer_user_id=None, now=now)
    message = blocks.welcome_message(language, summary)
    try:
        client.chat_update(channel=summary.network.channel_id, ts=ts, **message)
    except SlackApiError as error:
        logger.warning("welcome message not updated: %s", error.response.get("error"))


def _welcome(context: BoltContext, network: NetworkRef) -> dict[str, Any]:
    summary = networks.summary(
        context["uow"], network_id=network.id, viewer_user_id=None, now=context["clock"].now()
    )
    return blocks.welcome_message(context["settings"].language, summary)


# --- scheduled jobs ------------------------------------------------------------------------


def welcome_member(ctx: JobContext, job: JobView) -> None:
    network = networks.network_ref(ctx.uow_factory(), job.network_id or 0)
    send_welcome(ctx, job.team_id, job.payload["user_id"], network)


def notify_join_request(ctx: JobContext, job: JobView) -> None:
    request = networks.join_request(ctx.uow_factory(), job.payload["request_id"])
    if request is None:  # decided or withdrawn in the meantime: nothing to ask
        return
    network, requester, organisation = request
    text = dm_text("dm.join_request", user=requester, organisation=organisation, name=network.name)
    send_dm(ctx, job.team_id, job.payload["user_id"], text)


def notify_role_changed(ctx: JobContext, job: JobView) -> None:
    network = networks.network_ref(ctx.uow_factory(), job.network_id or 0)
    payload = job.payload

    def compose(lang: str) -> str:
        role = t(f"role.{payload['role']}", lang)
        return t("dm.role_changed", lang, by=payload["by"], role=role, name=network.name)

    send_dm(ctx, job.team_id, payload["user_id"], compose)
